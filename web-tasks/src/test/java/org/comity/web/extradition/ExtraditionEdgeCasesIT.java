package org.comity.web.extradition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.comity.core.archive.DocumentArchive;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Edge cases of legal-domain.md §10 through the HTTP API, with the engine clock moved where time
 * matters (never slept): channel integrity (§9 item 1), the case status at every end (termination
 * on day 31), a formal request on day 31 after a lapsed provisional arrest (§10 item 1), the
 * surrender window with its force-majeure extension, deemed abandonment and a new request for the
 * same offence (§10 item 12), and the speciality register (§9 item 12).
 */
class ExtraditionEdgeCasesIT extends WebIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    ManagementService management;

    @Autowired
    DocumentArchive archive;

    @Autowired
    JdbcClient jdbc;

    ExtraditionCaseScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new ExtraditionCaseScenario(port, runtime, management, archive);
    }

    @AfterEach
    void resetClock() {
        TestClock.resetEngineClock();
    }

    @Test
    void acceptsAFormalRequestOnlyThroughTheDiplomaticChannelWithoutATreaty() {
        Map<String, Object> body = ExtraditionRequestBodies.aRequestFromMyanmarForAChineseNational();
        for (String channel : List.of("INTERPOL", "POLICE", "DESIGNATED_AUTHORITY")) {
            body.put("channel", channel);
            var refused = scenario.submit("demo-mm-mpf", null, body);
            assertThat(refused.status()).as(channel).isEqualTo(422);
            assertThat(refused.json().path("errors").findValuesAsText("rule"))
                    .containsExactly("FormalRequestThroughDiplomaticOrDesignatedChannel");
        }
        body.remove("channel");
        assertThat(scenario.submit("demo-mm-mpf", null, body)
                        .json()
                        .path("errors")
                        .findValuesAsText("field"))
                .containsExactly("channel");

        body.put("urgency", "PROVISIONAL_ARREST");
        body.put("channel", "POLICE");
        assertThat(scenario.submit("demo-mm-mpf", null, body).status()).isEqualTo(201);
    }

    @Test
    void terminatesTheCaseOnDay31WhenNoSupplementaryInformationArrives() {
        String caseId = scenario.submit(
                        "demo-mm-mpf", null, ExtraditionRequestBodies.aRequestFromMyanmarForAChineseNational())
                .caseId();
        scenario.runJobs(caseId);
        scenario.completeOk("mm.supervisor", caseId, "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));
        LocalDate day0 = TestClock.todayInChina();
        scenario.completeOk(
                "cn.officer",
                caseId,
                "Task_CheckCompleteness",
                Map.of("completeness", "INCOMPLETE", "missingItems", "Certified translation into Chinese"));
        assertThat(status(caseId)).isEqualTo("SUPPLEMENTARY_REQUESTED");

        clockAt(day0.plusDays(30).atTime(23, 59).atZone(SHANGHAI).toInstant());
        scenario.runJobs(caseId);
        assertThat(status(caseId)).isEqualTo("SUPPLEMENTARY_REQUESTED");
        clockAt(day0.plusDays(31).atStartOfDay(SHANGHAI).toInstant());
        scenario.runJobs(caseId);

        JsonNode view = as("auditor").get("/api/v1/cases/" + caseId).json();
        assertThat(view.path("status").asText()).isEqualTo("TERMINATED");
        assertThat(view.path("sides").findValuesAsText("endActivity"))
                .containsExactly("EndEvent_Terminated", "EndEvent_Terminated");
        assertThat(as("mm.officer")
                        .get("/api/v1/cases/" + caseId)
                        .json()
                        .path("sides")
                        .findValuesAsText("endActivity"))
                .as("Myanmar's own side only")
                .containsExactly("EndEvent_Terminated");
        assertThat(statusAudits(caseId)).containsExactly("TERMINATED", "TERMINATED");
    }

    /** §10 item 1: a formal request on day 31 no longer keeps the person but is examined afresh. */
    @Test
    void examinesAFormalRequestSentOnDay31AfreshAndKeepsTheCaseOpenWhileThePersonIsReleased() {
        Map<String, Object> body = ExtraditionRequestBodies.aRequestFromMyanmarForAChineseNational();
        body.put("urgency", "PROVISIONAL_ARREST");
        body.put("channel", "INTERPOL");
        String caseId = scenario.submit("demo-mm-mpf", null, body).caseId();
        scenario.runJobs(caseId);
        LocalDate day0 = TestClock.todayInChina();
        scenario.completeOk(
                "cn.officer",
                caseId,
                "Task_RecordProvisionalArrest",
                Map.of(
                        "arrestedOn",
                        day0.toString(),
                        "place",
                        "Kunming Detention Centre",
                        "interrogatedWithin24Hours",
                        true));
        clockAt(day0.plusDays(31).atStartOfDay(SHANGHAI).toInstant());
        scenario.runJobs(caseId);
        assertThat(scenario.taskKeys("cn.officer", caseId)).containsExactly("Task_ReleasePerson");

        scenario.completeOk("mm.supervisor", caseId, "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));
        assertThat(scenario.taskKeys("cn.officer", caseId))
                .containsExactlyInAnyOrder("Task_ReleasePerson", "Task_CheckCompleteness");
        TestClock.resetEngineClock();
        scenario.completeOk(
                "cn.officer",
                caseId,
                "Task_ReleasePerson",
                Map.of("releasedAt", TestClock.nowUtc().toString()));

        JsonNode view = as("auditor").get("/api/v1/cases/" + caseId).json();
        assertThat(view.path("status").asText())
                .as("the release does not close the new examination")
                .isEqualTo("REQUEST_SENT");
        assertThat(view.path("sides").findValuesAsText("state")).containsExactly("ACTIVE", "ENDED", "ACTIVE");
        assertThat(scenario.documentTexts(caseId))
                .containsKeys("PROVISIONAL_ARREST_RELEASE_NOTICE", "EXTRADITION_REQUEST");
    }

    /**
     * §10 item 12 under China's statute: 15 days after the agreed date, one extension of 30 days for
     * causes beyond the requesting state's control, then deemed abandonment and release; a new
     * request for the same offence raises the optional ground ABAND, on which the ministry may refuse.
     */
    @Test
    void extendsTheSurrenderOnceThenDeemsItAbandonedAndLetsTheMinistryRefuseTheSameRequestAgain() {
        Map<String, Object> body = aRequestFromMyanmarForAMyanmarNationalInChina();
        String caseId = grantedByChina(body);
        LocalDate agreed = TestClock.todayInChina();
        scenario.completeOk(
                "cn.officer",
                caseId,
                "Task_AgreeSurrender",
                Map.of("agreedDate", agreed.toString(), "place", "Ruili port", "escort", "Two officers"));
        String extension = "/api/v1/extraditions/" + caseId + "/surrender/extension";

        var withoutCause = withToken("demo-mm-mpf").post(extension, Map.of());
        assertThat(withoutCause.status()).isEqualTo(422);
        assertThat(withoutCause.json().path("errors").findValuesAsText("field")).containsExactly("cause");
        Map<String, String> cause = Map.of("cause", "The escort flight was grounded by a typhoon.");
        assertThat(withToken("demo-cn-mps").post(extension, cause).status()).isEqualTo(403);
        assertThat(withToken("demo-mm-mpf").post(extension, cause).status()).isEqualTo(204);
        assertThat(withToken("demo-mm-mpf").post(extension, cause).body()).contains("already been granted");
        assertThat(deadline(caseId, "Timer_SurrenderWindow"))
                .isEqualTo(
                        agreed.plusDays(46).atStartOfDay(SHANGHAI).toInstant().toString());
        assertThat(jdbc.sql("SELECT cause FROM extradition_extension WHERE case_id = ?")
                        .param(UUID.fromString(caseId))
                        .query(String.class)
                        .list())
                .containsExactly(cause.get("cause"));

        clockAt(agreed.plusDays(45).atTime(23, 59).atZone(SHANGHAI).toInstant());
        scenario.runJobs(caseId);
        assertThat(scenario.taskKeys("cn.officer", caseId)).containsExactly("Task_ExecuteSurrender");
        clockAt(agreed.plusDays(46).atStartOfDay(SHANGHAI).toInstant());
        scenario.runJobs(caseId);
        assertThat(scenario.taskKeys("cn.officer", caseId)).containsExactly("Task_ReleasePerson");
        TestClock.resetEngineClock();
        scenario.completeOk(
                "cn.officer",
                caseId,
                "Task_ReleasePerson",
                Map.of("releasedAt", TestClock.nowUtc().toString()));
        assertThat(status(caseId)).isEqualTo("ABANDONED");

        String again = scenario.submit("demo-mm-mpf", null, body).caseId();
        scenario.runJobs(again);
        scenario.completeOk("mm.supervisor", again, "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));
        scenario.completeOk(
                "cn.officer",
                again,
                "Task_CheckCompleteness",
                Map.of("completeness", "COMPLETE", "dualCriminality", true, "maximumPenaltyInRequestedLawMonths", 120));
        assertThat(jdbc.sql("SELECT ground_code FROM extradition_ground WHERE case_id = ? AND NOT mandatory")
                        .param(UUID.fromString(again))
                        .query(String.class)
                        .list())
                .containsExactly("ABAND");
        scenario.completeOk(
                "cn.officer",
                again,
                "Task_JudicialReview",
                Map.of(
                        "ruling",
                        "EXTRADITABLE",
                        "court",
                        "Yunnan Higher People's Court",
                        "rulingDate",
                        TestClock.todayInChina().toString(),
                        "reasons",
                        "Met."));
        var bare = scenario.complete(
                "cn.supervisor",
                again,
                "Task_ExecutiveDecision",
                Map.of("decision", "REFUSE", "groundCodes", List.of("ABAND"), "reasons", "Not collected last time."));
        assertThat(bare.json().path("errors").findValuesAsText("field")).containsExactly("rationale");
        scenario.completeOk(
                "cn.supervisor",
                again,
                "Task_ExecutiveDecision",
                Map.of(
                        "decision",
                        "REFUSE",
                        "groundCodes",
                        List.of("ABAND"),
                        "reasons",
                        "The earlier surrender was not taken over.",
                        "rationale",
                        "No assurance that the person would be collected this time."));
        assertThat(status(again)).isEqualTo("REFUSED");
    }

    /** §9 item 12: the register after the surrender; consent for another pre-surrender offence. */
    @Test
    void keepsTheSpecialityRegisterAndAsksTheRequestedStatesConsentForAnotherOffence() {
        String caseId = scenario.grantedAndSurrendered();
        JsonNode speciality =
                withToken("demo-cn-mps").get("/api/v1/cases/" + caseId).json().path("speciality");
        assertThat(speciality.path("windowDays").asInt()).isEqualTo(30);
        assertThat(speciality.path("grantedOffences").findValuesAsText("provision"))
                .containsExactly("Criminal Law of the PRC Art. 266");
        String proceedings = "/api/v1/extraditions/" + caseId + "/speciality/proceedings";
        Map<String, Object> laundering = proceeding("CONSENT", "Criminal Law of the PRC Art. 191");

        assertThat(withToken("demo-mm-mpf").post(proceedings, laundering).status())
                .isEqualTo(403);
        var granted =
                withToken("demo-cn-mps").post(proceedings, proceeding("CONSENT", "Criminal Law of the PRC Art. 266"));
        assertThat(granted.json().path("errors").findValuesAsText("rule")).containsExactly("NotGranted");
        var stayed = proceeding("STAYED_AFTER_DISCHARGE", "Criminal Law of the PRC Art. 191");
        stayed.put("dischargedOn", TestClock.todayInChina().toString());
        stayed.put("stillPresentOn", TestClock.todayInChina().toString());
        assertThat(withToken("demo-cn-mps")
                        .post(proceedings, stayed)
                        .json()
                        .path("errors")
                        .findValuesAsText("rule"))
                .containsExactly("WindowToLeave");
        var asked = withToken("demo-cn-mps").post(proceedings, laundering);
        assertThat(asked.status()).isEqualTo(201);
        assertThat(asked.json().path("status").asText()).isEqualTo("CONSENT_REQUESTED");

        String consent = proceedings + "/" + asked.json().path("id").asText() + "/consent";
        Map<String, String> yes = Map.of("decision", "GRANTED", "reasons", "Laundering is itself extraditable.");
        assertThat(as("mm.officer").post(consent, yes).status()).isEqualTo(403);
        assertThat(as("mm.supervisor")
                        .post(consent, Map.of("decision", "GRANTED"))
                        .json()
                        .path("errors")
                        .findValuesAsText("field"))
                .containsExactly("reasons");
        assertThat(as("mm.supervisor").post(consent, yes).json().path("status").asText())
                .isEqualTo("CONSENTED");
        assertThat(as("mm.supervisor").post(consent, yes).status()).isEqualTo(409);
        assertThat(as("auditor")
                        .get("/api/v1/cases/" + caseId)
                        .json()
                        .path("speciality")
                        .path("proceedings")
                        .findValuesAsText("decisionReasons"))
                .containsExactly("Laundering is itself extraditable.");
        assertThat(jdbc.sql(
                                "SELECT action FROM audit_log WHERE case_id = ? AND action LIKE 'speciality.%' ORDER BY seq")
                        .param(UUID.fromString(caseId))
                        .query(String.class)
                        .list())
                .containsExactly("speciality.register", "speciality.proceeding", "speciality.consent");

        String pending = scenario.submit(
                        "demo-cn-mps", null, ExtraditionRequestBodies.aRequestFromChinaForAChineseNationalInMyanmar())
                .caseId();
        assertThat(withToken("demo-cn-mps")
                        .post("/api/v1/extraditions/" + pending + "/speciality/proceedings", laundering)
                        .status())
                .as("no register before the surrender")
                .isEqualTo(409);
    }

    private String grantedByChina(Map<String, Object> body) {
        var created = scenario.submit("demo-mm-mpf", null, body);
        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        String caseId = created.caseId();
        scenario.runJobs(caseId);
        scenario.completeOk("mm.supervisor", caseId, "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));
        scenario.completeOk(
                "cn.officer",
                caseId,
                "Task_CheckCompleteness",
                Map.of("completeness", "COMPLETE", "dualCriminality", true, "maximumPenaltyInRequestedLawMonths", 120));
        scenario.completeOk(
                "cn.officer",
                caseId,
                "Task_JudicialReview",
                Map.of(
                        "ruling",
                        "EXTRADITABLE",
                        "court",
                        "Yunnan Higher People's Court",
                        "rulingDate",
                        TestClock.todayInChina().toString(),
                        "reasons",
                        "Met."));
        scenario.completeOk(
                "cn.supervisor",
                caseId,
                "Task_ExecutiveDecision",
                Map.of("decision", "GRANT", "reasons", "Extradition is granted."));
        return caseId;
    }

    /** Myanmar asks China, on reciprocity, for a Myanmar national (a new one each time: no match with other tests). */
    private static Map<String, Object> aRequestFromMyanmarForAMyanmarNationalInChina() {
        Map<String, Object> body = ExtraditionRequestBodies.aRequestFromMyanmarForAChineseNational();
        StringBuilder suffix = new StringBuilder("Z");
        UUID.randomUUID()
                .toString()
                .chars()
                .filter(Character::isDigit)
                .limit(8)
                .forEach(digit -> suffix.append((char) ('a' + digit - '0')));
        body.put(
                "person",
                Map.of(
                        "nameInOriginalScript",
                        "မောင်မောင် " + suffix,
                        "nameInLatinScript",
                        "Maung Maung " + suffix,
                        "aliases",
                        List.of(),
                        "sex",
                        "MALE",
                        "dateOfBirth",
                        "1985-01-20",
                        "nationalities",
                        List.of("MM"),
                        "identityDocuments",
                        List.of()));
        return body;
    }

    private static Map<String, Object> proceeding(String basis, String provision) {
        Map<String, Object> body = new HashMap<>();
        body.put(
                "offence",
                Map.of(
                        "description",
                        "Laundering of the fraud's proceeds",
                        "provisionInRequestingLaw",
                        provision,
                        "dateFrom",
                        "2025-07-01",
                        "dateTo",
                        "2025-09-30"));
        body.put("proceeding", "PROSECUTION");
        body.put("basis", basis);
        return body;
    }

    private String status(String caseId) {
        return as("auditor")
                .get("/api/v1/cases/" + caseId)
                .json()
                .path("status")
                .asText();
    }

    private String deadline(String caseId, String what) {
        for (JsonNode deadline :
                as("cn.officer").get("/api/v1/cases/" + caseId).json().path("deadlines")) {
            if (what.equals(deadline.path("what").asText())) {
                return deadline.path("dueAt").asText();
            }
        }
        return null;
    }

    private List<String> statusAudits(String caseId) {
        return jdbc.sql("SELECT purpose FROM audit_log WHERE case_id = ? AND action = 'case.status' ORDER BY seq")
                .param(UUID.fromString(caseId))
                .query(String.class)
                .list();
    }

    private static void clockAt(java.time.Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }
}
