package org.comity.web.verification;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Reads a document's QR code back from the rendered page, as a phone held over the paper would. */
public final class QrCodes {

    private QrCodes() {}

    /** Decodes the QR code in the footer of the first page, as a phone would from the paper. */
    public static String scanFirstPage(byte[] pdf) throws Exception {
        BufferedImage image;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            image = new PDFRenderer(document).renderImageWithDPI(0, 200f);
        }
        float scale = 200f / 72f;
        BufferedImage footer = image.getSubimage(
                Math.round(482 * scale),
                image.getHeight() - Math.round(100 * scale),
                Math.round(100 * scale),
                Math.round(100 * scale));
        int[] pixels = footer.getRGB(0, 0, footer.getWidth(), footer.getHeight(), null, 0, footer.getWidth());
        return new QRCodeReader()
                .decode(
                        new BinaryBitmap(new HybridBinarizer(
                                new RGBLuminanceSource(footer.getWidth(), footer.getHeight(), pixels))),
                        Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                .getText();
    }
}
