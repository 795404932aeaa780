package org.comity.web.repatriation;

import static org.comity.web.repatriation.RepatriationFixtures.taskIds;
import static org.comity.web.repatriation.RepatriationFixtures.theSeedOperation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.variable.Variables;
import org.comity.core.repatriation.RepatriationModel;
import org.comity.web.TestApi;
import org.comity.web.WebIT;
import org.comity.web.demo.DemoOperationGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: measures intake of 1,523 and 10,000 persons through the API and bulk completion of
 * 1,523 verification tasks, each against the bare engine doing the same work on the same BPMN one
 * call per transaction, in the same run. Run it alone (see web-tasks/BENCHMARK-repatriation.md):
 * {@code mvn -B verify -pl web-tasks -am -Dtest=none -Dit.test=RepatriationBenchmark -Dbenchmark=true}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class RepatriationBenchmark extends WebIT {

    private final List<String> lines = new ArrayList<>();

    @Test
    void measureIntakeAndBulkCompletionAgainstTheBareEngine() throws IOException {
        warmUp();
        intake(1_523, 3_001);
        intake(10_000, 3_002);
        bulkVerification(3_003);
        Path report = Path.of("target", "benchmark-repatriation.txt");
        Files.write(report, lines);
        lines.forEach(System.out::println);
    }

    private void warmUp() {
        TestApi police = withToken("demo-mm-mpf");
        police.post("/api/v1/repatriations", theSeedOperation("Warm-up", DemoOperationGenerator.persons(3_000, 200)));
        bareStarts(200);
    }

    private void intake(int persons, int seed) {
        TestApi police = withToken("demo-mm-mpf");
        var operation = theSeedOperation("Benchmark " + persons, DemoOperationGenerator.persons(seed, persons));
        long api = timed(() -> require(police.post("/api/v1/repatriations", operation), 201));
        long bare = timed(() -> bareStarts(persons));
        report("intake of " + persons + " persons (API, one request)", api, "bare engine, one start per transaction", bare);
    }

    private void bulkVerification(int seed) {
        TestApi police = withToken("demo-mm-mpf");
        String id = police.post("/api/v1/repatriations", theSeedOperation("Benchmark bulk",
                DemoOperationGenerator.persons(seed, 1_523))).json().get("id").asText();
        TestApi officer = as("cn.officer");
        List<String> ids = taskIds(officer, id, RepatriationModel.TASK_VERIFY_NATIONALITY);
        long api = timed(() -> require(officer.post("/api/v1/tasks/bulk-complete",
                Map.of("taskIds", ids, "values", Map.of("nationalityVerification", "CONFIRMED"))), 200));
        String caseId = bareStarts(1_523);
        List<String> bareIds = new ArrayList<>();
        for (int first = 0; bareIds.size() < 1_523; first += 500) {
            tasks.createTaskQuery().processInstanceBusinessKey(caseId).listPage(first, 500)
                    .forEach(t -> bareIds.add(t.getId()));
        }
        long bare = timed(() -> bareIds.forEach(t -> tasks.complete(t,
                Variables.createVariables().putValue(RepatriationModel.VAR_NATIONALITY_VERIFICATION, "CONFIRMED"))));
        report("bulk completion of " + ids.size() + " verifications (API, one request)", api,
                "bare engine, one complete per transaction", bare);
    }

    private String bareStarts(int count) {
        String caseId = UUID.randomUUID().toString();
        for (int i = 0; i < count; i++) {
            runtime.startProcessInstanceByKey(RepatriationModel.PERSON_PROCESS, caseId, Variables.createVariables()
                    .putValue(RepatriationModel.VAR_HOLDING_STATE, "MM").putValue(RepatriationModel.VAR_RECEIVING_STATE, "CN")
                    .putValue(RepatriationModel.VAR_PERSON_ID, UUID.randomUUID().toString())
                    .putValue(RepatriationModel.VAR_VERIFICATION_SLA, "P15D"));
        }
        return caseId;
    }

    private void report(String what, long apiMillis, String baseline, long bareMillis) {
        lines.add(String.format("%s: %d ms; %s: %d ms; ratio %.2f", what, apiMillis, baseline, bareMillis,
                (double) apiMillis / bareMillis));
    }

    private static void require(TestApi.Response response, int status) {
        if (response.status() != status) {
            throw new AssertionError(response.status() + " " + response.body());
        }
    }

    private static long timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
