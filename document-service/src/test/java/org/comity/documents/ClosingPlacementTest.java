package org.comity.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.comity.core.document.DocumentRequest;
import org.comity.core.document.RenderedDocument;
import org.comity.documents.wording.Words;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No signature or verification block stands alone on a page: for every document type, the page
 * holding the signatures also holds the verification block and, above them, lines of the body.
 * Read back page by page from the body area (between header and footer), as a reader would find it
 * if the pages were separated.
 */
class ClosingPlacementTest {

    private static final PdfLegalDocumentGenerator GENERATOR = new PdfLegalDocumentGenerator();

    private static final String VERIFICATION = "Verification / 文件验证";

    static Stream<Arguments> documents() {
        return DocumentTypesTest.documents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void thePageHoldingTheSignaturesAlsoHoldsTheBodysLastLinesAndTheVerification(
            String name, DocumentRequest request, String[] ignored) throws IOException {
        RenderedDocument rendered = GENERATOR.render(request);
        try (PDDocument document = Loader.loadPDF(rendered.bytes())) {
            List<String> acts = request.header().signatories().stream()
                    .map(s -> new Words(request.header().languages())
                            .each(s.act())
                            .get(0))
                    .toList();
            int page = pageHolding(document, acts.get(0));
            String body = bodyText(document, page);
            int closingStart = body.indexOf(acts.get(0));

            assertThat(body.substring(0, closingStart).strip())
                    .as("body text above the signatures on page %d", page + 1)
                    .isNotEmpty();
            assertThat(body)
                    .as("the closing on page %d", page + 1)
                    .contains(acts.toArray(String[]::new))
                    .contains(VERIFICATION, rendered.verificationCode());
            assertThat(body.indexOf(VERIFICATION)).isGreaterThan(closingStart);
            assertThat(page + 1).as("the closing is on the last page").isEqualTo(document.getNumberOfPages());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("longBodies")
    void aBodyFillingItsLastPageCarriesItsLastLinesOverWithTheClosing(int entries) throws IOException {
        DocumentRequest request = DocumentFixtures.aCaseAuditReportOf(entries);
        RenderedDocument rendered = GENERATOR.render(request);
        try (PDDocument document = Loader.loadPDF(rendered.bytes())) {
            String act = new Words(request.header().languages())
                    .each(request.header().signatories().get(0).act())
                    .get(0);
            int page = pageHolding(document, act);
            String body = bodyText(document, page);

            assertThat(body.substring(0, body.indexOf(act)))
                    .as("%d entries: body above the signatures", entries)
                    .containsPattern("\\d+ 2026-0\\d-\\d\\d \\d\\d:\\d\\d");
            assertThat(PdfAssertions.pdfA2bFailures(rendered.bytes())).isEmpty();
        }
    }

    /** Lengths around the point where the closing no longer fits below the table on its last page. */
    static Stream<Integer> longBodies() {
        return Stream.iterate(44, n -> n <= 64, n -> n + 2);
    }

    private static int pageHolding(PDDocument document, String text) throws IOException {
        for (int page = document.getNumberOfPages() - 1; page >= 0; page--) {
            if (bodyText(document, page).contains(text)) {
                return page;
            }
        }
        throw new AssertionError("No page holds \"" + text + "\"");
    }

    /** The text between header and footer of one page (0-based), top to bottom. */
    static String bodyText(PDDocument document, int page) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.setSortByPosition(true);
        PDRectangle size = document.getPage(page).getMediaBox();
        stripper.addRegion("body", new Rectangle2D.Float(0, 90f, size.getWidth(), size.getHeight() - 180f));
        stripper.extractRegions(document.getPage(page));
        return stripper.getTextForRegion("body");
    }
}
