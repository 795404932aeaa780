package org.comity.web.extradition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.comity.web.postgres.PostgresWebIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whole extradition cases on real PostgreSQL ({@link PostgresWebIT}), through the HTTP API as the
 * demo agencies and the four demo officers: every document is read back and its text checked, and
 * each side sees only its own tasks.
 */
class ExtraditionPostgresIT extends PostgresWebIT {

    ExtraditionCaseScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new ExtraditionCaseScenario(port, runtime, management, archive);
    }

    @Test
    void surrendersThePersonAndIssuesEachDocumentOnPostgresql() {
        String caseId = scenario.grantedAndSurrendered();

        JsonNode view = withToken("demo-cn-mps").get("/api/v1/cases/" + caseId).json();
        assertThat(view.path("status").asText()).isEqualTo("SURRENDERED");
        assertThat(view.path("documents").findValuesAsText("type")).containsExactlyInAnyOrder("EXTRADITION_REQUEST",
                "SUPPLEMENTARY_INFORMATION_REQUEST", "EXTRADITION_DECISION", "SURRENDER_RECORD");
        scenario.assertDocumentsOfGrantedCase(caseId, view.path("reference").asText());
        assertThat(view.path("speciality").path("grantedOffences").findValuesAsText("provision"))
                .containsExactly("Criminal Law of the PRC Art. 266");
    }

    @Test
    void releasesAProvisionallyArrestedPersonOnDay31OnPostgresql() {
        String caseId = scenario.provisionalArrestReleasedOnDay31();
        assertThat(scenario.documentTexts(caseId).get("PROVISIONAL_ARREST_RELEASE_NOTICE")).contains("张伟")
                .contains("formal request");
    }
}
