package org.comity.web.bench;

import static org.comity.web.repatriation.RepatriationFixtures.taskIds;
import static org.comity.web.repatriation.RepatriationFixtures.theSeedOperation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.comity.ComityApplication;
import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;
import org.comity.core.repatriation.RepatriationModel;
import org.comity.core.task.TaskFilter;
import org.comity.core.task.TaskSort;
import org.comity.core.task.TaskWork;
import org.comity.web.TestApi;
import org.comity.web.bench.Costs.Cost;
import org.comity.web.demo.DemoOperationGenerator;
import org.comity.web.postgres.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test (issue #16): Comity against two baselines in the same JVM and run, on the H2 file
 * database Comity uses by default and on PostgreSQL —
 * <ul>
 * <li><b>truly bare</b>: {@link BareEngine}, Camunda configured by hand with a two-user-task process
 * and none of Comity's listeners, plug-ins or tables, on a database of its own;</li>
 * <li><b>same BPMN</b>: Comity's own engine (its listeners, read model and plug-ins attached) running
 * Comity's person process through the engine's API, one call per transaction;</li>
 * <li><b>Comity</b>: the API (intake and bulk completion through HTTP, one request each) and the
 * service behind a single completion ({@link TaskWork#complete}, one transaction per task, without
 * HTTP and Basic authentication's bcrypt).</li>
 * </ul>
 * Scenarios: intake of 1,523 persons, single completions, bulk completion of the 1,523 verifications
 * of that intake, the candidate group's first page of 25 with its counts; each in
 * {@code -Dbenchmark.rounds} rounds (default 3) whose order of variants alternates (bare first, then
 * Comity first), reported as medians per operation with CPU time (every thread's, ThreadMXBean) and
 * SQL statements (datasource-proxy) per operation. With {@code -Dbenchmark.large=10000}: once more at
 * that size, to show whether the cost per operation stays flat. The heap after a full GC is taken
 * after the largest operation. Run alone:
 * {@code mvn -B -o verify -pl web-tasks -am -Dtest=NONE -Dit.test=BareEngineBenchmark -Dbenchmark=true}
 * (figures in {@code web-tasks/target/benchmark/bare-engine.txt}; {@code -Dbenchmark.database=h2} or
 * {@code postgres} for one database only).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class BareEngineBenchmark {

    static final int PERSONS = Integer.getInteger("benchmark.persons", DemoOperationGenerator.SEED_PERSONS);
    static final int ROUNDS = Integer.getInteger("benchmark.rounds", 3);
    static final int SINGLES = Integer.getInteger("benchmark.singles", 200);
    static final int LARGE = Integer.getInteger("benchmark.large", 0);
    static final int LIST_REQUESTS = 60;
    static final String DATABASES = System.getProperty("benchmark.database", "h2,postgres");
    static final Actor OFFICER = Actor.person("cn.officer", Role.OFFICER, "CN");
    static final Path OUT = Path.of("target", "benchmark").toAbsolutePath();

    enum Variant {
        TRULY_BARE,
        SAME_BPMN,
        COMITY
    }

    private final List<String> lines = new ArrayList<>();

    @Test
    void comityAgainstTheTrulyBareEngineAndTheSameBpmn() throws Exception {
        Files.createDirectories(OUT);
        line("Comity against a truly bare Camunda 7.24 and against its own engine on the same BPMN");
        line("machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, JVM max heap "
                + Runtime.getRuntime().maxMemory() / 1_048_576 + " MB; rounds " + ROUNDS + ", singles " + SINGLES
                + ", large " + LARGE);
        for (String database : DATABASES.split(",")) {
            load("start of " + database);
            if (database.equals("h2")) {
                onH2();
            } else {
                onPostgresql();
            }
            load("end of " + database);
        }
        Files.write(OUT.resolve("bare-engine.txt"), lines);
    }

    private void onH2() throws IOException {
        Path dir = Files.createTempDirectory(OUT, "h2-");
        String bareUrl = "jdbc:h2:file:" + dir.resolve("bare") + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";
        StatementCount counter = new StatementCount();
        long start = System.nanoTime();
        try (ConfigurableApplicationContext comity =
                        comity(counter, "demo", "comity.data-dir=" + dir.resolve("comity"));
                BareEngine bare = BareEngine.on(bareUrl, "comity", "comity")) {
            line(String.format(
                    "H2 (file, %s): Comity's context started in %.1f s (fresh database, no seed, in this JVM)",
                    dir, (System.nanoTime() - start) / 1e9));
            new Measurement("H2", comity, counter, bare).run();
        }
    }

    private void onPostgresql() {
        EmbeddedPostgresServer.recreate("bare_bench_comity");
        EmbeddedPostgresServer.recreate("bare_bench_engine");
        StatementCount counter = new StatementCount();
        try (ConfigurableApplicationContext comity = comity(
                        counter,
                        "demo,postgres",
                        "DB_URL=" + EmbeddedPostgresServer.jdbcUrl("bare_bench_comity"),
                        "DB_USER=postgres",
                        // Flyway's own connection from the URL: it cannot derive one from the counting proxy
                        "spring.flyway.url=" + EmbeddedPostgresServer.jdbcUrl("bare_bench_comity"),
                        "DB_PASSWORD=postgres",
                        "comity.data-dir=" + OUT.resolve("pg-data"));
                BareEngine bare =
                        BareEngine.on(EmbeddedPostgresServer.jdbcUrl("bare_bench_engine"), "postgres", "postgres")) {
            new Measurement("PostgreSQL", comity, counter, bare).run();
        }
    }

    /** Comity on a random port, job executor off, demo identities without the seed; its data source counted. */
    private static ConfigurableApplicationContext comity(
            StatementCount counter, String profiles, String... properties) {
        List<String> all = new ArrayList<>(List.of(
                "server.port=0",
                "camunda.bpm.job-execution.enabled=false",
                "comity.demo.load-operation=false",
                "spring.jmx.enabled=false"));
        all.addAll(List.of(properties));
        // as command-line arguments: they override application.yaml (builder properties would not)
        return new SpringApplicationBuilder(ComityApplication.class)
                .profiles(profiles.split(","))
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(counter.wrapping()))
                .run(all.stream().map(p -> "--" + p).toArray(String[]::new));
    }

    /** All scenarios on one database. */
    private final class Measurement {

        private final String database;
        private final StatementCount counter;
        private final BareEngine bare;
        private final RuntimeService runtime;
        private final TaskService tasks;
        private final TaskWork work;
        private final TestApi police;
        private final TestApi officer;
        private final Map<String, Map<Variant, List<Cost>>> results = new LinkedHashMap<>();

        Measurement(String database, ConfigurableApplicationContext comity, StatementCount counter, BareEngine bare) {
            this.database = database;
            this.counter = counter;
            this.bare = bare;
            this.runtime = comity.getBean(RuntimeService.class);
            this.tasks = comity.getBean(TaskService.class);
            this.work = comity.getBean(TaskWork.class);
            int port = ((WebServerApplicationContext) comity).getWebServer().getPort();
            this.police = TestApi.withToken(port, "demo-mm-mpf");
            this.officer = TestApi.as(port, "cn.officer", "demo");
        }

        void run() {
            warmUp();
            for (int round = 0; round < ROUNDS; round++) {
                List<Variant> order = round % 2 == 0
                        ? List.of(Variant.TRULY_BARE, Variant.SAME_BPMN, Variant.COMITY)
                        : List.of(Variant.COMITY, Variant.SAME_BPMN, Variant.TRULY_BARE);
                round(PERSONS, order, "");
                load("after round " + (round + 1) + " on " + database);
            }
            report(PERSONS);
            taskList();
            if (LARGE > 0) {
                results.clear();
                round(LARGE, List.of(Variant.TRULY_BARE, Variant.SAME_BPMN, Variant.COMITY), " (large)");
                report(LARGE);
            }
            heap();
        }

        private void warmUp() {
            Batch warm = new Batch(100, List.of(Variant.TRULY_BARE, Variant.SAME_BPMN, Variant.COMITY));
            warm.intake(new EnumMap<>(Variant.class));
            warm.complete(new EnumMap<>(Variant.class), false);
            counter.reset();
            bare.statements.reset();
        }

        private void round(int persons, List<Variant> order, String label) {
            new Batch(persons, order).measure(results, label);
        }

        private void report(int persons) {
            line("");
            line(String.format(
                    "%s, %,d persons, %d round(s), medians per operation; open tasks: Comity %,d, bare %,d",
                    database,
                    persons,
                    results.values().iterator().next().get(Variant.COMITY).size(),
                    tasks.createTaskQuery().count(),
                    bare.openTasks()));
            line(String.format(
                    "%-46s %-10s %10s %9s %10s %11s %13s",
                    "scenario", "variant", "ms/op", "ops/s", "CPU ms/op", "SQL/op", "Comity ratio"));
            results.forEach((scenario, byVariant) -> {
                Cost comity = Costs.median(byVariant.get(Variant.COMITY));
                byVariant.forEach((variant, costs) -> {
                    Cost median = Costs.median(costs);
                    String ratio = variant == Variant.COMITY
                            ? ""
                            : String.format("%.2fx", median.wallPerOp() / comity.wallPerOp());
                    line(String.format(
                            "%-46s %-10s %10.2f %9.1f %10.2f %11.1f %13s",
                            scenario,
                            variant,
                            median.wallPerOp(),
                            median.perSecond(),
                            median.cpuPerOp(),
                            median.statementsPerOp(),
                            ratio));
                });
                StringBuilder all = new StringBuilder("    rounds (ms/op):");
                byVariant.forEach((variant, costs) -> all.append(' ')
                        .append(variant)
                        .append(' ')
                        .append(costs.stream()
                                .map(c -> String.format("%.2f", c.wallPerOp()))
                                .toList()));
                line(all.toString());
            });
            line("    Comity ratio = the baseline's time per operation / Comity's: above 1, Comity is faster");
        }

        /** The candidate group's first page of 25 and its counts: Comity's service against the bare query. */
        private void taskList() {
            double[] comity = new double[LIST_REQUESTS];
            double[] truly = new double[LIST_REQUESTS];
            for (int i = -10; i < LIST_REQUESTS; i++) {
                double c = timed(() -> work.overview(OFFICER, TaskFilter.ALL, TaskSort.DUE, 0, 25));
                double b = timed(bare::page);
                if (i >= 0) {
                    comity[i] = c;
                    truly[i] = b;
                }
            }
            counter.reset();
            work.overview(OFFICER, TaskFilter.ALL, TaskSort.DUE, 0, 25);
            long comityStatements = counter.total();
            bare.statements.reset();
            bare.page();
            long bareStatements = bare.statements.total();
            line(String.format(
                    "%s, first page of 25 and counts, %d requests alternated: Comity service (%,d open "
                            + "tasks) p50 %.1f p95 %.1f ms, %d statements; truly bare query (%,d open) p50 %.1f p95 %.1f ms, "
                            + "%d statements",
                    database,
                    LIST_REQUESTS,
                    tasks.createTaskQuery().count(),
                    Costs.percentile(comity, 50),
                    Costs.percentile(comity, 95),
                    comityStatements,
                    bare.openTasks(),
                    Costs.percentile(truly, 50),
                    Costs.percentile(truly, 95),
                    bareStatements));
        }

        private void heap() {
            System.gc();
            System.gc();
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            line(String.format(
                    "%s: heap used after System.gc() at the end (both engines in this JVM): %d MB",
                    database, used / 1_048_576));
        }

        /**
         * One round at one size: the intake of {@code persons} by each variant, then single
         * completions and the bulk completion of the tasks that intake opened.
         */
        private final class Batch {

            private final int persons;
            private final List<Variant> order;
            private final Map<Variant, List<String>> opened = new EnumMap<>(Variant.class);
            /** Whether each measurement is printed as it is taken (not during the warm-up). */
            private boolean print;

            Batch(int persons, List<Variant> order) {
                this.persons = persons;
                this.order = order;
            }

            void measure(Map<String, Map<Variant, List<Cost>>> into, String label) {
                print = true;
                intake(into.computeIfAbsent(
                        String.format("intake of %,d persons%s", persons, label), k -> new EnumMap<>(Variant.class)));
                if (SINGLES > 0 && label.isEmpty()) {
                    Batch singles = new Batch(SINGLES, order);
                    singles.print = true;
                    singles.intake(new EnumMap<>(Variant.class));
                    singles.complete(
                            into.computeIfAbsent(
                                    "single completion (one per transaction)", k -> new EnumMap<>(Variant.class)),
                            true);
                }
                complete(
                        into.computeIfAbsent(
                                String.format("bulk completion of %,d verifications%s", persons, label),
                                k -> new EnumMap<>(Variant.class)),
                        false);
            }

            void intake(Map<Variant, List<Cost>> into) {
                for (Variant variant : order) {
                    Cost cost = switch (variant) {
                        case TRULY_BARE ->
                            measureOn(bare.statements, () -> opened.put(variant, List.of(bare.start(persons))));
                        case SAME_BPMN -> measureOn(counter, () -> opened.put(variant, List.of(sameBpmnStarts())));
                        case COMITY -> {
                            var operation = theSeedOperation(
                                    "Benchmark " + UUID.randomUUID(),
                                    DemoOperationGenerator.persons(nextSeed++, persons));
                            yield measureOn(
                                    counter,
                                    () -> opened.put(
                                            variant,
                                            List.of(require(police.post("/api/v1/repatriations", operation), 201)
                                                    .json()
                                                    .get("id")
                                                    .asText())));
                        }
                    };
                    printed("intake", variant, cost);
                    into.computeIfAbsent(variant, k -> new ArrayList<>()).add(cost);
                }
            }

            void complete(Map<Variant, List<Cost>> into, boolean single) {
                Map<Variant, List<String>> ids = new EnumMap<>(Variant.class);
                ids.put(
                        Variant.TRULY_BARE,
                        bare.tasksOf(opened.get(Variant.TRULY_BARE).get(0), persons));
                ids.put(
                        Variant.SAME_BPMN,
                        sameBpmnTasks(opened.get(Variant.SAME_BPMN).get(0)));
                ids.put(
                        Variant.COMITY,
                        taskIds(officer, opened.get(Variant.COMITY).get(0), RepatriationModel.TASK_VERIFY_NATIONALITY));
                for (Variant variant : order) {
                    List<String> these = ids.get(variant);
                    Cost cost = switch (variant) {
                        case TRULY_BARE -> measureOn(bare.statements, () -> bare.complete(these));
                        case SAME_BPMN ->
                            measureOn(
                                    counter,
                                    () -> these.forEach(id -> tasks.complete(
                                            id,
                                            Variables.createVariables()
                                                    .putValue(
                                                            RepatriationModel.VAR_NATIONALITY_VERIFICATION,
                                                            "CONFIRMED"))));
                        case COMITY ->
                            measureOn(
                                    counter,
                                    single
                                            ? () -> these.forEach(id -> work.complete(OFFICER, id, CONFIRMED))
                                            : () -> bulk(these));
                    };
                    printed(single ? "single completion" : "bulk completion", variant, cost);
                    into.computeIfAbsent(variant, k -> new ArrayList<>()).add(cost);
                }
            }

            private Cost measureOn(StatementCount statements, Runnable work) {
                return Costs.measure(persons, statements, work);
            }

            private void printed(String what, Variant variant, Cost cost) {
                if (print) {
                    line(String.format(
                            "  %s %s %s: %,d operations, %.2f ms/op, CPU %.2f ms/op, %.1f statements/op",
                            database,
                            what,
                            variant,
                            persons,
                            cost.wallPerOp(),
                            cost.cpuPerOp(),
                            cost.statementsPerOp()));
                }
            }

            private String sameBpmnStarts() {
                String caseId = UUID.randomUUID().toString();
                for (int i = 0; i < persons; i++) {
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

            private List<String> sameBpmnTasks(String caseId) {
                List<String> ids = new ArrayList<>();
                for (int first = 0; ids.size() < persons; first += 500) {
                    var page = tasks.createTaskQuery()
                            .processInstanceBusinessKey(caseId)
                            .taskDefinitionKey(RepatriationModel.TASK_VERIFY_NATIONALITY)
                            .orderByTaskId()
                            .asc()
                            .listPage(first, 500);
                    if (page.isEmpty()) {
                        break;
                    }
                    page.forEach(t -> ids.add(t.getId()));
                }
                return ids;
            }

            /** The bulk completion API, at most its 2,000 tasks per request. */
            private void bulk(List<String> ids) {
                for (int from = 0; from < ids.size(); from += 2_000) {
                    List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 2_000));
                    var done = require(
                                    officer.post(
                                            "/api/v1/tasks/bulk-complete",
                                            Map.of("taskIds", chunk, "values", CONFIRMED)),
                                    200)
                            .json();
                    if (done.get("completed").asLong() != chunk.size()) {
                        throw new AssertionError("bulk completion left tasks open: " + done);
                    }
                }
            }
        }
    }

    private int nextSeed = 7_001;

    private static TestApi.Response require(TestApi.Response response, int status) {
        if (response.status() != status) {
            throw new AssertionError(response.status() + " " + response.body());
        }
        return response;
    }

    private static final Map<String, Object> CONFIRMED = Map.of("nationalityVerification", "CONFIRMED");

    private static double timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private void load(String when) {
        try {
            line("load average at " + when + " (" + Instant.now() + "): "
                    + Files.readString(Path.of("/proc/loadavg")).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(String text) {
        lines.add(text);
        System.out.println(text);
        try {
            Files.write(OUT.resolve("bare-engine.txt"), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
