package org.comity.documents.layout;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.comity.documents.wording.Words;

/**
 * Draws header and footer on every page after the body is laid out, as a second content stream,
 * because "page x of y" needs the final page count.
 */
final class FurniturePainter {

    private static final TextStyle STATE = new TextStyle(8f, true, 0f);

    private static final TextStyle STATE_LOCAL = new TextStyle(8f, false, 0f);

    private static final float QR_SIZE = 58f;

    private final PDDocument document;

    private final TextPainter painter;

    private final Words words;

    FurniturePainter(PDDocument document, TextPainter painter, Words words) {
        this.words = words;
        this.document = document;
        this.painter = painter;
    }

    void paint(PageFurniture furniture, PDFormXObject qr) throws IOException {
        int count = document.getNumberOfPages();
        for (int index = 0; index < count; index++) {
            PDPage page = document.getPage(index);
            try (GlyphContentStream stream = new GlyphContentStream(document, page, AppendMode.APPEND)) {
                header(stream, furniture);
                footer(stream, furniture, index + 1, count, qr);
            }
        }
    }

    private void header(GlyphContentStream stream, PageFurniture furniture) throws IOException {
        float top = PageFlow.SIZE.getHeight() - 40f;
        painter.draw(stream, furniture.issuingName(), PageFlow.LEFT, top, STATE);
        painter.draw(stream, furniture.issuingLocalName(), PageFlow.LEFT, top - 13f, STATE_LOCAL);
        painter.drawRightAligned(stream, furniture.receivingName(), PageFlow.RIGHT, top, STATE);
        painter.drawRightAligned(stream, furniture.receivingLocalName(), PageFlow.RIGHT, top - 13f, STATE_LOCAL);
        String reference = words.inline("layout.case-reference") + ": " + furniture.caseReference();
        float centre = (PageFlow.LEFT + PageFlow.RIGHT) / 2;
        painter.draw(
                stream,
                reference,
                centre - painter.width(reference, TextStyle.SMALL_BOLD) / 2,
                top - 30f,
                TextStyle.SMALL_BOLD);
        rule(stream.pdf(), top - 36f);
        if (furniture.marking() != null) {
            painter.draw(
                    stream,
                    furniture.marking(),
                    centre - painter.width(furniture.marking(), TextStyle.SMALL_BOLD) / 2,
                    top + 14f,
                    TextStyle.SMALL_BOLD);
        }
    }

    private void footer(GlyphContentStream stream, PageFurniture furniture, int page, int count, PDFormXObject qr)
            throws IOException {
        float base = 26f;
        rule(stream.pdf(), base + QR_SIZE + 4f);
        painter.draw(
                stream,
                words.inline("layout.document-id") + ": " + furniture.documentId(),
                PageFlow.LEFT,
                base + 22f,
                TextStyle.SMALL);
        painter.draw(
                stream,
                words.inline("layout.verification-code") + ": " + furniture.verificationCode(),
                PageFlow.LEFT,
                base + 10f,
                TextStyle.SMALL_BOLD);
        float textRight = PageFlow.RIGHT - QR_SIZE - 8f;
        List<String> pages = words.each("layout.page", page, count);
        painter.drawRightAligned(stream, pages.get(0), textRight, base + 22f, TextStyle.SMALL);
        painter.drawRightAligned(
                stream, String.join(" / ", pages.subList(1, pages.size())), textRight, base + 10f, TextStyle.SMALL);
        drawQr(stream.pdf(), qr, PageFlow.RIGHT - QR_SIZE, base - 2f, QR_SIZE);
    }

    static void drawQr(PDPageContentStream pdf, PDFormXObject qr, float x, float y, float size) throws IOException {
        pdf.saveGraphicsState();
        float scale = size / qr.getBBox().getWidth();
        pdf.transform(new Matrix(scale, 0, 0, scale, x, y));
        pdf.drawForm(qr);
        pdf.restoreGraphicsState();
    }

    private static void rule(PDPageContentStream pdf, float y) throws IOException {
        pdf.setStrokingColor(0.4f, 0.4f, 0.4f);
        pdf.setLineWidth(0.5f);
        pdf.moveTo(PageFlow.LEFT, y);
        pdf.lineTo(PageFlow.RIGHT, y);
        pdf.stroke();
    }
}
