package org.comity.web.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.comity.web.CaseScenario.Submitted;
import org.comity.web.extradition.ExtraditionCaseScenario;
import org.comity.web.extradition.ExtraditionRequestBodies;
import org.comity.web.postgres.PostgresWebIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The incidents' query over Camunda's history tables, on real PostgreSQL: a document that cannot be
 * rendered shows on its case and in the listing, and a retry after the fix lets the case move on.
 */
class IncidentsPostgresIT extends PostgresWebIT {

    @Autowired
    FailingDocuments documents;

    @Test
    void aFailedDocumentIsAnIncidentUntilRetriedOnPostgresql() {
        ExtraditionCaseScenario scenario = new ExtraditionCaseScenario(port, runtime, management, archive);
        Submitted created = scenario.submit(
                "demo-cn-mps",
                "incident-pg-" + UUID.randomUUID(),
                ExtraditionRequestBodies.aRequestFromChinaForAChineseNationalInMyanmar());
        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        String caseId = created.caseId();
        scenario.runJobs(caseId);
        documents.failFor(created.json().path("reference").asText());
        assertThat(as("cn.supervisor")
                        .post(
                                "/api/v1/tasks/" + scenario.taskId("cn.supervisor", caseId, "Task_ReviewRequest")
                                        + "/complete",
                                Map.of("reviewDecision", "APPROVE"))
                        .status())
                .isEqualTo(204);

        FailingJobs.runToTheirLastFailure(runtime, management, caseId);

        JsonNode incident = as("cn.officer")
                .get("/api/v1/cases/" + caseId)
                .json()
                .path("incidents")
                .get(0);
        assertThat(incident.path("state").asText()).isEqualTo("OPEN");
        assertThat(incident.path("cause").asText()).isEqualTo("DOCUMENT_RENDERING");
        JsonNode listed = as("cn.supervisor")
                .get("/api/v1/incidents?state=OPEN&caseId=" + caseId)
                .json();
        assertThat(listed.path("total").asLong()).isEqualTo(1);
        assertThat(as("mm.supervisor")
                        .get("/api/v1/incidents?state=OPEN")
                        .json()
                        .path("items")
                        .findValuesAsText("id"))
                .doesNotContain(incident.path("id").asText());

        documents.fix(created.json().path("reference").asText());
        assertThat(as("cn.supervisor")
                        .post("/api/v1/incidents/" + incident.path("id").asText() + "/retry", Map.of())
                        .status())
                .isEqualTo(200);
        scenario.runJobs(caseId);

        assertThat(scenario.taskKeys("mm.officer", caseId)).containsExactly("Task_CheckCompleteness");
        assertThat(as("cn.officer")
                        .get("/api/v1/cases/" + caseId)
                        .json()
                        .path("incidents")
                        .get(0)
                        .path("state")
                        .asText())
                .isEqualTo("RESOLVED");
    }
}
