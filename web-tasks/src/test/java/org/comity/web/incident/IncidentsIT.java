package org.comity.web.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.comity.core.archive.DocumentArchive;
import org.comity.web.CaseScenario.Submitted;
import org.comity.web.TestApi;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.comity.web.extradition.ExtraditionCaseScenario;
import org.comity.web.extradition.ExtraditionRequestBodies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A job that runs out of retries is an incident of its case, visible to its own state where people
 * look (the case view, the case page, the task list, the incidents endpoint), never to the other
 * state, and a supervisor of that state runs it again once the cause is fixed. One test per kind of
 * failing job: a document that cannot be rendered, a message that cannot be delivered, a timer whose
 * consequence fails. Jobs run by hand, as the job executor would on its last retry; timers by moving
 * the engine clock.
 */
class IncidentsIT extends WebIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired
    ManagementService management;

    @Autowired
    RepositoryService repository;

    @Autowired
    DocumentArchive archive;

    @Autowired
    FailingDocuments documents;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @AfterEach
    void restore() {
        TestClock.resetEngineClock();
        if (repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("ExtraditionExaminationProcess")
                        .suspended()
                        .count()
                > 0) {
            repository.activateProcessDefinitionByKey("ExtraditionExaminationProcess");
        }
    }

    private ExtraditionCaseScenario scenario() {
        return new ExtraditionCaseScenario(port, runtime, management, archive);
    }

    @Test
    void aDocumentThatCannotBeRenderedStopsTheCaseVisiblyUntilRetried() throws Exception {
        ExtraditionCaseScenario scenario = scenario();
        Submitted created = chinaAsksMyanmar(scenario);
        String caseId = created.caseId();
        String reference = created.json().path("reference").asText();
        documents.failFor(reference);

        approveAndRunJobsToTheirLastFailure(scenario, caseId);

        JsonNode incident = theOnlyIncident("cn.officer", caseId);
        assertThat(incident.path("state").asText()).isEqualTo("OPEN");
        assertThat(incident.path("step").path("en").asText()).isEqualTo("Issuing the extradition request");
        assertThat(incident.path("step").path("zh").asText()).isEqualTo("出具引渡请求书");
        assertThat(incident.path("cause").asText()).isEqualTo("DOCUMENT_RENDERING");
        assertThat(incident.path("summary").path("en").asText())
                .isEqualTo("The legal document could not be produced from the case's data.");
        assertThat(incident.path("job").asText()).isEqualTo("STEP");
        assertThat(incident.path("jurisdiction").asText()).isEqualTo("CN");
        assertThat(incident.path("openedAt").asText()).isNotBlank();
        assertThat(scenario.taskKeys("cn.officer", caseId))
                .as("nobody has a task")
                .isEmpty();
        assertThat(scenario.taskKeys("cn.supervisor", caseId)).isEmpty();
        assertNoInternals(as("cn.officer")
                .get("/api/v1/cases/" + caseId)
                .json()
                .path("incidents")
                .toString());
        assertOtherStateSeesNothing("mm", caseId, incident.path("id").asText());
        TestApi.Response asTheAgency = withToken("demo-cn-mps").get("/api/v1/cases/" + caseId);
        assertThat(asTheAgency.status())
                .as("the submitting agency reads its case")
                .isEqualTo(200);
        assertThat(asTheAgency.json().path("incidents"))
                .as("but not its incidents")
                .isEmpty();
        assertThat(asTheAgency.body())
                .doesNotContain(incident.path("id").asText())
                .doesNotContain("DOCUMENT_RENDERING");

        String casePage = page("cn.officer", "/cases/" + caseId);
        assertThat(casePage)
                .contains("id=\"case-incidents\"")
                .contains("This case is stopped: 1 step(s) failed")
                .contains("Issuing the extradition request")
                .contains("The legal document could not be produced from the case&#39;s data.");
        assertNoInternals(casePage.substring(
                casePage.indexOf("id=\"case-incidents\""),
                casePage.indexOf("</section>", casePage.indexOf("id=\"case-incidents\""))));
        assertThat(page("cn.officer", "/cases/" + caseId + "?lang=zh"))
                .contains("本案已停滞：1 个步骤失败")
                .contains("出具引渡请求书")
                .contains("无法根据案件数据生成法律文书。");
        assertThat(page("cn.officer", "/tasks"))
                .contains("id=\"incident-cases\"")
                .contains(reference);
        assertThat(page("mm.officer", "/tasks")).doesNotContain(reference);
        assertThat(page("cn.supervisor", "/incidents"))
                .contains(reference)
                .contains("Issuing the extradition request")
                .contains("/incidents/" + incident.path("id").asText() + "/retry");
        assertThat(page("auditor", "/incidents"))
                .as("auditors read, never retry")
                .contains(reference)
                .doesNotContain("/incidents/" + incident.path("id").asText() + "/retry");
        assertThat(page("mm.supervisor", "/incidents")).doesNotContain(reference);

        documents.fix(reference);
        retryAndRunJobs(scenario, caseId, incident.path("id").asText(), "cn", "mm");

        assertThat(scenario.documentTexts(caseId)).containsKey("EXTRADITION_REQUEST");
        assertThat(scenario.taskKeys("mm.officer", caseId)).containsExactly("Task_CheckCompleteness");
        assertThat(theOnlyIncident("cn.officer", caseId).path("state").asText()).isEqualTo("RESOLVED");
        assertThat(page("cn.officer", "/cases/" + caseId))
                .doesNotContain("This case is stopped")
                .contains("Earlier incidents (1)");
        assertThat(page("cn.officer", "/tasks")).doesNotContain(reference);
        String timeline =
                as("auditor").get("/api/v1/audit/cases/" + caseId + "/timeline").body();
        assertThat(timeline)
                .contains("INCIDENT:failedJob")
                .contains("INCIDENT_RESOLVED")
                .contains("The legal document could not be produced")
                .doesNotContain("font file missing");
    }

    @Test
    void theListingIsForSupervisorsAndAuditorsAndRefusesBadPaging() {
        TestApi.Response bad = as("cn.supervisor").get("/api/v1/incidents?page=-1&size=0");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("page", "size");
        assertThat(as("cn.supervisor").get("/api/v1/incidents?size=101").status())
                .isEqualTo(422);
        assertThat(as("cn.supervisor").get("/api/v1/incidents?state=SOMETIMES").status())
                .isBetween(400, 499);
        assertThat(as("cn.supervisor")
                        .get("/api/v1/incidents?caseId=" + UUID.randomUUID())
                        .status())
                .isEqualTo(404);
        assertThat(as("cn.officer").get("/api/v1/incidents").status()).isEqualTo(403);
        assertThat(withToken("demo-cn-mps").get("/api/v1/incidents").status()).isEqualTo(403);
        assertThat(anonymous().get("/api/v1/incidents").status()).isEqualTo(401);
        assertThat(as("auditor").get("/api/v1/incidents?state=OPEN&size=5").status())
                .isEqualTo(200);
        assertThat(as("cn.supervisor")
                        .post("/api/v1/incidents/" + UUID.randomUUID() + "/retry", Map.of())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aMessageThatCannotBeDeliveredIsAnIncidentOfTheSendingState() {
        ExtraditionCaseScenario scenario = scenario();
        String caseId = chinaAsksMyanmar(scenario).caseId();
        repository.suspendProcessDefinitionByKey("ExtraditionExaminationProcess");

        approveAndRunJobsToTheirLastFailure(scenario, caseId);

        JsonNode incident = theOnlyIncident("cn.officer", caseId);
        assertThat(incident.path("step").path("en").asText()).isEqualTo("Sending the request to the requested state");
        assertThat(incident.path("cause").asText()).isEqualTo("MESSAGE_DELIVERY");
        assertThat(incident.path("summary").path("zh").asText()).isEqualTo("发往对方国家流程的消息未能送达。");
        assertThat(scenario.taskKeys("mm.officer", caseId)).isEmpty();
        assertOtherStateSeesNothing("mm", caseId, incident.path("id").asText());

        repository.activateProcessDefinitionByKey("ExtraditionExaminationProcess");
        String id = incident.path("id").asText();
        assertThat(pagePost("mm.supervisor", "/incidents/" + id + "/retry").getStatus())
                .isEqualTo(404);
        MockHttpServletResponse retried = pagePost("cn.supervisor", "/incidents/" + id + "/retry");
        assertThat(retried.getRedirectedUrl()).isEqualTo("/incidents");
        scenario.runJobs(caseId);
        assertThat(as("cn.supervisor")
                        .post("/api/v1/incidents/" + id + "/retry", Map.of())
                        .status())
                .isEqualTo(409);

        assertThat(scenario.taskKeys("mm.officer", caseId)).containsExactly("Task_CheckCompleteness");
        assertThat(theOnlyIncident("cn.officer", caseId).path("state").asText()).isEqualTo("RESOLVED");
    }

    @Test
    void aTimerWhoseConsequenceFailsIsAnIncidentOfTheStateWhoseTimerItIs() {
        ExtraditionCaseScenario scenario = scenario();
        Map<String, Object> body = ExtraditionRequestBodies.aRequestFromMyanmarForAChineseNational();
        body.put("urgency", "PROVISIONAL_ARREST");
        body.put("channel", "INTERPOL");
        Submitted created = scenario.submit("demo-mm-mpf", null, body);
        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        String caseId = created.caseId();
        scenario.runJobs(caseId);
        LocalDate today = TestClock.todayInChina();
        scenario.completeOk(
                "cn.officer",
                caseId,
                "Task_RecordProvisionalArrest",
                Map.of(
                        "arrestedOn",
                        today.minusDays(1).toString(),
                        "place",
                        "Kunming Detention Centre",
                        "interrogatedWithin24Hours",
                        true));
        String examination = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(caseId)
                .processDefinitionKey("ExtraditionExaminationProcess")
                .singleResult()
                .getId();
        runtime.removeVariable(examination, "requestedState");
        ClockUtil.setCurrentTime(
                Date.from(today.plusDays(32).atStartOfDay(CHINA).toInstant()));

        FailingJobs.runToTheirLastFailure(runtime, management, caseId);

        JsonNode incident = theOnlyIncident("cn.officer", caseId);
        assertThat(incident.path("job").asText()).isEqualTo("TIMER");
        assertThat(incident.path("jurisdiction").asText()).isEqualTo("CN");
        assertThat(incident.path("step").path("en").asText()).isEqualTo("Opening the task to release the person");
        assertThat(incident.path("cause").asText()).isEqualTo("DATA");
        assertThat(scenario.taskKeys("cn.officer", caseId))
                .as("nobody is told to release the person")
                .isEmpty();
        assertOtherStateSeesNothing("mm", caseId, incident.path("id").asText());

        runtime.setVariable(examination, "requestedState", "CN");
        retryAndRunJobs(scenario, caseId, incident.path("id").asText(), "cn", "mm");

        assertThat(scenario.taskKeys("cn.officer", caseId)).containsExactly("Task_ReleasePerson");
        assertThat(theOnlyIncident("cn.officer", caseId).path("state").asText()).isEqualTo("RESOLVED");
    }

    private Submitted chinaAsksMyanmar(ExtraditionCaseScenario scenario) {
        Submitted created = scenario.submit(
                "demo-cn-mps",
                "incident-" + UUID.randomUUID(),
                ExtraditionRequestBodies.aRequestFromChinaForAChineseNationalInMyanmar());
        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        scenario.runJobs(created.caseId());
        return created;
    }

    private void approveAndRunJobsToTheirLastFailure(ExtraditionCaseScenario scenario, String caseId) {
        TestApi.Response approved = as("cn.supervisor")
                .post(
                        "/api/v1/tasks/" + scenario.taskId("cn.supervisor", caseId, "Task_ReviewRequest") + "/complete",
                        Map.of("reviewDecision", "APPROVE"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(204);
        FailingJobs.runToTheirLastFailure(runtime, management, caseId);
    }

    /** Retries as the owning state's supervisor, after checking that nobody else may. */
    private void retryAndRunJobs(
            ExtraditionCaseScenario scenario, String caseId, String incidentId, String owner, String other) {
        assertThat(as(other + ".supervisor")
                        .post("/api/v1/incidents/" + incidentId + "/retry", Map.of())
                        .status())
                .as("the other state's incident")
                .isEqualTo(404);
        assertThat(as(owner + ".officer")
                        .post("/api/v1/incidents/" + incidentId + "/retry", Map.of())
                        .status())
                .as("an officer")
                .isEqualTo(403);
        assertThat(as("auditor")
                        .post("/api/v1/incidents/" + incidentId + "/retry", Map.of())
                        .status())
                .as("an auditor")
                .isEqualTo(403);
        TestApi.Response retried =
                as(owner + ".supervisor").post("/api/v1/incidents/" + incidentId + "/retry", Map.of());
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.json().path("state").asText()).isEqualTo("RESOLVED");
        assertThat(as(owner + ".supervisor")
                        .post("/api/v1/incidents/" + incidentId + "/retry", Map.of())
                        .status())
                .as("no longer open")
                .isEqualTo(409);
        assertThat(as("auditor")
                        .get("/api/v1/audit/events?caseId=" + caseId)
                        .json()
                        .get("entries")
                        .findValuesAsText("action"))
                .contains("incident.retry");
        scenario.runJobs(caseId);
    }

    /** The case's one incident as the user's case view shows it; also listed by the incidents endpoint. */
    private JsonNode theOnlyIncident(String user, String caseId) {
        TestApi.Response view = as(user).get("/api/v1/cases/" + caseId);
        assertThat(view.status()).as(view.body()).isEqualTo(200);
        JsonNode incidents = view.json().path("incidents");
        assertThat(incidents.size()).as(view.body()).isEqualTo(1);
        String supervisor = user.replace("officer", "supervisor");
        JsonNode listed =
                as(supervisor).get("/api/v1/incidents?caseId=" + caseId).json();
        assertThat(listed.path("total").asLong()).isEqualTo(1);
        assertThat(listed.path("items").get(0).path("id").asText())
                .isEqualTo(incidents.get(0).path("id").asText());
        assertThat(as("auditor")
                        .get("/api/v1/incidents?caseId=" + caseId)
                        .json()
                        .path("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(as(user.replace("supervisor", "officer"))
                        .get("/api/v1/incidents")
                        .status())
                .isEqualTo(403);
        return incidents.get(0);
    }

    /** The other party sees neither the incident on the case nor in the listing, nor can it retry it. */
    private void assertOtherStateSeesNothing(String other, String caseId, String incidentId) {
        TestApi.Response view = as(other + ".officer").get("/api/v1/cases/" + caseId);
        if (view.status() == 200) {
            assertThat(view.json().path("incidents")).isEmpty();
        }
        TestApi.Response listed = as(other + ".supervisor").get("/api/v1/incidents?state=OPEN");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().path("items").findValuesAsText("id")).doesNotContain(incidentId);
    }

    private static void assertNoInternals(String text) {
        assertThat(text)
                .doesNotContain("Exception")
                .doesNotContain("at org.")
                .doesNotContain("SELECT ")
                .doesNotContain("font file missing")
                .doesNotContain("ServiceTask_")
                .doesNotContain("Event_RequestSent");
    }

    private MockHttpServletResponse pagePost(String user, String path) {
        try {
            return mvc.perform(post(path).with(csrf()).with(user(people.loadUserByUsername(user))))
                    .andReturn()
                    .getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(user(people.loadUserByUsername(user))))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
