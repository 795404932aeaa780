package org.comity.web.repatriation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.web.repatriation.RepatriationFixtures.aDetainee;
import static org.comity.web.repatriation.RepatriationFixtures.aTransfer;
import static org.comity.web.repatriation.RepatriationFixtures.makeReady;
import static org.comity.web.repatriation.RepatriationFixtures.open;
import static org.comity.web.repatriation.RepatriationFixtures.personIds;
import static org.comity.web.repatriation.RepatriationFixtures.runJobs;
import static org.comity.web.repatriation.RepatriationFixtures.taskIds;
import static org.comity.web.repatriation.RepatriationFixtures.theSeedOperation;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.comity.core.repatriation.RepatriationModel;
import org.comity.web.TestApi;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.comity.web.incident.FailingDocuments;
import org.comity.web.incident.FailingJobs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * In a joint repatriation process, a failed step belongs to the state that performs it: the handover
 * manifest is the holding state's (Myanmar's) document, so its failure is Myanmar's incident, shown
 * to Myanmar's officers and retried by Myanmar's supervisor; China, the receiving state, sees none.
 */
class RepatriationIncidentIT extends WebIT {

    @Autowired
    ManagementService management;

    @Autowired
    FailingDocuments documents;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @AfterEach
    void endRepatriationProcesses() {
        RepatriationFixtures.deleteRepatriationProcesses(runtime);
    }

    @Test
    void aManifestThatCannotBeRenderedIsTheHoldingStatesIncident() throws Exception {
        String id = open(
                withToken("demo-mm-mpf"),
                theSeedOperation(
                        "Incident operation " + UUID.randomUUID(),
                        List.of(aDetainee("赵六", "Zhao Liu", LocalDate.of(1991, 3, 4)))));
        String person = personIds(as("mm.officer"), id).get("Zhao Liu");
        makeReady(
                tasks,
                as("cn.officer"),
                as("mm.officer"),
                person,
                TestClock.todayInChina().plusYears(5));
        runJobs(management);
        String reference = as("mm.officer")
                .get("/api/v1/cases/" + id)
                .json()
                .path("reference")
                .asText();
        TestApi.Response planned = as("mm.supervisor")
                .post(
                        "/api/v1/repatriations/" + id + "/transfers",
                        aTransfer("Daluo port, Menghai", "LAND", 1, List.of(person)));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        documents.failFor(reference);
        String approval = taskIds(as("mm.supervisor"), id, RepatriationModel.TASK_APPROVE_TRANSFER_PLAN)
                .get(0);
        assertThat(as("mm.supervisor")
                        .post("/api/v1/tasks/" + approval + "/complete", Map.of("planDecision", "APPROVE"))
                        .status())
                .isEqualTo(204);

        FailingJobs.runToTheirLastFailure(runtime, management, id);

        JsonNode incidents = as("mm.officer").get("/api/v1/cases/" + id).json().path("incidents");
        assertThat(incidents.size()).isEqualTo(1);
        JsonNode incident = incidents.get(0);
        assertThat(incident.path("jurisdiction").asText()).isEqualTo("MM");
        assertThat(incident.path("step").path("en").asText()).isEqualTo("Issuing the handover manifest");
        assertThat(incident.path("cause").asText()).isEqualTo("DOCUMENT_RENDERING");
        assertThat(as("cn.officer").get("/api/v1/cases/" + id).json().path("incidents"))
                .isEmpty();
        assertThat(as("cn.supervisor")
                        .get("/api/v1/incidents?caseId=" + id)
                        .json()
                        .path("total")
                        .asLong())
                .isZero();
        assertThat(as("mm.supervisor")
                        .get("/api/v1/incidents?caseId=" + id)
                        .json()
                        .path("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(page("mm.officer", "/tasks"))
                .contains("id=\"incident-cases\"")
                .contains(reference);
        assertThat(page("cn.officer", "/tasks")).doesNotContain(reference);
        String retry = "/api/v1/incidents/" + incident.path("id").asText() + "/retry";
        assertThat(as("cn.supervisor").post(retry, Map.of()).status()).isEqualTo(404);

        documents.fix(reference);
        assertThat(as("mm.supervisor").post(retry, Map.of()).status()).isEqualTo(200);
        runJobs(management);

        assertThat(taskIds(as("mm.officer"), id, RepatriationModel.TASK_EXECUTE_HANDOVER))
                .hasSize(1);
        assertThat(as("mm.officer")
                        .get("/api/v1/cases/" + id + "/documents")
                        .json()
                        .findValuesAsText("type"))
                .contains("HANDOVER_MANIFEST");
        assertThat(as("mm.officer")
                        .get("/api/v1/cases/" + id)
                        .json()
                        .path("incidents")
                        .get(0)
                        .path("state")
                        .asText())
                .isEqualTo("RESOLVED");
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(user(people.loadUserByUsername(user))))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
