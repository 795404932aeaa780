package org.comity.web.mla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.comity.web.postgres.PostgresWebIT;
import org.junit.jupiter.api.Test;

/**
 * A whole MLA case on real PostgreSQL ({@link PostgresWebIT}): migration V7 and the MLA tables, both
 * processes, both documents read back, and a confidential case hidden from the other state's agency.
 */
class MlaPostgresIT extends PostgresWebIT {

    @Test
    void executesARequestAndIssuesBothDocumentsOnPostgresql() {
        MlaCaseScenario scenario = new MlaCaseScenario(port, runtime, management, archive);
        String caseId = scenario.executedWithConsentToFurtherUse();

        JsonNode view = withToken("demo-cn-mps").get("/api/v1/cases/" + caseId).json();
        assertThat(view.path("status").asText()).isEqualTo("COMPLETED");
        Map<String, String> texts = scenario.documentTexts(caseId);
        assertThat(texts).containsOnlyKeys("MLA_LETTER_OF_REQUEST", "MLA_EXECUTION_REPORT");
        assertThat(texts.get("MLA_LETTER_OF_REQUEST"))
                .contains(view.path("reference").asText(), "张伟", "Zhang Wei");
        assertThat(texts.get("MLA_EXECUTION_REPORT").replaceAll("\\s", "")).contains(MlaCaseScenario.STATEMENT_DIGEST);
    }

    @Test
    void hidesAConfidentialCaseFromTheRequestedStatesAgencyOnPostgresql() {
        MlaCaseScenario scenario = new MlaCaseScenario(port, runtime, management, archive);
        String caseId = scenario.submitted("demo-cn-mps", MlaRequestBodies.aConfidentialRequestFromChina());
        assertThat(as("mm.supervisor").get("/api/v1/cases/" + caseId).status())
                .as("not sent yet")
                .isEqualTo(404);
        scenario.completeOk("cn.supervisor", caseId, "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));
        assertThat(withToken("demo-mm-mpf").get("/api/v1/cases/" + caseId).status())
                .isEqualTo(404);
        // narrowed to the case's reference, so that the check cannot pass just because the case is on a
        // later page of the shared database's MLA cases; the requesting agency's same query finds it
        String reference = withToken("demo-cn-mps")
                .get("/api/v1/cases/" + caseId)
                .json()
                .path("reference")
                .asText();
        String ownList = "/api/v1/cases?type=MLA&reference=" + reference;
        assertThat(withToken("demo-cn-mps").get(ownList).json().path("items").findValuesAsText("id"))
                .contains(caseId);
        assertThat(withToken("demo-mm-mpf").get(ownList).json().path("items").findValuesAsText("id"))
                .doesNotContain(caseId);
        assertThat(as("mm.supervisor").get("/api/v1/cases/" + caseId).status()).isEqualTo(200);
    }

    @Test
    void amendsAReturnedRequestMakingItConfidentialOnPostgresql() {
        MlaCaseScenario scenario = new MlaCaseScenario(port, runtime, management, archive);
        String caseId = scenario.submitted("demo-cn-mps", MlaRequestBodies.aRequestFromChinaForBankAndTelecomRecords());
        scenario.completeOk(
                "cn.supervisor",
                caseId,
                "Task_ReviewRequest",
                Map.of("reviewDecision", "RETURN", "reasons", "The suspects must not learn of the request"));
        assertThat(as("cn.officer")
                        .put(
                                "/api/v1/mla-requests/" + caseId + "/request",
                                MlaRequestBodies.aConfidentialRequestFromChina())
                        .status())
                .isEqualTo(204);
        scenario.completeOk("cn.officer", caseId, "Task_CorrectRequest", Map.of("corrections", "Made confidential"));
        scenario.completeOk("cn.supervisor", caseId, "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));
        assertThat(withToken("demo-mm-mpf").get("/api/v1/cases/" + caseId).status())
                .as("restricted as the amended request asks")
                .isEqualTo(404);
        assertThat(scenario.documentTexts(caseId).get("MLA_LETTER_OF_REQUEST")).contains("CONFIDENTIAL", "Zhang Wei");
    }
}
