package org.comity.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.comity.core.archive.DocumentArchive;
import org.comity.web.TestApi;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.comity.web.extradition.ExtraditionCaseScenario;
import org.comity.web.extradition.ExtraditionRequestBodies;
import org.comity.web.mla.MlaRequestBodies;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every endpoint that reads or writes personal data leaves exactly one audit entry of the right
 * category and action (EU Law Enforcement Directive Art. 25). Each row prepares what the call needs
 * (not counted), then makes the one call that is counted.
 */
class AuditCoverageIT extends WebIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ManagementService management;

    @Autowired
    DocumentArchive archive;

    /** A prepared call: preparation has run; {@link #call} is the one request that is counted. */
    interface Prepared {
        TestApi.Response call();
    }

    static Stream<Arguments> endpoints() {
        return Stream.of(
                row(
                        "POST /repatriations",
                        "COLLECTION",
                        "operation.open",
                        t -> () -> t.withToken("demo-mm-mpf")
                                .post("/api/v1/repatriations", t.operation(List.of(t.person())))),
                row("POST /repatriations/{id}/persons", "COLLECTION", "person.add", t -> {
                    String id = t.openOperation();
                    return () -> t.withToken("demo-mm-mpf")
                            .post("/api/v1/repatriations/" + id + "/persons", List.of(t.person()));
                }),
                row("GET /repatriations/{id}/persons", "CONSULTATION", "person.list", t -> {
                    String id = t.openOperation();
                    return () -> t.as("cn.officer").get("/api/v1/repatriations/" + id + "/persons");
                }),
                row("POST /tasks/{id}/claim", "ALTERATION", "task.claim", t -> {
                    String task = t.openTask(t.startCase("CN"), "Task_RecordDecision");
                    return () -> t.as("cn.officer").post("/api/v1/tasks/" + task + "/claim", Map.of());
                }),
                row("POST /tasks/{id}/unclaim", "ALTERATION", "task.unclaim", t -> {
                    String task = t.openTask(t.startCase("CN"), "Task_RecordDecision");
                    t.as("cn.officer").post("/api/v1/tasks/" + task + "/claim", Map.of());
                    return () -> t.as("cn.officer").post("/api/v1/tasks/" + task + "/unclaim", Map.of());
                }),
                row("POST /tasks/{id}/complete", "ALTERATION", "task.complete", t -> {
                    String task = t.openTask(t.startCase("MM"), "Task_RecordDecision");
                    return () -> t.as("mm.officer")
                            .post(
                                    "/api/v1/tasks/" + task + "/complete",
                                    Map.of("decision", "RETURN", "reasons", "Identity unclear"));
                }),
                row(
                        "POST /extraditions",
                        "COLLECTION",
                        "extradition.submit",
                        t -> () -> t.withToken("demo-cn-mps")
                                .post(
                                        "/api/v1/extraditions",
                                        ExtraditionRequestBodies.aRequestFromChinaForAChineseNationalInMyanmar())),
                row("POST /extraditions/{id}/assurances", "COLLECTION", "extradition.assurance", t -> {
                    String id = t.withToken("demo-cn-mps")
                            .post(
                                    "/api/v1/extraditions",
                                    ExtraditionRequestBodies.aRequestFromChinaForAChineseNationalInMyanmar())
                            .json()
                            .path("id")
                            .asText();
                    return () -> t.withToken("demo-cn-mps")
                            .post(
                                    "/api/v1/extraditions/" + id + "/assurances",
                                    Map.of(
                                            "kind",
                                            "DEATH_PENALTY",
                                            "terms",
                                            "The death penalty will not be imposed.",
                                            "givenOn",
                                            TestClock.todayInChina().toString()));
                }),
                row("POST /extraditions/{id}/sentence", "COLLECTION", "extradition.sentence", t -> {
                    String id = new ExtraditionCaseScenario(t.port, t.runtime, t.management, t.archive)
                            .grantedAndSurrendered();
                    return () -> t.withToken("demo-cn-mps")
                            .post(
                                    "/api/v1/extraditions/" + id + "/sentence",
                                    Map.of(
                                            "kind",
                                            "TERM",
                                            "months",
                                            36,
                                            "court",
                                            "Kunming Intermediate People's Court",
                                            "imposedOn",
                                            TestClock.todayInChina().toString()));
                }),
                row(
                        "POST /mla-requests",
                        "COLLECTION",
                        "mla.submit",
                        t -> () -> t.withToken("demo-cn-mps")
                                .post(
                                        "/api/v1/mla-requests",
                                        MlaRequestBodies.aRequestFromChinaForBankAndTelecomRecords())),
                row("GET /cases/{id}", "CONSULTATION", "case.read", t -> {
                    String id = t.openOperation();
                    return () -> t.as("mm.supervisor").get("/api/v1/cases/" + id);
                }),
                row(
                        "GET /audit/verify",
                        "CONSULTATION",
                        "audit.verify",
                        t -> () -> t.as("auditor").get("/api/v1/audit/verify")),
                row(
                        "GET /audit/events",
                        "CONSULTATION",
                        "audit.search",
                        t -> () -> t.as("auditor").get("/api/v1/audit/events")),
                row(
                        "GET /audit/events.csv",
                        "CONSULTATION",
                        "audit.export",
                        t -> () -> t.as("auditor").get("/api/v1/audit/events.csv?actorId=nobody")),
                row("GET /audit/cases/{id}/timeline", "CONSULTATION", "case.timeline", t -> {
                    String id = t.openOperation();
                    return () -> t.as("auditor").get("/api/v1/audit/cases/" + id + "/timeline");
                }));
    }

    private static Arguments row(
            String endpoint, String category, String action, Function<AuditCoverageIT, Prepared> prepare) {
        return Arguments.of(endpoint, category, action, prepare);
    }

    @ParameterizedTest(name = "{0} -> one {1} entry {2}")
    @MethodSource("endpoints")
    void leavesExactlyOneEntryOfTheRightCategory(
            String endpoint, String category, String action, Function<AuditCoverageIT, Prepared> prepare) {
        Prepared prepared = prepare.apply(this);
        long before = lastSequence();
        TestApi.Response response = prepared.call();
        assertThat(response.status()).as(endpoint + ": " + response.body()).isBetween(200, 299);
        List<Map<String, Object>> added = jdbc.sql("SELECT category, action FROM audit_log WHERE seq > ? ORDER BY seq")
                .param(before)
                .query()
                .listOfRows();
        assertThat(added).as(endpoint).hasSize(1);
        assertThat(added.get(0)).containsEntry("category", category).containsEntry("action", action);
    }

    private long lastSequence() {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM audit_log")
                .query(Long.class)
                .single();
    }

    String openOperation() {
        TestApi.Response created = withToken("demo-mm-mpf").post("/api/v1/repatriations", operation(List.of(person())));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    Map<String, Object> operation(List<Map<String, Object>> persons) {
        return Map.of(
                "name",
                "Audit coverage " + ThreadLocalRandom.current().nextInt(1_000_000),
                "holdingState",
                "MM",
                "receivingState",
                "CN",
                "regions",
                List.of("Myawaddy"),
                "callCentres",
                List.of(Map.of("name", "KK Park", "region", "Myawaddy")),
                "startDate",
                "2025-06-01",
                "endDate",
                "2025-12-01",
                "persons",
                persons);
    }

    Map<String, Object> person() {
        String letters = randomLetters(8);
        return Map.of(
                "nameOriginal",
                "测试" + letters,
                "nameLatin",
                "Ceshi " + letters,
                "sex",
                "MALE",
                "dateOfBirth",
                "1990-01-01",
                "claimedNationality",
                "CN",
                "identityDocuments",
                List.of(Map.of(
                        "type", "PASSPORT", "number", "E" + randomLetters(8).toUpperCase(), "expiry", "2030-01-01")),
                "callCentre",
                "KK Park",
                "category",
                "SUSPECT");
    }

    private static String randomLetters(int n) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < n; i++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }
}
