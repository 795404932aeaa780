package org.comity.web.mla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.comity.web.TestApi;
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

        JsonNode view = TestApi.withToken(port, "demo-cn-mps").get("/api/v1/cases/" + caseId).json();
        assertThat(view.path("status").asText()).isEqualTo("COMPLETED");
        Map<String, String> texts = scenario.documentTexts(caseId);
        assertThat(texts).containsOnlyKeys("MLA_LETTER_OF_REQUEST", "MLA_EXECUTION_REPORT");
        assertThat(texts.get("MLA_LETTER_OF_REQUEST")).contains(view.path("reference").asText(), "张伟", "Zhang Wei");
        assertThat(texts.get("MLA_EXECUTION_REPORT").replaceAll("\\s", "")).contains(MlaCaseScenario.STATEMENT_DIGEST);
    }

    @Test
    void hidesAConfidentialCaseFromTheRequestedStatesAgencyOnPostgresql() {
        MlaCaseScenario scenario = new MlaCaseScenario(port, runtime, management, archive);
        String caseId = scenario.submitted("demo-cn-mps", MlaRequestBodies.aConfidentialRequestFromChina());
        assertThat(TestApi.withToken(port, "demo-mm-mpf").get("/api/v1/cases/" + caseId).status()).isEqualTo(404);
        assertThat(TestApi.withToken(port, "demo-mm-mpf").get("/api/v1/cases?type=MLA").json().path("items")
                .findValuesAsText("id")).doesNotContain(caseId);
        assertThat(TestApi.as(port, "mm.supervisor", "demo").get("/api/v1/cases/" + caseId).status()).isEqualTo(200);
    }
}
