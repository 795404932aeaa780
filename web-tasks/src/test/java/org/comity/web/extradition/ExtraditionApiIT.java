package org.comity.web.extradition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.comity.core.archive.DocumentArchive;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The extradition API and both processes on H2, through HTTP, as the demo agencies and officers. */
class ExtraditionApiIT extends WebIT {

    @Autowired
    ManagementService management;

    @Autowired
    DocumentArchive archive;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.comity.core.task.TaskWork work;

    ExtraditionCaseScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new ExtraditionCaseScenario(port, runtime, management, archive);
    }

    @Test
    void drivesAGrantedCaseToSurrenderAndIssuesEveryDocument() {
        String caseId = scenario.grantedAndSurrendered();

        JsonNode view = withToken("demo-cn-mps").get("/api/v1/cases/" + caseId).json();
        assertThat(view.path("type").asText()).isEqualTo("EXTRADITION");
        assertThat(view.path("status").asText()).isEqualTo("SURRENDERED");
        assertThat(view.path("sides").findValuesAsText("endActivity"))
                .as("China's own side only")
                .containsExactly("EndEvent_Surrendered");
        assertThat(as("auditor")
                        .get("/api/v1/cases/" + caseId)
                        .json()
                        .path("sides")
                        .findValuesAsText("endActivity"))
                .containsExactly("EndEvent_Surrendered", "EndEvent_Surrendered");
        assertThat(view.path("documents").size()).isEqualTo(4);
        scenario.assertDocumentsOfGrantedCase(caseId, view.path("reference").asText());
    }

    @Test
    void createsOneCasePerIdempotencyKey() {
        Map<String, Object> body = ExtraditionRequestBodies.aRequestFromChinaForAChineseNationalInMyanmar();
        String key = "key-" + UUID.randomUUID();
        var first = scenario.submit("demo-cn-mps", key, body);
        var again = scenario.submit("demo-cn-mps", key, body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.caseId()).isEqualTo(first.caseId());
        body.put("factsSummary", "Something else entirely.");
        assertThat(scenario.submit("demo-cn-mps", key, body).status()).isEqualTo(422);
    }

    @Test
    void rejectsAnInvalidRequestNamingEachFieldAndStoresNothing() {
        long before = jdbc.sql("SELECT COUNT(*) FROM extradition_request")
                .query(Long.class)
                .single();
        Map<String, Object> body =
                new HashMap<>(ExtraditionRequestBodies.aRequestFromChinaForAChineseNationalInMyanmar());
        body.put("requestedState", "CN");
        body.remove("warrant");
        var response = scenario.submit("demo-cn-mps", null, body);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("errors").findValuesAsText("field")).contains("requestedState", "warrant");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM extradition_request")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void acceptsRequestsOnlyFromTheRequestingStatesAgencyOrOfficers() {
        Map<String, Object> body = ExtraditionRequestBodies.aRequestFromChinaForAChineseNationalInMyanmar();
        assertThat(scenario.submit("demo-mm-mpf", null, body).status()).isEqualTo(403);
        assertThat(scenario.submit("cn.supervisor:demo", null, body).status()).isEqualTo(403);
        assertThat(scenario.submit("auditor:demo", null, body).status()).isEqualTo(403);
        assertThat(scenario.submit("cn.officer:demo", null, body).status()).isEqualTo(201);
    }

    @Test
    void hidesACaseFromStatesThatAreNotParties() {
        var created = scenario.submit(
                "demo-cn-mps", null, ExtraditionRequestBodies.aRequestFromChinaForAChineseNationalInMyanmar());
        String caseId = created.caseId();
        scenario.runJobs(caseId);
        assertThat(as("mm.officer").get("/api/v1/cases/" + caseId).status())
                .as("still in China's review")
                .isEqualTo(404);
        scenario.completeOk("cn.supervisor", caseId, "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));
        assertThat(as("mm.officer").get("/api/v1/cases/" + caseId).status())
                .as("sent to Myanmar")
                .isEqualTo(200);
        assertThat(as("auditor").get("/api/v1/cases/" + caseId).status()).isEqualTo(200);
        assertThat(as("cn.officer").get("/api/v1/cases/" + UUID.randomUUID()).status())
                .isEqualTo(404);
        JsonNode list = withToken("demo-cn-mps")
                .get("/api/v1/cases?type=EXTRADITION&size=100")
                .json();
        assertThat(list.path("items").findValuesAsText("id")).contains(caseId);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'case.read' AND case_id = ?")
                        .param(UUID.fromString(caseId))
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void refusesAnExtraditableRulingWhileTheNationalityGroundStands() {
        var created =
                scenario.submit("demo-mm-mpf", null, ExtraditionRequestBodies.aRequestFromMyanmarForAChineseNational());
        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        String caseId = created.caseId();
        scenario.runJobs(caseId);
        scenario.completeOk("mm.supervisor", caseId, "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));
        scenario.completeOk(
                "cn.officer",
                caseId,
                "Task_CheckCompleteness",
                Map.of("completeness", "COMPLETE", "dualCriminality", true, "maximumPenaltyInRequestedLawMonths", 120));

        Map<String, Object> extraditable = Map.of(
                "ruling",
                "EXTRADITABLE",
                "court",
                "Yunnan Higher People's Court",
                "rulingDate",
                TestClock.todayInChina().toString(),
                "reasons",
                "Conditions met.");
        var rejected = scenario.complete("cn.officer", caseId, "Task_JudicialReview", extraditable);
        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.json().path("errors").findValuesAsText("field")).containsExactly("ruling");
        assertThat(rejected.body()).contains("NAT");

        scenario.completeOk(
                "cn.officer",
                caseId,
                "Task_JudicialReview",
                Map.of(
                        "ruling",
                        "NOT_EXTRADITABLE",
                        "court",
                        "Yunnan Higher People's Court",
                        "rulingDate",
                        TestClock.todayInChina().toString(),
                        "reasons",
                        "The person is a Chinese national."));
        JsonNode view = as("auditor").get("/api/v1/cases/" + caseId).json();
        assertThat(view.path("status").asText()).isEqualTo("REFUSED");
        assertThat(view.path("sides").findValuesAsText("endActivity"))
                .containsExactly("EndEvent_Refused", "EndEvent_Refused");
        assertThat(scenario.documentTexts(caseId).get("EXTRADITION_DECISION"))
                .contains("NAT")
                .contains("The person is a Chinese national");
    }

    @Test
    void requiresGroundsReasonsAndRationaleForADiscretionaryRefusal() {
        var created = scenario.submit(
                "demo-cn-mps", null, ExtraditionRequestBodies.aRequestFromChinaForAChineseNationalInMyanmar());
        String caseId = created.caseId();
        scenario.runJobs(caseId);
        scenario.completeOk("cn.supervisor", caseId, "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));
        scenario.completeOk(
                "mm.officer",
                caseId,
                "Task_CheckCompleteness",
                Map.of(
                        "completeness",
                        "COMPLETE",
                        "dualCriminality",
                        true,
                        "maximumPenaltyInRequestedLawMonths",
                        120,
                        "prosecutionPendingInRequestedState",
                        true));
        scenario.completeOk(
                "mm.officer",
                caseId,
                "Task_JudicialReview",
                Map.of(
                        "ruling",
                        "EXTRADITABLE",
                        "court",
                        "Yangon Region High Court",
                        "rulingDate",
                        TestClock.todayInMyanmar().toString(),
                        "reasons",
                        "Met."));

        var bare = scenario.complete("mm.supervisor", caseId, "Task_ExecutiveDecision", Map.of("decision", "REFUSE"));
        assertThat(bare.status()).isEqualTo(422);
        assertThat(bare.json().path("errors").findValuesAsText("field")).contains("groundCodes", "reasons");
        var noRationale = scenario.complete(
                "mm.supervisor",
                caseId,
                "Task_ExecutiveDecision",
                Map.of("decision", "REFUSE", "groundCodes", java.util.List.of("PEND"), "reasons", "Pending here."));
        assertThat(noRationale.status()).isEqualTo(422);
        assertThat(noRationale.json().path("errors").findValuesAsText("field")).containsExactly("rationale");

        scenario.completeOk(
                "mm.supervisor",
                caseId,
                "Task_ExecutiveDecision",
                Map.of(
                        "decision",
                        "REFUSE",
                        "groundCodes",
                        java.util.List.of("PEND"),
                        "reasons",
                        "Proceedings are pending in Myanmar.",
                        "rationale",
                        "The domestic prosecution takes priority."));
        assertThat(as("auditor")
                        .get("/api/v1/cases/" + caseId)
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("REFUSED");
    }

    @Test
    void releasesAProvisionallyArrestedPersonOnDay31WithANotice() {
        String caseId = scenario.provisionalArrestReleasedOnDay31();
        JsonNode view = as("auditor").get("/api/v1/cases/" + caseId).json();
        assertThat(view.path("status").asText()).isEqualTo("RELEASED");
        assertThat(view.path("sides").findValuesAsText("endActivity")).contains("EndEvent_Released");
        assertThat(scenario.documentTexts(caseId).get("PROVISIONAL_ARREST_RELEASE_NOTICE"))
                .contains("Zhang Wei");
    }

    @Test
    void extendsTheSupplementaryWindowOnceAtTheRequestingStatesRequest() {
        var created = scenario.submit(
                "demo-cn-mps", null, ExtraditionRequestBodies.aRequestFromChinaForAChineseNationalInMyanmar());
        String caseId = created.caseId();
        String extension = "/api/v1/extraditions/" + caseId + "/supplementary-information/extension";
        scenario.runJobs(caseId);
        assertThat(withToken("demo-cn-mps").post(extension, Map.of()).status()).isEqualTo(409);
        scenario.completeOk("cn.supervisor", caseId, "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));
        scenario.completeOk(
                "mm.officer",
                caseId,
                "Task_CheckCompleteness",
                Map.of("completeness", "INCOMPLETE", "missingItems", "Fingerprints"));

        assertThat(withToken("demo-mm-mpf").post(extension, Map.of()).status()).isEqualTo(403);
        assertThat(withToken("demo-cn-mps").post(extension, Map.of()).status()).isEqualTo(204);
        var second = withToken("demo-cn-mps").post(extension, Map.of());
        assertThat(second.status()).isEqualTo(422);
        assertThat(second.body()).contains("already been granted");
        JsonNode deadlines =
                as("mm.officer").get("/api/v1/cases/" + caseId).json().path("deadlines");
        assertThat(deadlines.findValuesAsText("what")).contains("Timer_SupplementaryInformationWindow");
        assertThat(as("cn.officer")
                        .get("/api/v1/cases/" + caseId)
                        .json()
                        .path("deadlines")
                        .findValuesAsText("what"))
                .doesNotContain("Timer_SupplementaryInformationWindow");
    }

    /**
     * Four-eyes where one person holds both roles: the groups alone would let them through, the
     * completion rule does not (DESIGN §4.1).
     */
    @Test
    void refusesAReviewOrDecisionByWhoeverDraftedOrRecordedTheStepBefore() {
        var created = scenario.submit(
                "cn.officer:demo", null, ExtraditionRequestBodies.aRequestFromChinaForAChineseNationalInMyanmar());
        String caseId = created.caseId();
        scenario.runJobs(caseId);
        var drafterAsSupervisor =
                org.comity.core.identity.Actor.person("cn.officer", org.comity.core.identity.Role.SUPERVISOR, "CN");
        String review = openTask(caseId, "Task_ReviewRequest");
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
                                () -> work.complete(drafterAsSupervisor, review, Map.of("reviewDecision", "APPROVE")),
                                org.comity.core.validation.InvalidInputException.class)
                        .errors())
                .extracting(org.comity.core.validation.FieldError::field)
                .containsExactly("reviewDecision");

        scenario.completeOk("cn.supervisor", caseId, "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));
        scenario.completeOk(
                "mm.officer",
                caseId,
                "Task_CheckCompleteness",
                Map.of("completeness", "COMPLETE", "dualCriminality", true, "maximumPenaltyInRequestedLawMonths", 120));
        scenario.completeOk(
                "mm.officer",
                caseId,
                "Task_JudicialReview",
                Map.of(
                        "ruling",
                        "EXTRADITABLE",
                        "court",
                        "Yangon Region High Court",
                        "rulingDate",
                        TestClock.todayInMyanmar().toString(),
                        "reasons",
                        "Met."));
        var recorderAsSupervisor =
                org.comity.core.identity.Actor.person("mm.officer", org.comity.core.identity.Role.SUPERVISOR, "MM");
        String decision = openTask(caseId, "Task_ExecutiveDecision");
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
                                () -> work.complete(recorderAsSupervisor, decision, Map.of("decision", "GRANT")),
                                org.comity.core.validation.InvalidInputException.class)
                        .errors())
                .extracting(org.comity.core.validation.FieldError::field)
                .containsExactly("decision");
        assertThat(openTask(caseId, "Task_ExecutiveDecision")).isEqualTo(decision);
    }
}
