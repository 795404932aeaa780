package org.comity.web.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.comity.core.archive.DocumentArchive;
import org.comity.core.archive.StoredDocument;
import org.comity.core.extradition.ExtraditionProcesses;
import org.comity.core.mla.MlaProcesses;
import org.comity.core.repatriation.RepatriationModel;
import org.comity.web.CaseScenario;
import org.comity.web.TestApi;
import org.comity.web.WebIT;
import org.comity.web.demo.DemoOperationGenerator;
import org.comity.web.extradition.ExtraditionCaseScenario;
import org.comity.web.extradition.ExtraditionRequestBodies;
import org.comity.web.mla.MlaRequestBodies;
import org.comity.web.repatriation.RepatriationFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * DESIGN.md §7, last two rules, per procedure (issue #14 item 8): the other state sees a case only
 * from its transmission on — before it, the case, its documents and tasks are 404 and absent from its
 * lists and searches, in the API and the tasklist — and after it only what was exchanged, never the
 * other state's stages, task keys, users, process instance ids or creating agency. Auditors see all.
 * Every refused read of an existing object is in the audit log.
 */
class CaseVisibilityIT extends WebIT {

    private static final String[] MYANMAR_PEOPLE = {"mm.officer", "mm.supervisor"};

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @Autowired
    ManagementService management;

    @Autowired
    HistoryService history;

    @Autowired
    DocumentArchive archive;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void endRepatriationProcesses() {
        RepatriationFixtures.deleteRepatriationProcesses(runtime);
    }

    private CaseScenario scenario() {
        return new ExtraditionCaseScenario(port, runtime, management, archive);
    }

    @Test
    void myanmarCannotFindAnExtraditionWhileItIsInChinasReview() throws Exception {
        CaseScenario scenario = scenario();
        String caseId = scenario.submit(
                        "/api/v1/extraditions",
                        "demo-cn-mps",
                        null,
                        ExtraditionRequestBodies.aRequestFromChinaForAChineseNationalInMyanmar())
                .caseId();
        scenario.runJobs(caseId);
        String review = scenario.taskId("cn.supervisor", caseId, "Task_ReviewRequest");

        assertHiddenFromMyanmar(caseId, review);
        JsonNode audited = as("auditor").get("/api/v1/cases/" + caseId).json();
        assertThat(audited.toString()).as("the auditor sees China's review").contains("Task_ReviewRequest");
    }

    @Test
    void myanmarSeesAnExtraditionFromItsTransmissionOnButNotChinasDeliberation() throws Exception {
        CaseScenario scenario = scenario();
        String caseId = scenario.submit(
                        "/api/v1/extraditions",
                        "demo-cn-mps",
                        null,
                        ExtraditionRequestBodies.aRequestFromChinaForAChineseNationalInMyanmar())
                .caseId();
        scenario.runJobs(caseId);
        scenario.completeOk("cn.supervisor", caseId, "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));
        String requesting = instance(caseId, ExtraditionProcesses.Requesting.PROCESS_ID);
        String reference = reference(caseId);

        for (TestApi myanmar : List.of(as("mm.officer"), as("mm.supervisor"), withToken("demo-mm-mpf"))) {
            TestApi.Response read = myanmar.get("/api/v1/cases/" + caseId);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.json().path("status").asText()).isEqualTo("REQUEST_SENT");
            assertThat(read.json().path("exchanges").findValuesAsText("message"))
                    .containsExactly("ExtraditionRequestReceived");
            assertThat(read.json().path("documents").findValuesAsText("type")).containsExactly("EXTRADITION_REQUEST");
            assertThat(read.json().path("createdBy").isNull()).isTrue();
            assertThat(read.json().path("createdAt").asText())
                    .isEqualTo(read.json().path("transmittedAt").asText());
            assertNothingOf(read.body(), "CN", requesting, "ExtraditionRequestProcess", "Task_ReviewRequest");
            assertThat(myanmar.get("/api/v1/cases?reference=" + reference)
                            .json()
                            .path("total")
                            .asLong())
                    .isOne();
            assertThat(myanmar.get("/api/v1/cases/" + caseId + "/documents").status())
                    .isEqualTo(200);
        }
        assertThat(scenario.taskKeys("mm.officer", caseId)).containsExactly("Task_CheckCompleteness");
        Map<String, Object> atMostTenYears = ExtraditionRequestBodies.anAssurance("SENTENCE");
        atMostTenYears.put("maxTermMonths", 120);
        assertThat(withToken("demo-cn-mps")
                        .post("/api/v1/extraditions/" + caseId + "/assurances", atMostTenYears)
                        .status())
                .isEqualTo(201);
        TestApi.Response assured = as("mm.officer").get("/api/v1/cases/" + caseId);
        assertThat(assured.json().path("assurances").path("given").findValuesAsText("kind"))
                .containsExactly("SENTENCE");
        assertThat(assured.json()
                        .path("assurances")
                        .path("given")
                        .get(0)
                        .path("recordedBy")
                        .isNull())
                .isTrue();
        assertNothingOf(assured.body(), "CN", requesting);
        String html = page("mm.officer", "/cases/" + caseId).getContentAsString();
        assertThat(html)
                .contains(reference)
                .contains("Request for extradition")
                .contains("Request for Extradition")
                .contains("Received");
        assertNothingOf(
                html, "CN", requesting, "Requesting state: extradition request", "Review the extradition request");

        scenario.completeOk(
                "mm.officer",
                caseId,
                "Task_CheckCompleteness",
                Map.of("completeness", "INCOMPLETE", "missingItems", "Certified copy of the arrest warrant"));
        String requested = instance(caseId, ExtraditionProcesses.Requested.PROCESS_ID);
        TestApi.Response china = as("cn.officer").get("/api/v1/cases/" + caseId);
        assertThat(china.json().path("exchanges").findValuesAsText("message"))
                .containsExactly("ExtraditionRequestReceived", "SupplementaryInformationRequested");
        assertThat(china.json().path("createdBy").asText()).isEqualTo("cn-mps");
        assertNothingOf(china.body(), "MM", requested, "ExtraditionExaminationProcess", "Task_CheckCompleteness");
        assertNothingOf(
                page("cn.officer", "/cases/" + caseId).getContentAsString(),
                "MM",
                requested,
                "Requested state: examination of the request",
                "Check the request for completeness");

        String everything = as("auditor").get("/api/v1/cases/" + caseId).body();
        assertThat(everything).contains(requesting).contains(requested).contains("cn-mps");
        assertThat(page("auditor", "/cases/" + caseId).getContentAsString())
                .contains("Requesting state: extradition request")
                .contains("Requested state: examination of the request");
    }

    /**
     * Transmission is the first message, not a status: a provisional-arrest request goes to China
     * ahead of Myanmar's review of the formal request (S10 Art. 30), so China sees the case while
     * Myanmar's review is still open, and sees nothing of that review.
     */
    @Test
    void chinaSeesAProvisionalArrestRequestOnArrivalButNotMyanmarsReviewOfTheFormalRequest() throws Exception {
        CaseScenario scenario = scenario();
        Map<String, Object> body = ExtraditionRequestBodies.aRequestFromMyanmarForAChineseNational();
        body.put("urgency", "PROVISIONAL_ARREST");
        body.put("channel", "INTERPOL");
        String caseId = scenario.submit("/api/v1/extraditions", "demo-mm-mpf", null, body)
                .caseId();
        scenario.runJobs(caseId);
        String review = scenario.taskId("mm.supervisor", caseId, "Task_ReviewRequest");

        TestApi.Response china = as("cn.officer").get("/api/v1/cases/" + caseId);
        assertThat(china.status()).isEqualTo(200);
        assertThat(china.json().path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(china.json().path("exchanges").findValuesAsText("message"))
                .containsExactly("ExtraditionRequestReceived");
        assertThat(china.json().path("openTasks").findValuesAsText("taskKey"))
                .containsExactly("Task_RecordProvisionalArrest");
        assertNothingOf(
                china.body(),
                "MM",
                instance(caseId, ExtraditionProcesses.Requesting.PROCESS_ID),
                "Task_ReviewRequest",
                review);
        assertNothingOf(
                page("cn.supervisor", "/cases/" + caseId).getContentAsString(),
                "MM",
                instance(caseId, ExtraditionProcesses.Requesting.PROCESS_ID),
                "Review the extradition request",
                review);
    }

    @Test
    void myanmarCannotFindAnMlaRequestBeforeTheLetterOfRequestIsSentAndThenSeesOnlyTheExchange() throws Exception {
        CaseScenario scenario = scenario();
        String caseId = scenario.submit(
                        "/api/v1/mla-requests",
                        "demo-cn-mps",
                        null,
                        MlaRequestBodies.aRequestFromChinaForBankAndTelecomRecords())
                .caseId();
        scenario.runJobs(caseId);
        assertHiddenFromMyanmar(caseId, scenario.taskId("cn.supervisor", caseId, "Task_ReviewRequest"));

        scenario.completeOk("cn.supervisor", caseId, "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));
        String requesting = instance(caseId, MlaProcesses.Requesting.PROCESS_ID);
        for (TestApi myanmar : List.of(as("mm.officer"), as("mm.supervisor"), withToken("demo-mm-mpf"))) {
            TestApi.Response read = myanmar.get("/api/v1/cases/" + caseId);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.json().path("exchanges").findValuesAsText("message"))
                    .containsExactly("MlaRequestReceived");
            assertThat(read.json().path("documents").findValuesAsText("type")).containsExactly("MLA_LETTER_OF_REQUEST");
            assertNothingOf(read.body(), "CN", requesting, "MlaRequestProcess", "Task_ReviewRequest");
        }
        assertThat(scenario.taskKeys("mm.officer", caseId)).containsExactly("Task_AssessRequest");
        String html = page("mm.officer", "/cases/" + caseId).getContentAsString();
        assertThat(html).contains("Letter of request");
        assertNothingOf(html, "CN", requesting, "MlaRequestProcess", "Task_ReviewRequest");
        StoredDocument letter = archive.listFor(UUID.fromString(caseId)).get(0);
        assertThat(page("mm.officer", "/documents/" + letter.id()).getStatus()).isEqualTo(200);

        String china = as("cn.officer").get("/api/v1/cases/" + caseId).body();
        assertNothingOf(
                china,
                "MM",
                instance(caseId, MlaProcesses.Requested.PROCESS_ID),
                "MlaExecutionProcess",
                "Task_AssessRequest");
    }

    /**
     * A joint operation is transmitted when Myanmar opens it: China verifies each person's
     * nationality as the first step. Each state then sees the joint processes, but only its own open
     * tasks, and the other's tasks never appear in the stages.
     */
    @Test
    void bothStatesSeeAJointOperationFromItsOpeningButOnlyTheirOwnTasks() throws Exception {
        String id = RepatriationFixtures.open(
                withToken("demo-mm-mpf"),
                RepatriationFixtures.theSeedOperation("Visibility IT", DemoOperationGenerator.persons(4_301, 2)));
        String verification = RepatriationFixtures.taskIds(
                        as("cn.officer"), id, RepatriationModel.TASK_VERIFY_NATIONALITY)
                .get(0);
        assertThat(as("cn.officer")
                        .post(
                                "/api/v1/tasks/" + verification + "/complete",
                                Map.of(
                                        "nationalityVerification",
                                        "MORE_INFORMATION_NEEDED",
                                        "remarks",
                                        "No document found"))
                        .status())
                .isEqualTo(204);
        RepatriationFixtures.runJobs(management);
        String identity = RepatriationFixtures.taskIds(as("mm.officer"), id, "Task_ProvideIdentityInformation")
                .get(0);

        TestApi.Response china = as("cn.officer").get("/api/v1/cases/" + id);
        assertThat(china.status()).isEqualTo(200);
        assertThat(china.json().path("openTasks").findValuesAsText("taskKey")).containsOnly("Task_VerifyNationality");
        assertThat(china.json().path("createdBy").isNull()).isTrue();
        assertNothingOf(china.body(), "MM", null, "Task_ProvideIdentityInformation", identity);
        assertThat(as("cn.officer").get("/api/v1/cases?type=REPATRIATION").body())
                .contains(id);

        TestApi.Response myanmar = withToken("demo-mm-mpf").get("/api/v1/cases/" + id);
        assertThat(myanmar.json().path("openTasks").findValuesAsText("taskKey"))
                .containsOnly("Task_ProvideIdentityInformation", "Task_CloseOperation");
        assertThat(myanmar.body()).doesNotContain("Task_VerifyNationality").doesNotContain("CN-officer");
        assertThat(page("mm.officer", "/cases/" + id).getContentAsString())
                .doesNotContain(verification)
                .doesNotContain("cn.officer");

        assertThat(as("auditor")
                        .get("/api/v1/cases/" + id)
                        .json()
                        .path("openTasks")
                        .findValuesAsText("taskKey"))
                .contains("Task_VerifyNationality", "Task_ProvideIdentityInformation");
        long before = lastSequence();
        assertThat(as("cn.officer").get("/api/v1/tasks/" + identity).status()).isEqualTo(404);
        assertDenied(before, "cn.officer", "task.read.denied", "TASK", identity, id);
    }

    @Test
    void aRefusedDocumentDownloadIsAuditedAndAnUnknownIdIsNot() {
        String caseId =
                new ExtraditionCaseScenario(port, runtime, management, archive).awaitingSupplementaryInformation();
        StoredDocument document = archive.listFor(UUID.fromString(caseId)).get(0);
        jdbc.sql("UPDATE comity_case SET transmitted_at = NULL WHERE id = ?")
                .param(UUID.fromString(caseId))
                .update();
        try {
            long before = lastSequence();
            TestApi.Response refused = withToken("demo-mm-mpf").get("/api/v1/documents/" + document.id());
            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.body()).doesNotContain(caseId).doesNotContain(document.sha256());
            assertDenied(
                    before,
                    "mm-mpf",
                    "document.read.denied",
                    "DOCUMENT",
                    document.id().toString(),
                    caseId);

            long unknown = lastSequence();
            assertThat(as("mm.officer")
                            .get("/api/v1/documents/" + UUID.randomUUID())
                            .status())
                    .isEqualTo(404);
            assertThat(as("mm.officer")
                            .get("/api/v1/cases/" + UUID.randomUUID())
                            .status())
                    .isEqualTo(404);
            assertThat(lastSequence())
                    .as("nothing to audit about an id that does not exist")
                    .isEqualTo(unknown);
        } finally {
            jdbc.sql("UPDATE comity_case SET transmitted_at = created_at WHERE id = ?")
                    .param(UUID.fromString(caseId))
                    .update();
        }
    }

    /** The API, the tasklist, the lists and the task search all behave as if the case did not exist. */
    private void assertHiddenFromMyanmar(String caseId, String chinasTask) throws Exception {
        String reference = reference(caseId);
        List<TestApi> callers = new ArrayList<>();
        for (String person : MYANMAR_PEOPLE) {
            callers.add(as(person));
        }
        callers.add(withToken("demo-mm-mpf"));
        for (TestApi myanmar : callers) {
            long before = lastSequence();
            TestApi.Response read = myanmar.get("/api/v1/cases/" + caseId);
            assertThat(read.status()).isEqualTo(404);
            assertThat(read.body()).doesNotContain(reference).doesNotContain("Task_ReviewRequest");
            assertThat(myanmar.get("/api/v1/cases/" + caseId + "/documents").status())
                    .isEqualTo(404);
            assertThat(myanmar.get("/api/v1/cases?reference=" + reference)
                            .json()
                            .path("total")
                            .asLong())
                    .isZero();
            assertThat(myanmar.get("/api/v1/cases?size=100").body()).doesNotContain(caseId);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE seq > ? AND action = 'case.read.denied'"
                                    + " AND object_id = ?")
                            .params(before, caseId)
                            .query(Long.class)
                            .single())
                    .isEqualTo(2);
        }
        for (String person : MYANMAR_PEOPLE) {
            assertThat(as(person)
                            .get("/api/v1/tasks?caseId=" + caseId)
                            .json()
                            .path("total")
                            .asLong())
                    .isZero();
            assertThat(as(person)
                            .get("/api/v1/tasks?caseId=" + reference)
                            .json()
                            .path("total")
                            .asLong())
                    .isZero();
            long before = lastSequence();
            assertThat(as(person).get("/api/v1/tasks/" + chinasTask).status()).isEqualTo(404);
            assertDenied(before, person, "task.read.denied", "TASK", chinasTask, caseId);
            MockHttpServletResponse casePage = page(person, "/cases/" + caseId);
            assertThat(casePage.getStatus()).isEqualTo(404);
            assertThat(casePage.getContentAsString()).doesNotContain(reference);
            assertThat(page(person, "/cases?reference=" + reference).getContentAsString())
                    .doesNotContain(caseId);
            assertThat(page(person, "/tasks?caseId=" + reference).getContentAsString())
                    .doesNotContain(chinasTask);
        }
        long before = lastSequence();
        assertThat(page("mm.officer", "/cases/" + caseId).getStatus()).isEqualTo(404);
        assertDenied(before, "mm.officer", "case.read.denied", "CASE", caseId, caseId);
    }

    /** The text names none of the other state's users, agency, process instance or the given internals. */
    private static void assertNothingOf(String text, String otherState, String processInstanceId, String... internals) {
        String prefix = otherState.toLowerCase();
        assertThat(text)
                .doesNotContain(prefix + ".officer")
                .doesNotContain(prefix + ".supervisor")
                .doesNotContain(prefix + "-mps")
                .doesNotContain(prefix + "-mpf")
                .doesNotContain(otherState + "-officer")
                .doesNotContain(otherState + "-supervisor");
        if (processInstanceId != null) {
            assertThat(text).doesNotContain(processInstanceId);
        }
        for (String internal : internals) {
            assertThat(text).doesNotContain(internal);
        }
    }

    private void assertDenied(
            long after, String actor, String action, String objectType, String objectId, String caseId) {
        List<Map<String, Object>> rows = jdbc.sql("SELECT actor_id, category, action, object_type, object_id, case_id,"
                        + " purpose, recorded_at FROM audit_log WHERE seq > ? AND action = ?")
                .params(after, action)
                .query()
                .listOfRows();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0))
                .containsEntry("ACTOR_ID", actor)
                .containsEntry("CATEGORY", "CONSULTATION")
                .containsEntry("OBJECT_TYPE", objectType)
                .containsEntry("OBJECT_ID", objectId)
                .containsEntry("CASE_ID", UUID.fromString(caseId))
                .containsEntry("PURPOSE", "Refused: not visible to the caller");
        assertThat(rows.get(0).get("RECORDED_AT")).isNotNull();
        assertThat(as("auditor")
                        .get("/api/v1/audit/verify")
                        .json()
                        .path("valid")
                        .asBoolean())
                .isTrue();
    }

    private MockHttpServletResponse page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(user(people.loadUserByUsername(user))))
                .andReturn()
                .getResponse();
    }

    private String reference(String caseId) {
        return jdbc.sql("SELECT reference FROM comity_case WHERE id = ?")
                .param(UUID.fromString(caseId))
                .query(String.class)
                .single();
    }

    private String instance(String caseId, String processKey) {
        return history
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseId)
                .processDefinitionKey(processKey)
                .list()
                .stream()
                .map(HistoricProcessInstance::getId)
                .findFirst()
                .orElseThrow();
    }

    private long lastSequence() {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM audit_log")
                .query(Long.class)
                .single();
    }
}
