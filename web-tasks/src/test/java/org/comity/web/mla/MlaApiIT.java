package org.comity.web.mla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.comity.core.archive.DocumentArchive;
import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;
import org.comity.core.mla.MlaIntake;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.task.TaskWork;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.comity.core.validation.ValidationReport;
import org.comity.web.DocumentReadBack;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The MLA API and both processes on H2, through HTTP, as the demo agencies and officers. */
class MlaApiIT extends WebIT {

    @Autowired
    ManagementService management;

    @Autowired
    DocumentArchive archive;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TaskWork work;

    @Autowired
    MlaIntake intake;

    @Autowired
    ObjectMapper mapper;

    MlaCaseScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new MlaCaseScenario(port, runtime, management, archive);
    }

    @Test
    void drivesARequestThroughBothSidesAndIssuesTheLetterAndTheExecutionReport() {
        String caseId = scenario.executedWithConsentToFurtherUse();

        JsonNode view = withToken("demo-cn-mps").get("/api/v1/cases/" + caseId).json();
        String reference = view.path("reference").asText();
        assertThat(reference).startsWith("MLA-CN-");
        assertThat(view.path("type").asText()).isEqualTo("MLA");
        assertThat(view.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(view.path("sides").findValuesAsText("side"))
                .as("China's own side only")
                .containsExactly("REQUESTING");
        assertThat(view.path("sides").findValuesAsText("endActivity")).containsExactly("EndEvent_EvidenceReceived");
        assertThat(view.path("exchanges").findValuesAsText("message")).contains("MlaRequestReceived", "MlaExecuted");
        assertThat(as("auditor")
                        .get("/api/v1/cases/" + caseId)
                        .json()
                        .path("sides")
                        .findValuesAsText("endActivity"))
                .containsExactly("EndEvent_EvidenceReceived", "EndEvent_Executed");
        assertThat(view.path("documents").findValuesAsText("type"))
                .containsExactly("MLA_LETTER_OF_REQUEST", "MLA_EXECUTION_REPORT");
        assertThat(withToken("demo-mm-mpf")
                        .get("/api/v1/cases?type=MLA&size=100")
                        .json()
                        .path("items")
                        .findValuesAsText("id"))
                .contains(caseId);

        Map<String, String> texts = scenario.documentTexts(caseId);
        assertThat(texts.get("MLA_LETTER_OF_REQUEST"))
                .contains(
                        reference,
                        "Zhang Wei",
                        "张伟",
                        "KM-2026-0042",
                        "Criminal Law of the PRC, Art. 266",
                        "Transnational Organized Crime",
                        "0012-3344-55",
                        "Bank records",
                        "调取银行记录");
        assertThat(texts.get("MLA_EXECUTION_REPORT"))
                .contains(reference, "KBZ Bank, Myawaddy branch", "Executed in full", "已全部执行");
        assertThat(texts.get("MLA_EXECUTION_REPORT").replaceAll("\\s", "")) // the table wraps long digests
                .contains(MlaCaseScenario.STATEMENT_DIGEST, MlaCaseScenario.CALL_RECORDS_DIGEST);
        assertThat(jdbc.sql("SELECT sha256 FROM mla_evidence_item WHERE case_id = ? ORDER BY item_no")
                        .param(UUID.fromString(caseId))
                        .query(String.class)
                        .list())
                .containsExactly(MlaCaseScenario.STATEMENT_DIGEST, MlaCaseScenario.CALL_RECORDS_DIGEST);
        view.path("documents")
                .forEach(document -> assertThat(jdbc.sql(
                                        "SELECT COUNT(*) FROM audit_log WHERE action = 'document.issue' AND object_id = ? AND change_digest = ?")
                                .params(
                                        document.path("id").asText(),
                                        document.path("sha256").asText())
                                .query(Long.class)
                                .single())
                        .isEqualTo(1));
    }

    @Test
    void createsOneCasePerIdempotencyKey() {
        Map<String, Object> body = MlaRequestBodies.aRequestFromChinaForBankAndTelecomRecords();
        String key = "key-" + UUID.randomUUID();
        var first = scenario.submit("demo-cn-mps", key, body);
        var again = scenario.submit("demo-cn-mps", key, body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.caseId()).isEqualTo(first.caseId());
        body.put("purpose", "Something else entirely");
        var different = scenario.submit("demo-cn-mps", key, body);
        assertThat(different.status()).isEqualTo(422);
        assertThat(different.json().path("errors").findValuesAsText("field")).containsExactly("Idempotency-Key");
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                broken("a state asking itself", b -> b.put("requestedState", "CN"), "requestedState"),
                broken("an unknown legal basis", b -> b.put("legalBasisId", "CN-MM-MLAT"), "legalBasisId"),
                broken("a treaty China is not party to", b -> b.put("legalBasisId", "ASEAN-MLAT-2004"), "legalBasisId"),
                broken(
                        "reciprocity without the undertaking",
                        b -> b.put("legalBasisId", "RECIPROCITY"),
                        "reciprocityUndertaking"),
                broken("no kind of assistance", b -> b.put("assistanceTypes", List.of()), "assistanceTypes"),
                broken(
                        "a search without facts",
                        b -> {
                            b.put("assistanceTypes", List.of("SEARCH_AND_SEIZURE"));
                            b.remove("factsSummary");
                        },
                        "factsSummary"),
                broken(
                        "a deadline today",
                        b -> b.put("deadline", TestClock.todayInChina().toString()),
                        "deadline"),
                broken(
                        "a summons without service of documents",
                        b -> b.put(
                                "summons",
                                Map.of(
                                        "addressee",
                                        1,
                                        "capacity",
                                        "WITNESS",
                                        "court",
                                        "Court",
                                        "hearingDate",
                                        TestClock.todayInChina().plusMonths(4).toString())),
                        "assistanceTypes"),
                broken(
                        "a summons to China two months before the hearing",
                        b -> {
                            toChina(b);
                            b.put("assistanceTypes", List.of("SERVICE_OF_DOCUMENTS"));
                            b.put(
                                    "summons",
                                    Map.of(
                                            "addressee",
                                            1,
                                            "capacity",
                                            "WITNESS",
                                            "court",
                                            "Yangon Region High Court",
                                            "hearingDate",
                                            TestClock.todayInChina()
                                                    .plusMonths(2)
                                                    .toString()));
                        },
                        "summons.hearingDate"),
                broken(
                        "a request to China without Chinese",
                        b -> {
                            toChina(b);
                            b.put("translations", List.of());
                        },
                        "translations"),
                broken(
                        "a request to China without its relevance",
                        b -> {
                            toChina(b);
                            b.remove("relevance");
                        },
                        "relevance"),
                broken("confidentiality without reasons", b -> b.put("confidential", true), "confidentialityReasons"),
                broken(
                        "foreign officials collecting evidence in China",
                        b -> {
                            toChina(b);
                            b.put("directCollectionByRequestingOfficials", true);
                        },
                        "directCollectionByRequestingOfficials"),
                broken(
                        "a term of no months",
                        b -> b.put(
                                "offences",
                                List.of(Map.of(
                                        "description",
                                        "Fraud",
                                        "legalProvision",
                                        "Art. 266",
                                        "maximumPenalty",
                                        Map.of("kind", "TERM", "months", 0)))),
                        "offences[0].maximumPenalty.months"),
                broken(
                        "a person born tomorrow",
                        b -> b.put(
                                "personsConcerned",
                                List.of(Map.of(
                                        "nameInLatinScript",
                                        "Zhang Wei",
                                        "dateOfBirth",
                                        TestClock.todayInChina().plusDays(1).toString(),
                                        "role",
                                        "SUSPECT"))),
                        "personsConcerned[0].dateOfBirth"),
                broken(
                        "six nationalities",
                        b -> b.put(
                                "personsConcerned",
                                List.of(Map.of(
                                        "nameInLatinScript",
                                        "Zhang Wei",
                                        "role",
                                        "SUSPECT",
                                        "nationalities",
                                        List.of("CN", "MM", "TH", "LA", "VN", "KH")))),
                        "personsConcerned[0].nationalities"),
                broken(
                        "six identity documents",
                        b -> b.put(
                                "personsConcerned",
                                List.of(Map.of(
                                        "nameInLatinScript",
                                        "Zhang Wei",
                                        "role",
                                        "SUSPECT",
                                        "identityDocuments",
                                        java.util.stream.IntStream.range(0, 6)
                                                .mapToObj(i -> Map.of(
                                                        "type",
                                                        "PASSPORT",
                                                        "number",
                                                        "E1234567" + i,
                                                        "issuingState",
                                                        "CN"))
                                                .toList()))),
                        "personsConcerned[0].identityDocuments"));
    }

    /** Each rule: 422 naming the field, nothing stored (no case, no request, no audit entry). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void rejectsARequestThatBreaksARuleNamingTheFieldAndStoresNothing(
            String rule, Consumer<Map<String, Object>> breakIt, String field) {
        Map<String, Object> body = MlaRequestBodies.aRequestFromChinaForBankAndTelecomRecords();
        breakIt.accept(body);
        String caller = "CN".equals(body.get("requestingState")) ? "demo-cn-mps" : "demo-mm-mpf";
        long[] before = counts();

        var response = scenario.submit(caller, "broken-" + UUID.randomUUID(), body);

        assertThat(response.status()).as(response.json().toString()).isEqualTo(422);
        assertThat(response.json().path("errors").findValuesAsText("field")).contains(field);
        assertThat(counts()).containsExactly(before);
    }

    /** The request wizard's check: every error and warning at once, nothing stored or logged. */
    @Test
    void validatesARequestWithoutStoringAnything() {
        Map<String, Object> body = MlaRequestBodies.aRequestFromChinaForBankAndTelecomRecords();
        body.put("requestedState", "CN");
        body.remove("factsSummary");
        body.put("deadline", TestClock.todayInChina().plusDays(10).toString());
        body.remove("urgencyReason");
        MlaRequest request = mapper.convertValue(body, MlaRequest.class);
        long[] before = counts();

        ValidationReport report = intake.validate(request, Locale.SIMPLIFIED_CHINESE);

        assertThat(report.errors()).extracting(FieldError::field).contains("requestedState", "factsSummary");
        assertThat(report.warnings()).extracting(FieldError::field).containsExactly("urgencyReason");
        assertThat(report.errors()).extracting(FieldError::message).contains("被请求国不得与请求国相同");
        assertThat(counts()).containsExactly(before);
    }

    @Test
    void acceptsServiceOfDocumentsWithoutFactsAndRecordsTheWarnings() {
        Map<String, Object> body = MlaRequestBodies.aRequestToServeASummonsOnly();
        body.put("urgencyReason", null);
        String caseId = scenario.submitted("demo-cn-mps", body);
        assertThat(jdbc.sql("SELECT warnings_json FROM mla_request WHERE case_id = ?")
                        .param(UUID.fromString(caseId))
                        .query(String.class)
                        .single())
                .contains("urgencyReason");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mla_person WHERE request_id = (SELECT id FROM mla_request "
                                + "WHERE case_id = ?) AND name_latin = 'Zhang Wei'")
                        .param(UUID.fromString(caseId))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(runtime.getVariables(runtime.createProcessInstanceQuery()
                                .processInstanceBusinessKey(caseId)
                                .singleResult()
                                .getId())
                        .values())
                .noneMatch(value -> String.valueOf(value).contains("Zhang Wei"));
    }

    @Test
    void acceptsRequestsOnlyFromTheRequestingStatesAgencyOrOfficers() {
        Map<String, Object> body = MlaRequestBodies.aRequestFromChinaForBankAndTelecomRecords();
        assertThat(scenario.submit("demo-mm-mpf", null, body).status()).isEqualTo(403);
        assertThat(scenario.submit("cn.supervisor:demo", null, body).status()).isEqualTo(403);
        assertThat(scenario.submit("auditor:demo", null, body).status()).isEqualTo(403);
        assertThat(scenario.submit("cn.officer:demo", null, body).status()).isEqualTo(201);
    }

    @Test
    void hidesTheOtherSidesTasksAndAConfidentialCaseFromTheRequestedStatesAgency() {
        String caseId = scenario.submitted("demo-cn-mps", MlaRequestBodies.aConfidentialRequestFromChina());
        scenario.completeOk("cn.supervisor", caseId, "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));
        String assessment = scenario.taskId("mm.officer", caseId, "Task_AssessRequest");
        assertThat(as("cn.officer").get("/api/v1/tasks/" + assessment).status()).isEqualTo(404);
        assertThat(as("cn.officer")
                        .post("/api/v1/tasks/" + assessment + "/complete", Map.of("decision", "ACCEPT"))
                        .status())
                .isEqualTo(404);

        assertThat(withToken("demo-mm-mpf").get("/api/v1/cases/" + caseId).status())
                .isEqualTo(404);
        assertThat(withToken("demo-mm-mpf")
                        .get("/api/v1/cases/" + caseId + "/documents")
                        .status())
                .isEqualTo(404);
        assertThat(withToken("demo-mm-mpf")
                        .get("/api/v1/cases?type=MLA&size=100")
                        .json()
                        .path("items")
                        .findValuesAsText("id"))
                .doesNotContain(caseId);
        assertThat(withToken("demo-cn-mps").get("/api/v1/cases/" + caseId).status())
                .isEqualTo(200);
        assertThat(as("mm.officer").get("/api/v1/cases/" + caseId).status()).isEqualTo(200);
        assertThat(as("auditor").get("/api/v1/cases/" + caseId).status()).isEqualTo(200);
    }

    /** legal-domain.md §10 item 19: the requested state cannot keep the request confidential. */
    @Test
    void notifiesTheRequestingStateWhenConfidentialityCannotBeKeptAndEndsOnWithdrawal() {
        String caseId = scenario.submitted("demo-cn-mps", MlaRequestBodies.aConfidentialRequestFromChina());
        scenario.completeOk("cn.supervisor", caseId, "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));
        var unanswered = scenario.complete("mm.officer", caseId, "Task_AssessRequest", Map.of("decision", "ACCEPT"));
        assertThat(unanswered.status()).isEqualTo(422);
        assertThat(unanswered.json().path("errors").findValuesAsText("field"))
                .containsExactly("confidentialityCanBeKept");

        scenario.completeOk(
                "mm.officer",
                caseId,
                "Task_AssessRequest",
                Map.of("decision", "ACCEPT", "confidentialityCanBeKept", false));
        assertThat(scenario.taskKeys("cn.supervisor", caseId)).containsExactly("Task_ConsiderConfidentialityNotice");
        assertThat(scenario.taskKeys("mm.officer", caseId)).isEmpty();
        scenario.completeOk(
                "cn.supervisor",
                caseId,
                "Task_ConsiderConfidentialityNotice",
                Map.of("confidentialityAnswer", "WITHDRAW", "reasons", "Disclosure would warn the accomplices."));
        JsonNode view = as("auditor").get("/api/v1/cases/" + caseId).json();
        assertThat(view.path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(view.path("sides").findValuesAsText("endActivity"))
                .containsExactly("EndEvent_Withdrawn", "EndEvent_Withdrawn");
    }

    /** legal-domain.md §9 items 14–15: grounds and reasons; a mandatory ground is never overridden. */
    @Test
    void refusesOnChinasSovereigntyGroundWhichCannotBeOverridden() {
        String caseId = scenario.submitted("demo-mm-mpf", MlaRequestBodies.aRequestFromMyanmarToHearAWitness());
        scenario.completeOk("mm.supervisor", caseId, "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));

        var accepted = scenario.complete(
                "cn.officer",
                caseId,
                "Task_AssessRequest",
                Map.of("decision", "ACCEPT", "harmsSovereigntySecurityOrPublicOrder", true));
        assertThat(accepted.status()).isEqualTo(422);
        assertThat(accepted.json().path("errors").findValuesAsText("field")).containsExactly("decision");
        assertThat(accepted.body()).contains("SOV");
        var bare = scenario.complete("cn.officer", caseId, "Task_AssessRequest", Map.of("decision", "REFUSE"));
        assertThat(bare.json().path("errors").findValuesAsText("field")).contains("groundCodes", "reasons");
        var unfounded = scenario.complete(
                "cn.officer",
                caseId,
                "Task_AssessRequest",
                Map.of(
                        "decision",
                        "REFUSE",
                        "harmsSovereigntySecurityOrPublicOrder",
                        true,
                        "groundCodes",
                        List.of("SOV", "DC"),
                        "reasons",
                        "Harmful."));
        assertThat(unfounded.json().path("errors").findValuesAsText("rule")).containsExactly("GroundNotFound");
        var noRationale = scenario.complete(
                "cn.officer",
                caseId,
                "Task_AssessRequest",
                Map.of(
                        "decision",
                        "REFUSE",
                        "harmsSovereigntySecurityOrPublicOrder",
                        true,
                        "noDualCriminality",
                        true,
                        "groundCodes",
                        List.of("SOV", "DC"),
                        "reasons",
                        "Harmful."));
        assertThat(noRationale.json().path("errors").findValuesAsText("field")).containsExactly("rationale");
        var bankSecrecy = scenario.complete(
                "cn.officer",
                caseId,
                "Task_AssessRequest",
                Map.of("decision", "REFUSE", "groundCodes", List.of("BANK"), "reasons", "Bank secrecy."));
        assertThat(bankSecrecy.json().path("errors").findValuesAsText("field")).containsExactly("groundCodes");

        scenario.completeOk(
                "cn.officer",
                caseId,
                "Task_AssessRequest",
                Map.of(
                        "decision",
                        "REFUSE",
                        "harmsSovereigntySecurityOrPublicOrder",
                        true,
                        "groundCodes",
                        List.of("SOV"),
                        "reasons",
                        "Hearing the witness would disclose matters of state security."));
        DocumentReadBack.of(as("mm.officer"), port, "mm.officer", caseId, "MLA_REFUSAL_NOTICE")
                .prints(
                        "Notice of Refusal of Mutual Legal Assistance",
                        "UNTOC Art. 18(23)",
                        "SOV",
                        "Sovereignty, security, public order or essential interests",
                        "Assistance is refused")
                .printsOnce("Hearing the witness would disclose matters of state security.");
        JsonNode view = as("auditor").get("/api/v1/cases/" + caseId).json();
        assertThat(view.path("status").asText()).isEqualTo("REFUSED");
        assertThat(view.path("sides").findValuesAsText("endActivity"))
                .containsExactly("EndEvent_Refused", "EndEvent_Refused");
        assertThat(jdbc.sql("SELECT ground_code FROM mla_ground WHERE case_id = ? AND mandatory")
                        .param(UUID.fromString(caseId))
                        .query(String.class)
                        .list())
                .containsExactly("SOV");
    }

    /** UNTOC Art. 18(25): the requesting state receives the postponement as a notice with reasons and a date. */
    @Test
    void postponesWithANoticeTheRequestingStateReads() {
        String caseId = scenario.submitted("demo-cn-mps", MlaRequestBodies.aRequestFromChinaForBankAndTelecomRecords());
        scenario.completeOk("cn.supervisor", caseId, "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));
        String until = TestClock.todayInMyanmar().plusDays(60).toString();

        scenario.completeOk(
                "mm.officer",
                caseId,
                "Task_AssessRequest",
                Map.of(
                        "decision",
                        "POSTPONE",
                        "postponedUntil",
                        until,
                        "hindersOngoingProceedings",
                        true,
                        "reasons",
                        "The account holder is on trial in Yangon; producing the records now would prejudice it."));

        DocumentReadBack.of(as("cn.officer"), port, "cn.officer", caseId, "MLA_POSTPONEMENT_NOTICE")
                .prints(
                        "Notice of Postponement of Mutual Legal Assistance",
                        "UNTOC Art. 18(25)",
                        "Postponed until / 暂缓执行至 " + until,
                        "Execution is postponed")
                .printsOnce("The account holder is on trial in Yangon; producing the records now would prejudice it.");
        assertThat(as("cn.officer")
                        .get("/api/v1/cases/" + caseId)
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("POSTPONED");
    }

    @Test
    void rejectsEvidenceItemsWithoutAValidSha256() {
        String caseId = scenario.submitted("demo-cn-mps", MlaRequestBodies.aRequestFromChinaForBankAndTelecomRecords());
        scenario.completeOk("cn.supervisor", caseId, "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));
        scenario.completeOk("mm.officer", caseId, "Task_AssessRequest", Map.of("decision", "ACCEPT"));
        var response = scenario.complete(
                "mm.officer",
                caseId,
                "Task_ExecuteRequest",
                Map.of(
                        "outcome",
                        "EXECUTED",
                        "executedAt",
                        TestClock.nowUtc().minusHours(1).toString(),
                        "executingAuthority",
                        "MPF",
                        "measuresTaken",
                        "Records obtained.",
                        "evidenceItems",
                        "Statement | KBZ Bank | not-a-digest"));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("errors").findValuesAsText("field")).containsExactly("evidenceItems");
        assertThat(response.body()).contains("line 1", "SHA-256");
        assertThat(scenario.taskKeys("mm.officer", caseId)).containsExactly("Task_ExecuteRequest");
    }

    /** Four-eyes where one person holds both roles: the completion rule refuses the drafter. */
    @Test
    void refusesAReviewByTheOfficerWhoDraftedTheRequest() {
        String caseId =
                scenario.submitted("cn.officer:demo", MlaRequestBodies.aRequestFromChinaForBankAndTelecomRecords());
        String review = openTask(caseId, "Task_ReviewRequest");
        Actor drafterAsSupervisor = Actor.person("cn.officer", Role.SUPERVISOR, "CN");
        assertThat(catchThrowableOfType(
                                () -> work.complete(drafterAsSupervisor, review, Map.of("reviewDecision", "APPROVE")),
                                InvalidInputException.class)
                        .errors())
                .extracting(FieldError::field)
                .containsExactly("reviewDecision");
        assertThat(openTask(caseId, "Task_ReviewRequest")).isEqualTo(review);
    }

    private long[] counts() {
        return new long[] {count("comity_case"), count("mla_request"), count("mla_person"), count("audit_log")};
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static void toChina(Map<String, Object> body) {
        body.put("requestingState", "MM");
        body.put("requestedState", "CN");
        body.put("language", "en");
        body.put("translations", List.of("zh"));
    }

    private static Arguments broken(String rule, Consumer<Map<String, Object>> breakIt, String field) {
        return Arguments.of(rule, breakIt, field);
    }
}
