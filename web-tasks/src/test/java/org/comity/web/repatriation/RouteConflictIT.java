package org.comity.web.repatriation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.web.repatriation.RepatriationFixtures.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.comity.core.repatriation.RepatriationModel;
import org.comity.core.repatriation.request.PersonInput;
import org.comity.core.routeconflict.RouteConflictModel;
import org.comity.web.TestApi;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.comity.web.extradition.ExtraditionRequestBodies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * legal-domain.md §10 item 22 through the API: a person of a repatriation who is also sought by a
 * pending extradition request to the holding state is held back from the handover and a supervisor
 * of the holding state decides the route with reasons — whichever arrives first, the request or the
 * person. Names match across scripts and spellings (same date of birth), or by document number.
 */
class RouteConflictIT extends WebIT {

    @Autowired
    ManagementService management;

    @Autowired
    HistoryService history;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void deleteOpenProcesses() {
        RepatriationFixtures.deleteRepatriationProcesses(runtime);
    }

    @Test
    void holdsBackAPlannedPersonWhenAnExtraditionRequestForThemArrivesAndWithdrawsThemWhenExtraditionGoesFirst() {
        TestApi china = as("cn.officer");
        TestApi myanmar = as("mm.officer");
        TestApi supervisor = as("mm.supervisor");
        String id = open(
                withToken("demo-mm-mpf"),
                theSeedOperation(
                        "Route conflict after planning",
                        List.of(
                                person("欧阳 修远", "OUYANG Xiu-yuan", "1983-02-28", List.of()),
                                person("司马光明", "SIMA Guangming", "1979-11-11", List.of()),
                                person("欧阳修远", "OUYANG Xiuyuan", "1984-02-28", List.of()))));
        Map<String, String> ids = personIds(china, id);
        String sought = ids.get("OUYANG Xiu-yuan");
        String other = ids.get("SIMA Guangming");
        String namesake = ids.get("OUYANG Xiuyuan");
        makeReady(china, myanmar, sought);
        makeReady(china, myanmar, other);
        makeReady(china, myanmar, namesake);
        String transfer = supervisor
                .post(
                        "/api/v1/repatriations/" + id + "/transfers",
                        aTransfer("Daluo port", "LAND", 3, List.of(sought, other, namesake)))
                .json()
                .get("id")
                .asText();

        String extradition = receivedExtradition(
                ExtraditionRequestBodies.aRequestFromChinaFor("欧阳修远", "Ouyang Xiuyuan", "1983-02-28"));

        JsonNode conflicts = supervisor
                .get("/api/v1/repatriations/" + id + "/route-conflicts")
                .json();
        assertThat(conflicts.findValuesAsText("personId"))
                .as("the namesake born a year later is not held")
                .containsExactly(sought);
        assertThat(conflicts.get(0).get("status").asText()).isEqualTo("OPEN");
        assertThat(conflicts.get(0).get("extraditionCaseId").asText()).isEqualTo(extradition);
        assertThat(conflicts.get(0).get("transferId").asText()).isEqualTo(transfer);
        assertThat(china.get("/api/v1/repatriations/" + id + "/route-conflicts").status())
                .isEqualTo(403);
        assertThat(audited("route.conflict", id)).containsExactly("COMBINATION");

        complete(supervisor, id, RepatriationModel.TASK_APPROVE_TRANSFER_PLAN, Map.of("planDecision", "APPROVE"));
        runJobs(management);
        complete(myanmar, id, RepatriationModel.TASK_EXECUTE_HANDOVER, handedOver(2));
        String receipt = "/api/v1/repatriations/" + id + "/transfers/" + transfer + "/receipt";
        assertThat(china.post(receipt, Map.of("receivedCount", 3))
                        .json()
                        .get("errors")
                        .findValuesAsText("rule"))
                .containsExactly("ManifestCount");
        assertThat(china.post(
                                receipt,
                                Map.of(
                                        "receivedCount",
                                        1,
                                        "notReceived",
                                        List.of(Map.of("personId", sought, "reason", "Not here"))))
                        .json()
                        .get("errors")
                        .findValuesAsText("rule"))
                .containsExactly("HeldBack");
        assertThat(china.post(receipt, Map.of("receivedCount", 2)).status()).isEqualTo(204);
        runJobs(management);

        String decision = openTask(id, RouteConflictModel.TASK_DECIDE_ROUTE);
        assertThat(china.post(
                                "/api/v1/tasks/" + decision + "/complete",
                                Map.of("route", "EXTRADITION_FIRST", "reasons", "x"))
                        .status())
                .as("the receiving state does not decide")
                .isEqualTo(404);
        TestApi.Response noReasons =
                supervisor.post("/api/v1/tasks/" + decision + "/complete", Map.of("route", "EXTRADITION_FIRST"));
        assertThat(noReasons.json().get("errors").findValuesAsText("field")).containsExactly("reasons");
        assertThat(supervisor
                        .post(
                                "/api/v1/tasks/" + decision + "/complete",
                                Map.of(
                                        "route",
                                        "EXTRADITION_FIRST",
                                        "reasons",
                                        "The formal request concerns the leader of the Daluo fraud ring."))
                        .status())
                .isEqualTo(204);
        runJobs(management);

        JsonNode decided = supervisor
                .get("/api/v1/repatriations/" + id + "/route-conflicts")
                .json()
                .get(0);
        assertThat(decided.get("status").asText()).isEqualTo("DECIDED");
        assertThat(decided.get("decision").asText()).isEqualTo("EXTRADITION_FIRST");
        assertThat(decided.get("decidedBy").asText()).isEqualTo("mm.supervisor");
        JsonNode stages = as("auditor")
                .get("/api/v1/operations/" + id + "/metrics")
                .json()
                .get("personsPerStage");
        assertThat(stages.get("HELD_FOR_EXTRADITION").asLong()).isEqualTo(1);
        assertThat(stages.get("REPATRIATED").asLong()).isEqualTo(2);
        assertThat(audited("route.decide", id)).containsExactly("ALTERATION");
        assertThat(audited("route.apply", id)).containsExactly("ALTERATION");
    }

    @Test
    void holdsBackANewPersonSoughtByAReceivedRequestUntilTheSupervisorLetsTheRepatriationProceed() {
        String passport = "E" + (10_000_000 + Math.floorMod(UUID.randomUUID().hashCode(), 89_999_999));
        Map<String, Object> body = ExtraditionRequestBodies.aRequestFromChinaFor("诸葛明", "Zhuge Ming", "1991-07-07");
        @SuppressWarnings("unchecked")
        Map<String, Object> sought = new HashMap<>((Map<String, Object>) body.get("person"));
        sought.put("nameInLatinScript", "Chu-ko Ming");
        sought.put("dateOfBirth", "1991-07-08");
        sought.put("identityDocuments", List.of(Map.of("type", "PASSPORT", "number", passport, "issuingState", "CN")));
        body.put("person", sought);
        String unsent = submit(ExtraditionRequestBodies.aRequestFromChinaFor("上官云", "Shangguan Yun", "1990-01-01"));
        receivedExtradition(body);

        TestApi china = as("cn.officer");
        TestApi myanmar = as("mm.officer");
        TestApi supervisor = as("mm.supervisor");
        String id = open(
                withToken("demo-mm-mpf"),
                theSeedOperation(
                        "Route conflict on intake",
                        List.of(
                                person(
                                        "诸葛明",
                                        "ZHUGE Ming",
                                        "1991-07-07",
                                        List.of(new PersonInput.DocumentInput(
                                                "PASSPORT",
                                                passport,
                                                TestClock.todayInChina()
                                                        .plusYears(3)
                                                        .toString()))),
                                person("上官云", "SHANGGUAN Yun", "1990-01-01", List.of()))));
        Map<String, String> ids = personIds(china, id);
        String zhuge = ids.get("ZHUGE Ming");
        assertThat(supervisor
                        .get("/api/v1/repatriations/" + id + "/route-conflicts")
                        .json()
                        .findValuesAsText("personId"))
                .as("matched by passport; a request not yet sent by the requesting state is not pending here")
                .containsExactly(zhuge);
        assertThat(unsent).isNotBlank();
        makeReady(china, myanmar, zhuge);
        assertThat(supervisor
                        .get("/api/v1/repatriations/" + id + "/persons?readyForTransfer=true")
                        .json()
                        .findValuesAsText("id"))
                .doesNotContain(zhuge);
        TestApi.Response held = supervisor.post(
                "/api/v1/repatriations/" + id + "/transfers", aTransfer("Daluo port", "LAND", 1, List.of(zhuge)));
        assertThat(held.json().get("errors").findValuesAsText("rule")).containsExactly("RouteConflict");

        complete(
                supervisor,
                id,
                RouteConflictModel.TASK_DECIDE_ROUTE,
                Map.of(
                        "route",
                        "NOT_THE_SAME_PERSON",
                        "reasons",
                        "Different father's name and place of birth; the passport was stolen in 2024."));
        runJobs(management);

        assertThat(supervisor
                        .post(
                                "/api/v1/repatriations/" + id + "/transfers",
                                aTransfer("Daluo port", "LAND", 1, List.of(zhuge)))
                        .status())
                .isEqualTo(201);
    }

    /** Opens the request and lets the requesting supervisor send it: the requested state has received it. */
    private String receivedExtradition(Map<String, Object> body) {
        String caseId = submit(body);
        runJobs(management);
        String review = openTask(caseId, "Task_ReviewRequest");
        assertThat(as("cn.supervisor")
                        .post("/api/v1/tasks/" + review + "/complete", Map.of("reviewDecision", "APPROVE"))
                        .status())
                .isEqualTo(204);
        runJobs(management);
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processDefinitionKey("ExtraditionExaminationProcess")
                        .processInstanceBusinessKey(caseId)
                        .count())
                .isEqualTo(1);
        return caseId;
    }

    private String submit(Map<String, Object> body) {
        TestApi.Response created = withToken("demo-cn-mps").post("/api/v1/extraditions", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private List<String> audited(String action, String caseId) {
        return jdbc.sql("SELECT category FROM audit_log WHERE action = ? AND case_id = ? ORDER BY seq")
                .params(action, UUID.fromString(caseId))
                .query(String.class)
                .list();
    }

    private void makeReady(TestApi china, TestApi myanmar, String personId) {
        assertThat(china.post(
                                "/api/v1/tasks/" + taskOf(personId, RepatriationModel.TASK_VERIFY_NATIONALITY)
                                        + "/complete",
                                Map.of("nationalityVerification", "CONFIRMED"))
                        .status())
                .isEqualTo(204);
        assertThat(china.post(
                                "/api/v1/tasks/" + taskOf(personId, RepatriationModel.TASK_ISSUE_TRAVEL_DOCUMENT)
                                        + "/complete",
                                Map.of(
                                        "travelDocumentType",
                                        "EMERGENCY_TRAVEL_DOCUMENT",
                                        "travelDocumentNumber",
                                        "ET" + personId.substring(0, 8).toUpperCase(),
                                        "travelDocumentExpiry",
                                        TestClock.todayInChina().plusYears(1).toString()))
                        .status())
                .isEqualTo(204);
        assertThat(myanmar.post(
                                "/api/v1/tasks/" + taskOf(personId, RepatriationModel.TASK_CLEAR_FOR_TRANSFER)
                                        + "/complete",
                                cleared())
                        .status())
                .isEqualTo(204);
    }

    private void complete(TestApi actor, String caseId, String taskKey, Map<String, Object> values) {
        TestApi.Response done = actor.post("/api/v1/tasks/" + openTask(caseId, taskKey) + "/complete", values);
        assertThat(done.status()).as(done.body()).isEqualTo(204);
    }

    private String taskOf(String personId, String taskKey) {
        return RepatriationFixtures.taskOf(tasks, personId, taskKey);
    }

    private static PersonInput person(
            String original, String latin, String dob, List<PersonInput.DocumentInput> documents) {
        return new PersonInput(original, latin, "MALE", dob, "CN", documents, "Muse Hotel Block", "SUSPECT");
    }
}
