package org.comity.core.mla.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.comity.core.document.MlaExecutionReport;
import org.comity.core.document.MlaPostponementNotice;
import org.comity.core.document.MlaRefusalNotice;
import org.comity.core.mla.form.EvidenceItems;
import org.comity.core.mla.form.MlaAssessRequestForm;
import org.comity.core.mla.form.MlaExecuteRequestForm;
import org.comity.core.text.Phrase;
import org.junit.jupiter.api.Test;

/**
 * The MLA notices and the execution report are written from the officers' forms as they are stored
 * (JSON) and read back into their records, as {@code CaseSubmissions.latest} does: no field is read
 * by its name as a string.
 */
class MlaDocumentContentTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final String REFERENCE = "MLA-2026-0007 / YGN/2026/118";
    private static final String DIGEST = "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08";

    @Test
    void aRefusalCitesTheGroundsWithTheirWordingAndKeepsTheReasonsAsWritten() throws Exception {
        MlaAssessRequestForm assessment = JSON.readValue("""
                {"decision": "REFUSE", "groundCodes": ["SOV", "DOMLAW"], "reasons": "涉及国家安全。",
                 "rationale": null, "prohibitedByDomesticLaw": true}""", MlaAssessRequestForm.class);

        MlaRefusalNotice notice = MlaNotices.refusal(REFERENCE, assessment, "zh");

        assertThat(notice.requestReference()).isEqualTo(REFERENCE);
        assertThat(notice.grounds()).extracting(MlaRefusalNotice.Ground::code).containsExactly("SOV", "DOMLAW");
        assertThat(notice.grounds())
                .extracting(MlaRefusalNotice.Ground::wording)
                .as("the ground's fixed wording, printed from the document bundles")
                .containsExactly(Phrase.of("mla.ground.SOV"), Phrase.of("mla.ground.DOMLAW"));
        assertThat(notice.reasons().text()).isEqualTo("涉及国家安全。");
        assertThat(notice.reasons().language()).isEqualTo("zh");
        assertThat(notice.rationale()).isNull();
    }

    @Test
    void aPostponementNamesTheDayExecutionResumesAndTheReasons() throws Exception {
        MlaAssessRequestForm assessment = JSON.readValue("""
                {"decision": "POSTPONE", "reasons": "Trial of the same accused under way.",
                 "postponedUntil": "2026-09-30", "hindersOngoingProceedings": true}""", MlaAssessRequestForm.class);

        MlaPostponementNotice notice = MlaNotices.postponement(REFERENCE, assessment, "en");

        assertThat(notice.requestReference()).isEqualTo(REFERENCE);
        assertThat(notice.postponedUntil()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(notice.reasons().text()).isEqualTo("Trial of the same accused under way.");
    }

    @Test
    void theReportNumbersTheEvidenceAndDatesItInTheRequestedStatesZone() throws Exception {
        MlaExecuteRequestForm form =
                JSON.readValue("""
                {"outcome": "PARTIALLY_EXECUTED", "executedAt": "2026-03-02T01:30:00Z",
                 "executingAuthority": "Myanmar Police Force, Myawaddy", "measuresTaken": "Bank records obtained.",
                 "evidenceItems": "Statement of account | KBZ Bank, Myawaddy branch | %s\\nCCTV still | Border gate | %s",
                 "obstacles": "The second account is closed."}""".formatted(DIGEST, DIGEST.replace('9', '8')), MlaExecuteRequestForm.class);
        ZoneId yangon = ZoneId.of("Asia/Yangon");

        MlaExecutionReport report =
                MlaExecutionReports.report(REFERENCE, form, EvidenceItems.parse(form.evidenceItems()), "my", yangon);

        assertThat(report.requestReference()).isEqualTo(REFERENCE);
        assertThat(report.outcome()).isEqualTo(Phrase.of("mla.outcome.PARTIALLY_EXECUTED"));
        assertThat(report.executingAuthority().text()).isEqualTo("Myanmar Police Force, Myawaddy");
        assertThat(report.obstacles().text()).isEqualTo("The second account is closed.");
        assertThat(report.evidence())
                .extracting(MlaExecutionReport.EvidenceItem::itemId)
                .containsExactly("E1", "E2");
        MlaExecutionReport.EvidenceItem first = report.evidence().get(0);
        assertThat(first.sha256()).isEqualTo(DIGEST.toLowerCase());
        assertThat(first.source().text()).isEqualTo("KBZ Bank, Myawaddy branch");
        assertThat(first.description().language()).isEqualTo("my");
        assertThat(first.obtainedAt()).isEqualTo(ZonedDateTime.of(2026, 3, 2, 8, 0, 0, 0, yangon));
    }
}
