package org.comity.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.documents.DocumentFixtures.*;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.comity.core.document.DocumentRequest;
import org.comity.core.document.RenderedDocument;
import org.junit.jupiter.api.Test;

/**
 * Every fact of a document's content reaches the page (DESIGN.md §9): each template rendered from
 * a fixture that fills every field, read back with PDFBox. Free text is printed exactly once, as
 * written; a supplied translation is printed beside it, marked as a translation.
 */
class DocumentReadBackTest {

    private static final PdfLegalDocumentGenerator GENERATOR = new PdfLegalDocumentGenerator();

    @Test
    void aRequestToProsecutePrintsThePersonTheWarrantEachOffenceAndEachUndertaking() {
        ReadBack text = render("read-back-request-prosecution", anExtraditionRequestFromChinaToMyanmar());

        text.prints(
                        "Male / 男",
                        "阿伟",
                        "Ah Wei",
                        "Passport / 护照 E12345678",
                        "issued by / 签发国 China / 中国",
                        "2031-08-19",
                        "1988-05-17",
                        "Ordinary request",
                        "Diplomatic channel",
                        "2026-03-14 (2026年3月14日)",
                        "Arrest warrant 2026-PSB-KM-0457",
                        "2026-02-10",
                        "2025-03-01",
                        "2026-01-31",
                        "Life imprisonment",
                        "Reciprocity undertaking of the People's Republic of China",
                        "Nationality / 国籍 China / 中国")
                .printsOnce(
                        "昆明市公安局",
                        "电信网络诈骗罪（组织诈骗窝点）",
                        "《中华人民共和国刑法》第二百六十六条",
                        "Penal Code s. 420",
                        "缅甸克伦邦妙瓦底",
                        "2025年3月至2026年1月，该人在妙瓦底经营诈骗窝点，骗取2310名被害人共计人民币4860万元。")
                .prints("Speciality", "No re-extradition", "Given / 已作出", "Not given / 未作出")
                .printsNowhere("Not stated", "Judgment to be enforced", "国籍 CN", "签发国 CN");
    }

    @Test
    void aRequestToEnforceASentencePrintsTheJudgmentInsteadOfAWarrant() {
        ReadBack text = render("read-back-request-enforcement", anEnforcementRequestFromChinaToMyanmar());

        text.prints(
                        "Enforcement of a sentence",
                        "Judgment to be enforced",
                        "2025-11-03 (2025年11月3日)",
                        "Final and enforceable",
                        "Given in absentia",
                        "96 months' imprisonment",
                        "有期徒刑96个月",
                        "7 years 2 months (P7Y2M)",
                        "Retrial in the person's presence")
                .printsOnce("云南省昆明市中级人民法院")
                .printsNowhere("Arrest warrant", "Date of issue");
        assertThat(text.occurrences("Yes / 是")).as("final and in absentia").isEqualTo(2);
    }

    @Test
    void aGrantPrintsTheCourtsRulingTheReasonsAndTheOffencesGranted() {
        ReadBack text = render("read-back-decision-grant", aGrantFollowingTheCourtsRuling());

        text.prints(
                        "Court ruling",
                        "2026-05-20",
                        "Meets the conditions for extradition",
                        "Offences for which extradition is granted",
                        "2025-03-01")
                .printsOnce(
                        "Yangon Region High Court",
                        "Dual criminality is established.",
                        "The Union Government grants the request.",
                        "电信网络诈骗罪（组织诈骗窝点）");
    }

    @Test
    void aRefusalPrintsTheRationaleAndMarksASuppliedTranslation() {
        ReadBack text = render("read-back-decision-refusal", aDecisionRefusingExtradition());

        text.printsOnce(
                        "The court has examined the request and the evidence produced.",
                        "法院已审查请求及所附证据。",
                        "The person is 81 years old and gravely ill.")
                .prints("Rationale for the discretionary ground", "[Translation (zh) / 译文（zh）]")
                .printsNowhere("Offences for which extradition is granted");
    }

    @Test
    void aSurrenderRecordPrintsTheOfficersAsWrittenAndTheAgreedArrangements() {
        ReadBack text = render("read-back-surrender-record", aSurrenderRecordAtDaluo());

        text.printsOnce(
                        "Police Major Aung Min, Myanmar Police Force, MPF-2201",
                        "李强, Ministry of Public Security, MPS-88012",
                        "Two officers of the Myanmar Police Force",
                        "Mobile telephone, black",
                        "Passport E12345678",
                        "Daluo port")
                .prints("2026-06-01 (2026年6月1日)", "[Translation (zh) / 译文（zh）] 打洛口岸");
    }

    @Test
    void aConfidentialLetterOfRequestIsMarkedOnEveryPageAndNamesEachPersonsDocumentsAndLocation() throws IOException {
        DocumentRequest request = anMlaLetterOfRequestToMyanmar();
        RenderedDocument rendered = GENERATOR.render(request);
        PdfAssertions.write("read-back-mla-letter", rendered.bytes());
        ReadBack text = new ReadBack(PdfAssertions.text(rendered.bytes()));

        text.printsOnce(
                        "公安部刑事侦查局",
                        "李明",
                        "诈骗窝点人员通过电话诈骗中国境内被害人。",
                        "电信网络诈骗",
                        "《中华人民共和国刑法》第二百六十六条",
                        "调取0012-3344-55账户的银行记录",
                        "请由银行出具经认证的副本",
                        "查明资金流向",
                        "该账户接收了被害人的转账",
                        "嫌疑人羁押期限将于三个月后届满",
                        "同案犯在逃，泄露将导致证据灭失",
                        "缅甸克伦邦妙瓦底KK园区")
                .prints(
                        "li.ming@example.cn",
                        "+86 10 6620 0000",
                        "KM-2026-0042",
                        "Investigation",
                        "Bank records",
                        "Passport / 护照 E12345678",
                        "Suspect / 犯罪嫌疑人",
                        "2026-08-31",
                        "Life imprisonment",
                        "United Nations Convention against Transnational Organized Crime");
        try (PDDocument pdf = Loader.loadPDF(rendered.bytes())) {
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                assertThat(PdfAssertions.pageText(pdf, page)).as("page " + page).contains("CONFIDENTIAL / 机密");
            }
        }
        assertThat(PdfAssertions.pdfA2bFailures(rendered.bytes())).isEmpty();
    }

    @Test
    void aLetterNotAskedToBeConfidentialCarriesNoMarking() {
        ReadBack text = render("read-back-mla-report", anMlaExecutionReportWithThreeEvidenceItems());

        text.printsNowhere("CONFIDENTIAL")
                .printsOnce(
                        "Bank records were obtained and the landlord was heard.", "Witness statement of the landlord");
    }

    @Test
    void aReceiptStatesTheRecordedHandoverTheCountHandedOverAndTheManifestItAcknowledges() {
        ReadBack text = render("read-back-handover-receipt", aReceiptWithTwoDiscrepancies());

        text.prints(
                        "2026-06-02 11:05 (UTC+08:00, Asia/Shanghai)",
                        "Persons handed over / 移交人数 1521",
                        "Escort officers / 押解警员人数 40",
                        "0b7f3e9a-5d1c-3f77-8a41-6c2d9e000007",
                        "5A1C-77E2-90B4",
                        sha256("manifest REP-MM-2026-000007"))
                .printsOnce("Two persons held back at Tachileik hospital", "在大其力住院，随下一批移交。");
    }

    @Test
    void aReleaseNoticePrintsThePlaceOfDetentionAndTheReleasingOfficersRemarks() {
        ReadBack text = render("read-back-release", aReleaseFromProvisionalArrest());

        text.printsOnce("Insein remand centre, Yangon", "Released at the gate to his counsel")
                .prints("2026-03-03 09:00 (UTC+06:30, Asia/Yangon)");
    }

    @Test
    void aRefusalNoticeNamesEveryGroundAndGivesTheReasonsOnce() {
        ReadBack text = render("read-back-mla-refusal", anMlaRefusalFromChina());

        text.prints(
                        "UNTOC Art. 18(23)",
                        "SOV",
                        "Sovereignty, security, public order or essential interests",
                        "DC",
                        "依被请求国法律不构成犯罪",
                        "MLA-MM-2026-000044 / MPF-MLA-2026-17")
                .printsOnce("询问该证人将泄露涉及国家安全的事项。", "所涉行为依我国法律不构成犯罪，且无可替代的协助方式。");
    }

    @Test
    void aPostponementNoticeSaysUntilWhenAndWhy() {
        ReadBack text = render("read-back-mla-postponement", anMlaPostponementFromMyanmar());

        text.prints("UNTOC Art. 18(25)", "Postponed until / 暂缓执行至 2026-09-30 (2026年9月30日)")
                .printsOnce(
                        "The account holder is on trial before the Yangon Region High Court; producing the records now "
                                + "would prejudice that trial.");
    }

    private static ReadBack render(String name, DocumentRequest request) {
        RenderedDocument rendered = GENERATOR.render(request);
        PdfAssertions.write(name, rendered.bytes());
        return new ReadBack(PdfAssertions.text(rendered.bytes()));
    }
}
