package org.comity.web.mla;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.comity.core.archive.DocumentArchive;
import org.comity.web.DocumentReadBack;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every field of an MLA request submitted through the API reaches the letter of request
 * (legal-domain.md §4.1; DESIGN.md §9), downloaded through {@code GET /api/v1/documents/{id}} and
 * read back with PDFBox: free text exactly once as written, each person's identity documents and
 * location, and a confidentiality marking on every page of a confidential request.
 */
class MlaLetterReadBackIT extends WebIT {

    @Autowired
    ManagementService management;

    @Autowired
    DocumentArchive archive;

    MlaCaseScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new MlaCaseScenario(port, runtime, management, archive);
    }

    @Test
    void aConfidentialLetterPrintsEveryFieldSubmittedAndIsMarkedOnEveryPage() {
        Map<String, Object> body = MlaRequestBodies.aConfidentialRequestWithEveryField();
        String caseId = scenario.submitted("demo-cn-mps", body);
        scenario.completeOk("cn.supervisor", caseId, "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));

        DocumentReadBack letter = DocumentReadBack.of(scenario, port, "cn.officer", caseId, "MLA_LETTER_OF_REQUEST");

        letter.printsOnce(
                        "Lincang Municipal Public Security Bureau",
                        "Chen Haoyu",
                        (String) body.get("factsSummary"),
                        "Moving fraud proceeds across the border in cash",
                        "PRC Criminal Law Art. 191",
                        (String) body.get("assistanceSought"),
                        "Certified copies under the bank's seal",
                        "To prove the cash deposits came from the fraud",
                        "The deposits match the victims' losses day by day",
                        "Trial opens in Lincang in four months",
                        "The courier network would move the cash if warned",
                        "Laukkai, Kokang Self-Administered Zone",
                        "Chinshwehaw border town",
                        "Lincang Intermediate People's Court")
                .prints(
                        "chen.haoyu@example.cn",
                        "+86 883 214 7700",
                        "Prosecution",
                        "LC-2026-0388",
                        "United Nations Convention against Transnational Organized Crime",
                        "Reciprocity undertaken",
                        "Bank records",
                        "Locating a person",
                        "Service of documents",
                        "120 months' imprisonment",
                        "诸葛明轩",
                        "Zhuge Mingxuan",
                        "Male / 男",
                        "1984-06-09",
                        "Passport / 护照 EK3390215",
                        "2030-12-31",
                        "Account holder",
                        "Nang Hseng",
                        "Female / 女",
                        "National identity card / 身份证 13-LAKANA-N-004417",
                        "issued by / 签发国 Myanmar / 缅甸",
                        "Witness",
                        TestClock.todayInChina().plusDays(75).toString(),
                        TestClock.todayInChina().plusMonths(5).toString(),
                        "en, my")
                .printsNowhere("Not required: the request is for service of documents only");
        String[] pages = letter.text().split("\f");
        assertThat(pages).allSatisfy(page -> assertThat(page).contains("CONFIDENTIAL / 机密"));
        assertThat(letter.text()).contains("Evidence taken by own officials / 自行取证 Yes / 是");
    }

    @Test
    void aLetterNotAskedToBeConfidentialCarriesNoMarking() {
        String caseId = scenario.submitted("demo-cn-mps", MlaRequestBodies.aRequestFromChinaForBankAndTelecomRecords());
        scenario.completeOk("cn.supervisor", caseId, "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));

        DocumentReadBack.of(scenario, port, "cn.officer", caseId, "MLA_LETTER_OF_REQUEST")
                .printsNowhere("CONFIDENTIAL")
                .prints("Passport / 护照 E12345678")
                .printsOnce("Myawaddy, Kayin State");
    }
}
