package org.comity.documents.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.comity.documents.wording.Words;

/**
 * Signature blocks, two per row: the act signed for, a line to sign on, the officer's name, title,
 * authority, place and date, and an empty framed box for the seal beside them. The blocks are
 * measured before they are drawn so that the composer can keep them, with the verification block,
 * on the page that ends the body.
 */
final class SignatureBlock {

    private static final String BLANK = "____________________";

    private static final float GAP = 24f;

    private static final float SIGNING_SPACE = 30f;

    private static final float SEAL = 64f;

    private static final float SEAL_GAP = 8f;

    private static final TextStyle TEXT = TextStyle.BODY;

    private final PageFlow flow;

    private final LineBreaker breaker;

    private final TextPainter painter;

    private final Words words;

    SignatureBlock(PageFlow flow, LineBreaker breaker, TextPainter painter, Words words) {
        this.words = words;
        this.flow = flow;
        this.breaker = breaker;
        this.painter = painter;
    }

    /** The height all rows take, to reserve them in one piece. */
    float height(List<Signature> signatures) {
        float height = 0;
        for (List<Signature> row : rows(signatures)) {
            height += rowHeight(row);
        }
        return height;
    }

    void draw(List<Signature> signatures) throws IOException {
        for (List<Signature> row : rows(signatures)) {
            float height = rowHeight(row);
            GlyphContentStream stream = flow.reserve(height);
            for (int column = 0; column < row.size(); column++) {
                drawOne(stream, row.get(column), PageFlow.LEFT + column * (columnWidth() + GAP), flow.y());
            }
            flow.advance(height);
        }
    }

    private static List<List<Signature>> rows(List<Signature> signatures) {
        List<List<Signature>> rows = new ArrayList<>();
        for (int i = 0; i < signatures.size(); i += 2) {
            rows.add(signatures.subList(i, Math.min(i + 2, signatures.size())));
        }
        return rows;
    }

    private float rowHeight(List<Signature> row) {
        float height = 0;
        for (Signature signature : row) {
            float act = actLines(signature).size() * TextStyle.BODY_BOLD.lineHeight();
            float text = SIGNING_SPACE + lines(signature).size() * TEXT.lineHeight();
            height = Math.max(height, act + Math.max(text, SEAL + 4f));
        }
        return height + 12f;
    }

    private float columnWidth() {
        return (flow.width() - GAP) / 2;
    }

    private float textWidth() {
        return columnWidth() - SEAL - SEAL_GAP;
    }

    private List<Line> actLines(Signature signature) {
        return breaker.lines(signature.act(), TextStyle.BODY_BOLD, columnWidth());
    }

    private List<Line> lines(Signature signature) {
        List<Line> lines = new ArrayList<>();
        for (String text : List.of(
                words.inline("layout.signature.name") + ": " + orBlank(signature.name()),
                words.inline("layout.signature.title") + ": " + orBlank(signature.title()),
                words.inline("layout.signature.authority") + ": " + signature.authority(),
                words.inline("layout.signature.place") + ": " + orBlank(signature.place()),
                words.inline("layout.signature.date") + ": " + signature.date())) {
            lines.addAll(breaker.lines(text, TEXT, textWidth()));
        }
        return lines;
    }

    private static String orBlank(String value) {
        return value == null || value.isBlank() ? BLANK : value;
    }

    private void drawOne(GlyphContentStream stream, Signature signature, float x, float top) throws IOException {
        float y = top;
        for (Line line : actLines(signature)) {
            y -= TextStyle.BODY_BOLD.lineHeight();
            painter.draw(stream, line, x, y, TextStyle.BODY_BOLD);
        }
        drawSeal(stream, x + textWidth() + SEAL_GAP, y - 4f);
        y -= SIGNING_SPACE;
        painter.draw(stream, words.inline("layout.signature.signature"), x, y + 4f, TextStyle.LABEL);
        PDPageContentStream pdf = stream.pdf();
        pdf.setStrokingColor(0f, 0f, 0f);
        pdf.setLineWidth(0.6f);
        pdf.moveTo(x + 70f, y + 2f);
        pdf.lineTo(x + textWidth(), y + 2f);
        pdf.stroke();
        for (Line line : lines(signature)) {
            y -= TEXT.lineHeight();
            painter.draw(stream, line, x, y, TEXT);
        }
    }

    /** An empty framed box, labelled so that the seal is pressed there and nowhere on the text. */
    private void drawSeal(GlyphContentStream stream, float x, float top) throws IOException {
        PDPageContentStream pdf = stream.pdf();
        pdf.setStrokingColor(0.45f, 0.45f, 0.45f);
        pdf.setLineWidth(0.5f);
        pdf.addRect(x, top - SEAL, SEAL, SEAL);
        pdf.stroke();
        painter.draw(
                stream,
                words.inline("layout.signature.seal"),
                x + 3f,
                top - TextStyle.SMALL.size() - 2f,
                TextStyle.SMALL);
    }
}
