package org.comity.web.repatriation;

import static org.comity.web.repatriation.RepatriationFixtures.taskIds;
import static org.comity.web.repatriation.RepatriationFixtures.theSeedOperation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.comity.ComityApplication;
import org.comity.core.repatriation.RepatriationModel;
import org.comity.web.TestApi;
import org.comity.web.WebIT;
import org.comity.web.demo.DemoOperationGenerator;
import org.comity.web.postgres.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test: measures intake of 1,523 and 10,000 persons through the API and bulk completion of
 * 1,523 verification tasks, each against the bare engine doing the same work on the same BPMN one
 * call per transaction, in the same run and database: first on the integration tests' H2 context,
 * then on a real PostgreSQL ({@link EmbeddedPostgresServer}) in an application started here for the
 * purpose. A figure is the bare engine's time divided by Comity's: 1.5 means Comity is 1.5 times as
 * fast. The machine is shared with other builds whose load changes by the minute, so each Comity
 * measurement is bracketed by a bare-engine run before and one after, and compared with their mean.
 * Run it alone (web-tasks/BENCHMARK-repatriation.md):
 * {@code mvn -B -o verify -pl web-tasks -am -Dtest=NONE -Dit.test=RepatriationBenchmark -Dbenchmark=true}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class RepatriationBenchmark extends WebIT {

    private final List<String> lines = new ArrayList<>();

    @Test
    void measureIntakeAndBulkCompletionAgainstTheBareEngineOnH2AndPostgresql() throws IOException {
        load("start");
        new Measurement("H2", port, runtime, tasks).run();
        try (ConfigurableApplicationContext postgres = onPostgresql()) {
            int pgPort = ((WebServerApplicationContext) postgres).getWebServer().getPort();
            new Measurement(
                            "PostgreSQL",
                            pgPort,
                            postgres.getBean(RuntimeService.class),
                            postgres.getBean(TaskService.class))
                    .run();
        }
        load("end");
        Path report = Path.of("target", "benchmark-repatriation.txt");
        Files.write(report, lines);
        lines.forEach(System.out::println);
    }

    /** The application on PostgreSQL, as {@code RepatriationPostgresIT} configures it. */
    private static ConfigurableApplicationContext onPostgresql() {
        EmbeddedPostgresServer.get();
        // command-line arguments, not builder properties: those are defaults application.yaml overrides
        // (the job executor was on and the demo seed loaded in this context before)
        return new SpringApplicationBuilder(ComityApplication.class)
                .profiles("demo", "postgres")
                .run(
                        "--server.port=0",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--comity.demo.load-operation=false",
                        "--DB_URL=" + EmbeddedPostgresServer.jdbcUrl("postgres"),
                        "--DB_USER=postgres",
                        "--DB_PASSWORD=postgres",
                        "--spring.jmx.enabled=false");
    }

    /** The machine is shared with other builds: its load is reported with the figures. */
    private void load(String when) throws IOException {
        lines.add("load average at " + when + " (" + Instant.now() + "): "
                + Files.readString(Path.of("/proc/loadavg")).strip());
    }

    /** The three measurements on one database. */
    private final class Measurement {

        private final String database;
        private final int port;
        private final RuntimeService runtime;
        private final TaskService tasks;

        Measurement(String database, int port, RuntimeService runtime, TaskService tasks) {
            this.database = database;
            this.port = port;
            this.runtime = runtime;
            this.tasks = tasks;
        }

        void run() {
            TestApi police = TestApi.withToken(port, "demo-mm-mpf");
            require(
                    police.post(
                            "/api/v1/repatriations",
                            theSeedOperation("Warm-up", DemoOperationGenerator.persons(3_000, 1_000))),
                    201);
            bareStarts(1_000);
            intake(1_523, 3_001, 1.5);
            intake(10_000, 3_002, 1.5);
            bulkVerification(3_003, 0.8);
        }

        private void intake(int persons, int seed, double target) {
            TestApi police = TestApi.withToken(port, "demo-mm-mpf");
            var operation = theSeedOperation("Benchmark " + persons, DemoOperationGenerator.persons(seed, persons));
            long before = timed(() -> bareStarts(persons));
            long api = timed(() -> require(police.post("/api/v1/repatriations", operation), 201));
            long after = timed(() -> bareStarts(persons));
            report(
                    "intake of " + persons + " persons (API, one request)",
                    api,
                    "bare engine, one start per transaction",
                    before,
                    after,
                    target);
        }

        private void bulkVerification(int seed, double target) {
            TestApi police = TestApi.withToken(port, "demo-mm-mpf");
            String id = police.post(
                            "/api/v1/repatriations",
                            theSeedOperation("Benchmark bulk", DemoOperationGenerator.persons(seed, 1_523)))
                    .json()
                    .get("id")
                    .asText();
            TestApi officer = TestApi.as(port, "cn.officer", PASSWORD);
            List<String> ids = taskIds(officer, id, RepatriationModel.TASK_VERIFY_NATIONALITY);
            List<String> bareBefore = bareTasks(1_523);
            List<String> bareAfter = bareTasks(1_523);
            long before = timed(() -> bareComplete(bareBefore));
            long api = timed(() -> require(
                    officer.post(
                            "/api/v1/tasks/bulk-complete",
                            Map.of("taskIds", ids, "values", Map.of("nationalityVerification", "CONFIRMED"))),
                    200));
            long after = timed(() -> bareComplete(bareAfter));
            report(
                    "bulk completion of " + ids.size() + " verifications (API, one request)",
                    api,
                    "bare engine, one complete per transaction",
                    before,
                    after,
                    target);
        }

        /** The verification tasks of {@code count} processes started by the bare engine (not timed). */
        private List<String> bareTasks(int count) {
            String caseId = bareStarts(count);
            List<String> ids = new ArrayList<>();
            for (int first = 0; ids.size() < count; first += 500) {
                tasks.createTaskQuery()
                        .processInstanceBusinessKey(caseId)
                        .listPage(first, 500)
                        .forEach(t -> ids.add(t.getId()));
            }
            return ids;
        }

        private void bareComplete(List<String> ids) {
            ids.forEach(t -> tasks.complete(
                    t,
                    Variables.createVariables().putValue(RepatriationModel.VAR_NATIONALITY_VERIFICATION, "CONFIRMED")));
        }

        private String bareStarts(int count) {
            String caseId = UUID.randomUUID().toString();
            for (int i = 0; i < count; i++) {
                runtime.startProcessInstanceByKey(
                        RepatriationModel.PERSON_PROCESS,
                        caseId,
                        Variables.createVariables()
                                .putValue(RepatriationModel.VAR_HOLDING_STATE, "MM")
                                .putValue(RepatriationModel.VAR_RECEIVING_STATE, "CN")
                                .putValue(
                                        RepatriationModel.VAR_PERSON_ID,
                                        UUID.randomUUID().toString())
                                .putValue(RepatriationModel.VAR_VERIFICATION_SLA, "P15D"));
            }
            return caseId;
        }

        private void report(
                String what, long apiMillis, String baseline, long beforeMillis, long afterMillis, double target) {
            double bare = (beforeMillis + afterMillis) / 2.0;
            double speed = bare / apiMillis;
            lines.add(String.format(
                    "%s, %s: %.1f s; %s: %.1f s before, %.1f s after; Comity %.2fx the bare engine "
                            + "(target >= %.1fx: %s)",
                    database,
                    what,
                    apiMillis / 1000.0,
                    baseline,
                    beforeMillis / 1000.0,
                    afterMillis / 1000.0,
                    speed,
                    target,
                    speed >= target ? "met" : "missed"));
        }
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
