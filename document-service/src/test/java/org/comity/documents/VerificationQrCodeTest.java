package org.comity.documents;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.comity.core.document.DocumentRequest;
import org.comity.core.document.RenderedDocument;
import org.comity.documents.integrity.ContentDigest;
import org.comity.documents.templates.Templates;
import org.junit.jupiter.api.Test;

/**
 * The QR code printed on a page can be scanned back, and it carries the address of the public
 * verification page for the document's code; the file's metadata carries the document id and the
 * digest of the content the document was rendered from.
 */
class VerificationQrCodeTest {

    @Test
    void theQrCodeOnThePageOpensTheVerificationPageForTheDocumentsCode() throws Exception {
        DocumentRequest request = DocumentFixtures.anExtraditionRequestFromChinaToMyanmar();
        RenderedDocument rendered = new PdfLegalDocumentGenerator().render(request);

        String scanned = scanFirstPage(rendered.bytes());

        ContentDigest digest = ContentDigest.of(request, Templates.VERSION);
        assertThat(scanned).isEqualTo("http://localhost:8080/verify?code=" + digest.verificationCode());
        assertThat(rendered.verificationCode()).isEqualTo(digest.verificationCode());
        assertThat(digest.hex().toUpperCase())
                .startsWith(rendered.verificationCode().replace("-", ""));
    }

    @Test
    void theQrCodeCarriesTheConfiguredPublicAddress() throws Exception {
        DocumentRequest request = DocumentFixtures.aReleaseFromProvisionalArrest();
        RenderedDocument rendered = new PdfLegalDocumentGenerator("https://comity.example.org/").render(request);

        assertThat(scanFirstPage(rendered.bytes()))
                .isEqualTo("https://comity.example.org/verify?code=" + rendered.verificationCode());
        assertThat(rendered.contentSha256())
                .isEqualTo(ContentDigest.of(request, Templates.VERSION).hex());
    }

    @Test
    void theFileMetadataCarriesTheDocumentIdAndTheContentDigestAndTheLanguages() throws Exception {
        DocumentRequest request = DocumentFixtures.aSurrenderRecordAtDaluo();
        RenderedDocument rendered = new PdfLegalDocumentGenerator().render(request);

        try (PDDocument document = Loader.loadPDF(rendered.bytes())) {
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8");
            assertThat(xmp)
                    .contains(
                            ContentDigest.of(request, Templates.VERSION).qrPayload(),
                            "zh-Hans",
                            "<pdfaid:part>2</pdfaid:part>");
        }
    }

    @Test
    void theContentDigestChangesWithAnyField() {
        DocumentRequest request = DocumentFixtures.aReleaseFromProvisionalArrest();
        DocumentRequest otherCase = DocumentFixtures.fromMyanmar("EXT-MM-2026-000053", request.content());

        assertThat(ContentDigest.of(otherCase, Templates.VERSION).hex())
                .isNotEqualTo(ContentDigest.of(request, Templates.VERSION).hex());
        assertThat(ContentDigest.of(request, Templates.VERSION + "-next").hex())
                .isNotEqualTo(ContentDigest.of(request, Templates.VERSION).hex());
    }

    private static String scanFirstPage(byte[] pdf) throws Exception {
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
        RGBLuminanceSource source = new RGBLuminanceSource(footer.getWidth(), footer.getHeight(), pixels);
        return new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(source)), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                .getText();
    }
}
