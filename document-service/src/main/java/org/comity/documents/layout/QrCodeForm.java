package org.comity.documents.layout;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * A QR code drawn as vector rectangles in a form XObject: sharp at any zoom or print resolution,
 * no image (and so no colour-space questions for PDF/A), and drawn once per document however many
 * pages show it. The form is one unit per module, with the quiet zone included.
 */
final class QrCodeForm {

    private static final int QUIET_ZONE = 4;

    private QrCodeForm() {}

    static PDFormXObject create(PDDocument document, String payload) throws IOException {
        BitMatrix matrix = encode(payload);
        int size = matrix.getWidth() + 2 * QUIET_ZONE;
        PDFormXObject form = new PDFormXObject(document);
        form.setBBox(new PDRectangle(size, size));
        try (PDFormContentStream stream = new PDFormContentStream(form)) {
            stream.setNonStrokingColor(0f, 0f, 0f);
            for (int row = 0; row < matrix.getHeight(); row++) {
                addRuns(stream, matrix, row, size - QUIET_ZONE - row - 1);
            }
            stream.fill();
        }
        return form;
    }

    /** Adds one rectangle per horizontal run of dark modules, which keeps the stream small. */
    private static void addRuns(PDFormContentStream stream, BitMatrix matrix, int row, float y) throws IOException {
        int column = 0;
        while (column < matrix.getWidth()) {
            if (!matrix.get(column, row)) {
                column++;
                continue;
            }
            int start = column;
            while (column < matrix.getWidth() && matrix.get(column, row)) {
                column++;
            }
            stream.addRect(QUIET_ZONE + start, y, column - start, 1);
        }
    }

    private static BitMatrix encode(String payload) {
        try {
            return new QRCodeWriter()
                    .encode(
                            payload,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException ex) {
            throw new IllegalArgumentException("Cannot encode QR payload", ex);
        }
    }
}
