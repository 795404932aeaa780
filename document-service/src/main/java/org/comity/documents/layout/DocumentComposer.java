package org.comity.documents.layout;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.OptionalInt;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.comity.documents.fonts.DocumentFonts;
import org.comity.documents.wording.Words;

/**
 * The vocabulary templates write documents in: titles, headings, bilingual fields, paragraphs,
 * tables, signatures and the verification block, flowing down A4 pages. {@link #finish()} adds
 * header and footer to every page.
 */
public final class DocumentComposer implements Closeable {

    private static final float LABEL_WIDTH = 185f;

    private static final float CLOSING_SPACE = 10f;

    /** Fields of at most this many lines are never split between pages. */
    private static final int KEPT_FIELD_ROWS = 4;

    /** Lines of a paragraph that must fit below a heading for the heading to stay on its page. */
    private static final int KEPT_LINES_AFTER_HEADING = 2;

    /** Lines, fields or table rows of the body moved with the closing when it needs a new page. */
    private static final int KEPT_BODY_UNITS = 2;

    private final PDDocument document;

    private final DocumentFonts fonts;

    private final PageFlow flow;

    private final LineBreaker breaker;

    private final TextPainter painter;

    private final PageFurniture furniture;

    private final Words words;

    private final PDFormXObject qr;

    private int keepBreak = -1;

    private boolean secondLayout;

    /** @param words the document's wording, for the labels of its furniture, signatures and verification block */
    public DocumentComposer(PDDocument document, DocumentFonts fonts, PageFurniture furniture, Words words) {
        this.words = words;
        this.document = document;
        this.fonts = fonts;
        this.flow = new PageFlow(document);
        this.breaker = new LineBreaker(fonts);
        this.painter = new TextPainter(fonts);
        this.furniture = furniture;
        this.qr = unchecked(() -> QrCodeForm.create(document, furniture.qrPayload()));
    }

    /** The document title, one language below the other, English first. */
    public void title(List<String> titles) {
        for (String title : titles) {
            lines(title, TextStyle.TITLE, PageFlow.LEFT, flow.width());
        }
        space(6f);
    }

    /**
     * A section heading, kept with what follows it: it is drawn only with the next block's first
     * request for space (a field of a few lines whole, a table's header with its first row, or at
     * least two lines of a paragraph), on that block's page, so a heading never stands alone at the
     * foot of a page with its text on the next.
     */
    public void heading(String heading) {
        space(6f);
        List<Line> lines = breaker.lines(heading, TextStyle.HEADING, flow.width());
        float height = lines.size() * TextStyle.HEADING.lineHeight();
        flow.keepWithNext(height, KEPT_LINES_AFTER_HEADING * TextStyle.BODY.lineHeight(), (stream, top) -> {
            float baseline = top - TextStyle.HEADING.size();
            for (Line line : lines) {
                painter.draw(stream, line, PageFlow.LEFT, baseline, TextStyle.HEADING);
                baseline -= TextStyle.HEADING.lineHeight();
            }
        });
        space(2f);
    }

    public void paragraph(String text) {
        lines(text, TextStyle.BODY, PageFlow.LEFT, flow.width());
    }

    /**
     * A label (in every language of the document, e.g. "Court / 法院") beside its value; the label wraps
     * only when it must. A field of a few lines is kept on one page, so that no value is split from its
     * label or cut between pages.
     */
    public void field(String label, String value) {
        List<Line> labels = breaker.lines(label, TextStyle.LABEL, LABEL_WIDTH - 8f);
        List<Line> values = breaker.lines(value, TextStyle.BODY, flow.width() - LABEL_WIDTH);
        int rows = Math.max(labels.size(), values.size());
        GlyphContentStream kept = rows <= KEPT_FIELD_ROWS ? flow.reserve(rows * TextStyle.BODY.lineHeight()) : null;
        for (int row = 0; row < rows; row++) {
            GlyphContentStream stream = kept != null ? kept : flow.reserve(TextStyle.BODY.lineHeight());
            float baseline = flow.y() - TextStyle.BODY.size();
            if (row < labels.size()) {
                draw(stream, labels.get(row), PageFlow.LEFT, baseline, TextStyle.LABEL);
            }
            if (row < values.size()) {
                draw(stream, values.get(row), PageFlow.LEFT + LABEL_WIDTH, baseline, TextStyle.BODY);
            }
            flow.advance(TextStyle.BODY.lineHeight());
        }
        space(2f);
    }

    public void table(Table table) {
        unchecked(() -> {
            new TableBlock(flow, breaker, painter).draw(table);
            return null;
        });
        space(4f);
    }

    /**
     * Ends the document with the signatures and the verification block, kept together on one page.
     * When they do not fit below the body, this layout is not used: {@link #keepWithPrevious()}
     * names where the document must be laid out again with a page break, so that the page holding
     * the signatures also holds the last lines of the body — a signature alone on a page could be
     * stapled to any text.
     */
    public void closing(List<Signature> signatures, Verification verification) {
        SignatureBlock signatureBlock = new SignatureBlock(flow, breaker, painter, words);
        VerificationBlock verificationBlock = new VerificationBlock(flow, breaker, painter, words);
        float height = CLOSING_SPACE
                + signatureBlock.height(signatures)
                + CLOSING_SPACE
                + verificationBlock.height(verification);
        if (!flow.fits(height)) {
            keepBreak = Math.max(0, flow.reservations() - KEPT_BODY_UNITS);
            flow.newPage();
        }
        unchecked(() -> {
            space(CLOSING_SPACE);
            signatureBlock.draw(signatures);
            space(CLOSING_SPACE);
            verificationBlock.draw(verification, qr);
            return null;
        });
    }

    /**
     * Where a second layout must start a page for the closing to share its page with the body, or
     * empty when this layout already keeps them together (or is itself the second layout).
     */
    public OptionalInt keepWithPrevious() {
        return keepBreak < 0 || secondLayout ? OptionalInt.empty() : OptionalInt.of(keepBreak);
    }

    /** Lays this document out with a page started before the given request for space. */
    public void breakBefore(int reservation) {
        secondLayout = true;
        flow.breakBefore(reservation);
    }

    public void space(float points) {
        if (!flow.atPageTop() || flow.keepsWithNext()) {
            flow.advance(points);
        }
    }

    /** Ends the body, draws header and footer on every page and embeds the font subsets. */
    public void finish() {
        unchecked(() -> {
            flow.close();
            new FurniturePainter(document, painter, words).paint(furniture, qr);
            return null;
        });
        fonts.embedAll();
    }

    @Override
    public void close() throws IOException {
        flow.close();
    }

    private void lines(String text, TextStyle style, float x, float width) {
        for (Line line : breaker.lines(text, style, width)) {
            GlyphContentStream stream = flow.reserve(style.lineHeight());
            draw(stream, line, x, flow.y() - style.size(), style);
            flow.advance(style.lineHeight());
        }
    }

    private void draw(GlyphContentStream stream, Line line, float x, float baseline, TextStyle style) {
        unchecked(() -> {
            painter.draw(stream, line, x, baseline, style);
            return null;
        });
    }

    private static <T> T unchecked(IoAction<T> action) {
        try {
            return action.run();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @FunctionalInterface
    private interface IoAction<T> {

        T run() throws IOException;
    }
}
