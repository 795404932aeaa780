package org.comity.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.comity.core.document.DocumentHeader;
import org.comity.core.document.DocumentRequest;
import org.comity.core.document.PersonName;
import org.comity.core.document.Signatory;
import org.comity.core.signature.Signatories;
import org.comity.core.text.Phrase;
import org.comity.core.text.Text;
import org.junit.jupiter.api.Test;

/**
 * Where both states act on a person, both sign, each for its own act: the surrender record is
 * handed over by Myanmar's officer and received by China's, the receipt received by China's officer
 * and handed over by Myanmar's; the manifest is signed by the side handing over alone. Read back
 * from the signature page, each act is followed by its own officer's name, title and authority,
 * and each block has its own signing line and seal box.
 */
class BothSidesSignTest {

    private static final PdfLegalDocumentGenerator GENERATOR = new PdfLegalDocumentGenerator();

    private static final String HANDED_OVER = "Handed over by / 移交方";

    private static final String RECEIVED = "Received by / 接收方";

    @Test
    void theSurrenderRecordIsHandedOverByMyanmarAndReceivedByChina() throws IOException {
        String closing = closing(DocumentFixtures.aSurrenderRecordAtDaluo(), HANDED_OVER);

        assertThat(block(closing, HANDED_OVER, RECEIVED))
                .contains("Aung Min", "Police Colonel / 警察上校", "Myanmar Police Force / 缅甸警察部队")
                .doesNotContain("王建华");
        assertThat(closing.substring(closing.indexOf(RECEIVED)))
                .contains("王建华 (Wang Jianhua)", "Director / 局长", "Ministry of Public Security / 公安部")
                .doesNotContain("Aung Min");
        assertThat(count(closing, "Seal / 印章")).isEqualTo(2);
        assertThat(count(closing, "Signature / 签名")).isEqualTo(2);
    }

    @Test
    void theReceiptIsReceivedByChinaAndHandedOverByMyanmar() throws IOException {
        String closing = closing(DocumentFixtures.aReceiptWithTwoDiscrepancies(), RECEIVED);

        assertThat(block(closing, RECEIVED, HANDED_OVER))
                .contains("王建华 (Wang Jianhua)")
                .doesNotContain("Aung Min");
        assertThat(closing.substring(closing.indexOf(HANDED_OVER)))
                .contains("Aung Min", "Myanmar Police Force")
                .doesNotContain("王建华");
    }

    @Test
    void theManifestIsSignedByTheSideHandingOverAlone() throws IOException {
        String closing = closing(DocumentFixtures.aManifestOf1523PersonsFromMyanmar(), HANDED_OVER);

        assertThat(closing).contains("Aung Min").doesNotContain(RECEIVED);
        assertThat(count(closing, "Seal / 印章")).isEqualTo(1);
    }

    /** The receiving block of officers outside Comity, named as the handing-over side recorded them. */
    @Test
    void receivingOfficersOutsideComityAreNamedAsRecorded() throws IOException {
        DocumentRequest record = DocumentFixtures.aSurrenderRecordAtDaluo();
        Text act = Phrase.of("signature.act.names-as-recorded", Signatories.RECEIVED_BY);
        String recorded = "Inspector Li Haoran, Ministry of Public Security";
        Signatory escort = new Signatory(
                act,
                new PersonName(recorded, recorded),
                null,
                DocumentFixtures.text("Competent authority of People's Republic of China", "中华人民共和国"),
                null,
                null);
        DocumentRequest withEscort = new DocumentRequest(
                new DocumentHeader(
                        record.header().documentId(),
                        record.header().caseReference(),
                        record.header().issuing(),
                        record.header().receiving(),
                        record.header().issuedAt(),
                        record.header().languages(),
                        List.of(record.header().signatories().get(0), escort)),
                record.content());

        String closing = closing(withEscort, HANDED_OVER);

        assertThat(closing)
                .contains("Received by (names as recorded by the handing-over side) / 接收方（姓名由移交方记录）")
                .contains("Name / 姓名: " + recorded)
                .doesNotContain("(" + recorded + ")");
    }

    /** The text of the page holding the signatures, from the first act on, white space squeezed to one space. */
    private static String closing(DocumentRequest request, String firstAct) throws IOException {
        byte[] pdf = GENERATOR.render(request).bytes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String page = PdfAssertions.pageText(document, document.getNumberOfPages())
                    .replaceAll("\\s+", " ");
            assertThat(page).contains(firstAct);
            return page.substring(page.indexOf(firstAct));
        }
    }

    private static String block(String closing, String act, String nextAct) {
        return closing.substring(closing.indexOf(act), closing.indexOf(nextAct));
    }

    private static int count(String text, String value) {
        return text.split(Pattern.quote(value), -1).length - 1;
    }
}
