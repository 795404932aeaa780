package org.comity.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.comity.core.document.DocumentRequest;
import org.comity.core.document.MlaRefusalNotice;
import org.comity.core.document.RenderedDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The MLA refusal notice once printed "3. Reasons / 理由说明" alone at the foot of page 1, its
 * reasons on page 2: the closing did not fit, and the second layout broke the page before the
 * reasons but after their heading. Notices with more and more grounds move the heading through
 * the end of page 1; read back page by page, the heading is always on the page of its reasons,
 * the bytes are the same when rendered twice, and each file is PDF/A-2b.
 */
class HeadingKeptWithTextTest {

    private static final PdfLegalDocumentGenerator GENERATOR = new PdfLegalDocumentGenerator();

    private static final String HEADING = "3. Reasons / 理由说明";

    private static final String REASONS = "询问该证人将泄露涉及国家安全的事项。";

    static IntStream groundCounts() {
        return IntStream.rangeClosed(10, 30);
    }

    @ParameterizedTest(name = "{0} grounds")
    @MethodSource("groundCounts")
    void theReasonsHeadingIsOnThePageOfTheReasons(int grounds) throws IOException {
        RenderedDocument rendered = GENERATOR.render(aRefusalWith(grounds));
        try (PDDocument document = Loader.loadPDF(rendered.bytes())) {
            int headingPage = pageOf(document, HEADING);
            assertThat(headingPage)
                    .as("%d grounds, %d pages: the heading's page", grounds, document.getNumberOfPages())
                    .isEqualTo(pageOf(document, REASONS));
        }
        assertThat(GENERATOR.render(aRefusalWith(grounds)).bytes()).isEqualTo(rendered.bytes());
        if (grounds % 5 == 0) {
            assertThat(PdfAssertions.pdfA2bFailures(rendered.bytes())).isEmpty();
        }
    }

    private static DocumentRequest aRefusalWith(int count) {
        DocumentRequest base = DocumentFixtures.anMlaRefusalFromChina();
        MlaRefusalNotice notice = (MlaRefusalNotice) base.content();
        List<MlaRefusalNotice.Ground> grounds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            grounds.add(notice.grounds().get(i % notice.grounds().size()));
        }
        return new DocumentRequest(
                base.header(),
                new MlaRefusalNotice(notice.requestReference(), grounds, notice.reasons(), notice.rationale()));
    }

    private static int pageOf(PDDocument document, String text) throws IOException {
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            if (PdfAssertions.pageText(document, page).contains(text)) {
                return page;
            }
        }
        throw new AssertionError("No page holds \"" + text + "\"");
    }
}
