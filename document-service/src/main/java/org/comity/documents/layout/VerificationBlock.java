package org.comity.documents.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.comity.documents.wording.Words;

/**
 * The QR code at full size beside the values it encodes and how to check them.
 */
final class VerificationBlock {

    private static final float QR_SIZE = 72f;

    private static final float GAP = 14f;

    private final PageFlow flow;

    private final LineBreaker breaker;

    private final TextPainter painter;

    private final Words words;

    VerificationBlock(PageFlow flow, LineBreaker breaker, TextPainter painter, Words words) {
        this.words = words;
        this.flow = flow;
        this.breaker = breaker;
        this.painter = painter;
    }

    /** The height of the block, to keep it with the signatures on one page. */
    float height(Verification verification) {
        float titleHeight = TextStyle.BODY_BOLD.lineHeight();
        return Math.max(QR_SIZE, titleHeight + lines(verification).size() * TextStyle.SMALL.lineHeight()) + 8f;
    }

    void draw(Verification verification, PDFormXObject qr) throws IOException {
        List<Line> lines = lines(verification);
        float height = height(verification);
        GlyphContentStream stream = flow.reserve(height);
        float top = flow.y();
        FurniturePainter.drawQr(stream.pdf(), qr, PageFlow.LEFT, top - QR_SIZE, QR_SIZE);
        float x = PageFlow.LEFT + QR_SIZE + GAP;
        float y = top - TextStyle.BODY_BOLD.size();
        painter.draw(stream, words.inline("layout.verification"), x, y, TextStyle.BODY_BOLD);
        y -= TextStyle.BODY_BOLD.lineHeight() - 2f;
        for (Line line : lines) {
            painter.draw(stream, line, x, y, TextStyle.SMALL);
            y -= TextStyle.SMALL.lineHeight();
        }
        flow.advance(height);
    }

    private List<Line> lines(Verification verification) {
        float textWidth = flow.width() - QR_SIZE - GAP;
        List<Line> lines = new ArrayList<>();
        for (String text : List.of(
                words.inline("layout.document-id") + ": " + verification.documentId(),
                words.inline("layout.verification-code") + ": " + verification.verificationCode(),
                words.inline("layout.content-sha-256") + ": " + verification.contentSha256(),
                words.inline("layout.verify-at") + ": " + verification.address(),
                verification.explanation())) {
            lines.addAll(breaker.lines(text, TextStyle.SMALL, textWidth));
        }
        return lines;
    }
}
