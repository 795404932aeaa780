package org.comity.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.comity.core.document.DocumentRequest;
import org.comity.core.document.HandoverManifest;
import org.comity.core.document.HandoverReceipt;
import org.comity.core.document.RenderedDocument;
import org.comity.core.document.TravelDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 1,523-person manifest and receipt read back row by row (issue 13 "Done when"): every row's
 * names in Chinese and Latin script, travel document number and status are in the PDF's text, in
 * the row that starts with the person's number, and both documents still pass veraPDF. A row is the
 * text from "number, original name, Latin name" up to the next row's start, so that a wrapped cell
 * (the status wording takes two lines) still belongs to its row.
 */
class HandoverBatchReadBackTest {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private static final PdfLegalDocumentGenerator GENERATOR = new PdfLegalDocumentGenerator();

    private static DocumentRequest manifestRequest;

    private static RenderedDocument manifest;

    private static DocumentRequest receiptRequest;

    private static RenderedDocument receipt;

    @BeforeAll
    static void renderBoth() {
        manifestRequest = DocumentFixtures.aManifestOf1523PersonsFromMyanmar();
        manifest = GENERATOR.render(manifestRequest);
        receiptRequest = DocumentFixtures.aReceiptWithTwoDiscrepancies();
        receipt = GENERATOR.render(receiptRequest);
        PdfAssertions.write("handover-receipt-1523", receipt.bytes());
    }

    @Test
    void everyManifestRowPrintsNamesDocumentNationalityAndStatus() {
        List<HandoverManifest.Entry> persons = ((HandoverManifest) manifestRequest.content()).persons();
        String text = squeeze(PdfAssertions.text(manifest.bytes()));
        int cursor = 0;
        for (int i = 0; i < persons.size(); i++) {
            HandoverManifest.Entry entry = persons.get(i);
            int start = rowStart(text, i, entry.name().original(), entry.name().latin(), cursor);
            String row = row(
                    text,
                    start,
                    i + 1 < persons.size()
                            ? key(
                                    i + 1,
                                    persons.get(i + 1).name().original(),
                                    persons.get(i + 1).name().latin())
                            : "Total/合计");
            assertThat(row)
                    .as("row %d", i + 1)
                    .contains(number(entry.travelDocument()), squeeze(expiry(entry.travelDocument())))
                    .contains(squeeze(nationality(entry.verifiedNationality())))
                    .contains(squeeze(status(entry.status())));
            cursor = start + 1;
        }
        assertThat(text)
                .contains(
                        squeeze("Suspect = screened at clearance, no trafficking indicators"),
                        squeeze("1523 persons / 人"),
                        squeeze("By air / 航空, flight / 航班 MU 2028"),
                        squeeze("MPF-2201 Aung Min, Myanmar Police Force"),
                        squeeze("MPF-2202 Kyaw Zin, Myanmar Police Force"));
    }

    @Test
    void everyReceiptRowPrintsNamesDocumentAndWhetherReceived() {
        List<HandoverReceipt.Line> persons = ((HandoverReceipt) receiptRequest.content()).persons();
        String text = squeeze(PdfAssertions.text(receipt.bytes()));
        int cursor = text.indexOf(squeeze("4. Persons / 人员接收情况"));
        assertThat(cursor).isPositive();
        int notReceived = 0;
        for (int i = 0; i < persons.size(); i++) {
            HandoverReceipt.Line line = persons.get(i);
            int start = rowStart(text, i, line.name().original(), line.name().latin(), cursor);
            String row = row(
                    text,
                    start,
                    i + 1 < persons.size()
                            ? key(
                                    i + 1,
                                    persons.get(i + 1).name().original(),
                                    persons.get(i + 1).name().latin())
                            : "Total/合计");
            assertThat(row)
                    .as("row %d", i + 1)
                    .contains(number(line.travelDocument()))
                    .contains(line.received() ? "Received/已接收" : "Notreceived/未接收");
            notReceived += line.received() ? 0 : 1;
            cursor = start + 1;
        }
        assertThat(notReceived).isEqualTo(2);
        assertThat(text)
                .contains(
                        squeeze("1521 / 1523"),
                        squeeze("By air / 航空, flight / 航班 MU 2028"),
                        squeeze("Escort / 押解警员 MPF-2201 Aung Min, Myanmar Police Force"));
    }

    @Test
    void bothConformToPdfA2b() {
        assertThat(PdfAssertions.pdfA2bFailures(manifest.bytes())).isEmpty();
        assertThat(PdfAssertions.pdfA2bFailures(receipt.bytes())).isEmpty();
    }

    private static int rowStart(String text, int index, String original, String latin, int from) {
        int start = text.indexOf(key(index, original, latin), from);
        assertThat(start)
                .as("row %d (%s %s) after position %d", index + 1, original, latin, from)
                .isNotNegative();
        return start;
    }

    private static String row(String text, int start, String nextKey) {
        int end = text.indexOf(nextKey, start + 1);
        assertThat(end).as("the row after position %d", start).isPositive();
        return text.substring(start, end);
    }

    private static String key(int index, String original, String latin) {
        return squeeze((index + 1) + original + latin);
    }

    private static String number(TravelDocument document) {
        return document.kind() == TravelDocument.Kind.NONE ? "None无" : document.number();
    }

    private static String expiry(TravelDocument document) {
        return document.expiry() == null ? "—" : document.expiry().toString();
    }

    private static String nationality(String code) {
        return code == null ? "Not verified / 未核实" : "China / 中国";
    }

    private static String status(HandoverManifest.ScreeningStatus status) {
        return switch (status) {
            case SUSPECT_SCREENED -> "Suspect 嫌疑人";
            case VICTIM_SCREENED -> "Victim 受害者";
            case POSSIBLE_VICTIM -> "Possible victim 疑似受害者";
            case UNSCREENED -> "Unscreened 未甄别";
        };
    }

    private static String squeeze(String value) {
        return WHITE_SPACE.matcher(value).replaceAll("");
    }
}
