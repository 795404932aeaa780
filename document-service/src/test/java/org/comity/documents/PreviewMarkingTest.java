package org.comity.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.documents.DocumentFixtures.aManifestOf1523PersonsFromMyanmar;
import static org.comity.documents.DocumentFixtures.anExtraditionRequestFromChinaToMyanmar;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.comity.core.document.RenderedDocument;
import org.junit.jupiter.api.Test;

/**
 * A preview a reviewer reads before approving carries the draft marking on every page, so that a
 * printed page of it cannot pass for the issued document; the issued document never carries it, and
 * the preview says the same as the document it previews.
 */
class PreviewMarkingTest {

    private static final PdfLegalDocumentGenerator GENERATOR = new PdfLegalDocumentGenerator();

    @Test
    void marksEveryPageOfAPreviewAsADraftAndNoPageOfTheIssuedDocument() throws IOException {
        RenderedDocument preview = GENERATOR.preview(aManifestOf1523PersonsFromMyanmar());
        PdfAssertions.write("preview-manifest", preview.bytes());
        assertThat(preview.pageCount()).isGreaterThan(1);
        try (PDDocument document = Loader.loadPDF(preview.bytes())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).as("page " + page).contains("DRAFT — NOT ISSUED / 草稿 — 未签发");
            }
        }
        assertThat(PdfAssertions.text(
                        GENERATOR.render(aManifestOf1523PersonsFromMyanmar()).bytes()))
                .doesNotContain("DRAFT");
    }

    @Test
    void previewsTheSameContentAsTheIssuedRequest() {
        String issued = PdfAssertions.text(
                GENERATOR.render(anExtraditionRequestFromChinaToMyanmar()).bytes());
        String preview = PdfAssertions.text(
                GENERATOR.preview(anExtraditionRequestFromChinaToMyanmar()).bytes());
        assertThat(preview)
                .contains("DRAFT — NOT ISSUED / 草稿 — 未签发")
                .contains("张伟")
                .contains("Zhang Wei")
                .contains(issued.lines()
                        .filter(l -> l.contains("Zhang Wei"))
                        .findFirst()
                        .orElseThrow());
        assertThat(issued).doesNotContain("DRAFT");
    }
}
