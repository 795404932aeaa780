package org.comity.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.comity.core.document.DocumentRequest;
import org.comity.core.document.HandoverManifest;
import org.comity.core.document.RenderedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 1,523-person manifest of the 2026 joint operation: long enough to break across many pages,
 * each of which must be readable on its own.
 */
class HandoverManifestTest {

    private static DocumentRequest request;

    private static RenderedDocument rendered;

    @BeforeAll
    static void renderTheManifest() {
        request = DocumentFixtures.aManifestOf1523PersonsFromMyanmar();
        rendered = new PdfLegalDocumentGenerator().render(request);
        PdfAssertions.write("handover-manifest-1523", rendered.bytes());
    }

    @Test
    void listsTheFirstAndTheLastPersonInHanziAndPinyin() {
        List<HandoverManifest.Entry> persons = ((HandoverManifest) request.content()).persons();
        String text = PdfAssertions.text(rendered.bytes());

        assertThat(text)
                .contains(
                        persons.get(0).name().original(),
                        persons.get(0).name().latin(),
                        "ETD0001523",
                        persons.get(1522).name().original(),
                        persons.get(1522).name().latin());
        assertThat(text).contains("1523 persons / 人", "Total / 合计");
    }

    @Test
    void repeatsTheHeaderAndTheTableHeaderOnEveryPage() throws IOException {
        assertThat(rendered.pageCount()).isGreaterThan(20);
        try (PDDocument document = Loader.loadPDF(rendered.bytes())) {
            for (int page = 1; page <= rendered.pageCount(); page++) {
                String text = PdfAssertions.pageText(document, page);
                assertThat(text)
                        .as("page %d", page)
                        .contains(
                                "Case reference / 案件编号: REP-MM-2026-000007",
                                "Page " + page + " of " + rendered.pageCount(),
                                "第 " + page + " 页 共 " + rendered.pageCount() + " 页");
                if (page > 1 && page < rendered.pageCount()) {
                    assertThat(text).as("page %d", page).contains("序号", "出生日期", "核实国籍", "有效期至", "身份状态");
                }
            }
        }
    }

    @Test
    void conformsToPdfA2b() {
        assertThat(PdfAssertions.pdfA2bFailures(rendered.bytes())).isEmpty();
    }
}
