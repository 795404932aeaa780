package org.comity.web.task;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;
import org.comity.core.person.PersonKeys;
import org.comity.core.repatriation.RepatriationIntake;
import org.comity.core.repatriation.request.OperationInput;
import org.comity.core.repatriation.request.PersonInput;
import org.comity.core.task.TaskFilter;
import org.comity.core.task.TaskSort;
import org.comity.core.task.TaskWork;
import org.comity.web.demo.DemoOperationGenerator;
import org.comity.web.postgres.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a test: the time of the whole task list page ({@code GET /tasks} as China's officer, through
 * the security filters, the controller and Thymeleaf) with 50,000 open tasks on PostgreSQL, against
 * the bare Camunda task query for the same page (one page of 25 and its count) in the same run.
 * Pages: the default filter, a search by a person's name, and the overdue tasks. Seeding: 40,000
 * persons through the intake service in batches of 10,000 (their verification tasks; the last 1,523
 * in an operation of their own) and 10,000 test-process tasks with due dates, some overdue, through
 * the bare engine. Last, the bulk page completes that operation's 1,523 verifications in one request,
 * against the bare engine completing as many one by one. Run alone:
 * {@code mvn -B verify -pl web-tasks -am -Dtest=none -Dit.test=TaskListBenchmark -Dbenchmark=true}; on the
 * default H2 file database with the seed's 1,523 tasks only: add {@code -Dbenchmark.database=h2
 * -Dbenchmark.persons=1523 -Dbenchmark.dated=0} (or {@code -Dbenchmark.persons=10000}).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@SpringBootTest(properties = {"camunda.bpm.job-execution.enabled=false", "comity.demo.load-operation=false"})
@ActiveProfiles({"demo", "postgres"})
@AutoConfigureMockMvc
class TaskListBenchmark {

    static final String DATABASE = "tasklist_bench";
    /** {@code -Dbenchmark.database=h2}: the default embedded H2 file database instead of PostgreSQL. */
    static final boolean H2 = "h2".equals(System.getProperty("benchmark.database"));
    /** Persons registered (one open verification each); {@code -Dbenchmark.persons}, at least the seed's 1,523. */
    static final int PERSONS =
            Math.max(DemoOperationGenerator.SEED_PERSONS, Integer.getInteger("benchmark.persons", 40_000));
    /** Test-process tasks with due dates; {@code -Dbenchmark.dated}. */
    static final int DATED = Integer.getInteger("benchmark.dated", 10_000);

    static final String DATABASE_NAME = H2 ? "H2" : "PostgreSQL";
    /** Timed requests per page; {@code -Dbenchmark.rounds} (fewer for a quick look at a slow page). */
    static final int MEASURED = Integer.getInteger("benchmark.rounds", 300);

    static final int WARM_UP = Math.max(5, Math.min(50, MEASURED / 6));
    static final String VERIFY = "Task_VerifyNationality";

    private static final String[][] FAMILY = {
        {"王", "WANG"},
        {"李", "LI"},
        {"张", "ZHANG"},
        {"刘", "LIU"},
        {"陈", "CHEN"},
        {"杨", "YANG"},
        {"黄", "HUANG"},
        {"赵", "ZHAO"},
        {"吴", "WU"},
        {"周", "ZHOU"},
        {"徐", "XU"},
        {"孙", "SUN"},
        {"马", "MA"},
        {"朱", "ZHU"},
        {"胡", "HU"},
        {"郭", "GUO"},
        {"何", "HE"},
        {"高", "GAO"},
        {"林", "LIN"},
        {"罗", "LUO"}
    };
    private static final String[][] GIVEN = {
        {"伟", "Wei"},
        {"芳", "Fang"},
        {"娜", "Na"},
        {"敏", "Min"},
        {"静", "Jing"},
        {"强", "Qiang"},
        {"磊", "Lei"},
        {"军", "Jun"},
        {"洋", "Yang"},
        {"勇", "Yong"},
        {"杰", "Jie"},
        {"涛", "Tao"},
        {"明", "Ming"},
        {"超", "Chao"},
        {"秀", "Xiu"},
        {"霞", "Xia"},
        {"平", "Ping"},
        {"刚", "Gang"},
        {"辉", "Hui"},
        {"鹏", "Peng"},
        {"华", "Hua"},
        {"飞", "Fei"},
        {"鑫", "Xin"},
        {"宇", "Yu"},
        {"浩", "Hao"}
    };

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (H2) {
            Path file = Path.of("target", "benchmark", "h2-" + PERSONS + "-" + DATED)
                    .toAbsolutePath();
            try {
                Files.createDirectories(file.getParent());
                Files.deleteIfExists(Path.of(file + ".mv.db"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            registry.add("DB_URL", () -> "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000");
            registry.add("DB_USER", () -> "comity");
            registry.add("DB_PASSWORD", () -> "comity");
            return;
        }
        EmbeddedPostgresServer.recreate(DATABASE);
        EmbeddedPostgresServer.use(registry, DATABASE);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @Autowired
    RepatriationIntake intake;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    TaskWork work;

    private static final Actor CN_OFFICER = Actor.person("cn.officer", Role.OFFICER, "CN");

    private final List<String> lines = new ArrayList<>();

    @Test
    void measuresTheTaskListPageWith50000OpenTasks() throws Exception {
        String[] seedOperation = new String[1];
        long seeding = timed(() -> seedOperation[0] = seed());
        jdbc.sql("ANALYZE").update();
        long open = tasks.createTaskQuery()
                .taskCandidateGroup("CN-officer")
                .includeAssignedTasks()
                .active()
                .count();
        report(String.format(
                "Task list page on " + DATABASE_NAME + " with %,d open tasks of CN-officer (seeded in %d s); "
                        + "%d requests per page after %d of warm-up",
                open,
                seeding / 1000,
                MEASURED,
                WARM_UP));
        report("persons named 张伟…: " + instancesNamed("张伟").size() + "; overdue tasks: "
                + bare().dueBefore(new Date()).count() + "; load average before: " + loadAverage());
        measure(List.of(
                new Scenario(
                        "default filter",
                        "/tasks",
                        TaskFilter.ALL,
                        () -> bare().listPage(0, 25).size() + bare().count()),
                new Scenario("person search 张伟", "/tasks?person=张伟", person("张伟"), () -> bareNamed("张伟")),
                new Scenario(
                        "person search zhang wei",
                        "/tasks?person=zhang wei",
                        person("zhang wei"),
                        () -> bareNamed("zhang wei")),
                new Scenario("overdue", "/tasks?overdue=true", TaskFilter.ALL.withOverdue(true), () -> {
                    Date now = new Date();
                    return bare().dueBefore(now).listPage(0, 25).size()
                            + bare().dueBefore(now).count();
                }),
                new Scenario(
                        "API default filter",
                        "/api/v1/tasks?size=25",
                        TaskFilter.ALL,
                        () -> bare().listPage(0, 25).size() + bare().count()),
                new Scenario(
                        "API person search 张伟", "/api/v1/tasks?size=25&person=张伟", person("张伟"), () -> bareNamed("张伟")),
                new Scenario(
                        "API overdue", "/api/v1/tasks?size=25&overdue=true", TaskFilter.ALL.withOverdue(true), () -> {
                            Date now = new Date();
                            return bare().dueBefore(now).listPage(0, 25).size()
                                    + bare().dueBefore(now).count();
                        })));
        report("load average after: " + loadAverage());
        if (!"false".equals(System.getProperty("benchmark.bulk"))) {
            bulkPage(seedOperation[0]);
        }
    }

    /** A page to time and its baseline: the bare engine query for the same page and count. */
    record Scenario(String what, String path, TaskFilter filter, Supplier<Long> baseline) {}

    /** The bare baseline of a name search: the persons' process ids, then the engine's query by them. */
    private long bareNamed(String name) {
        String[] instances = instancesNamed(name).toArray(String[]::new);
        return bare().processInstanceIdIn(instances).listPage(0, 25).size()
                + bare().processInstanceIdIn(instances).count();
    }

    /** The bare engine's query of the same tasks, most urgent first, as the page orders them. */
    private TaskQuery bare() {
        return tasks.createTaskQuery()
                .taskCandidateGroup("CN-officer")
                .includeAssignedTasks()
                .active()
                .orderByDueDate()
                .asc()
                .orderByTaskCreateTime()
                .asc();
    }

    private Set<String> instancesNamed(String name) {
        PersonKeys keys = PersonKeys.of(name, name);
        return new HashSet<>(jdbc.sql("SELECT process_instance_id FROM repatriation_person WHERE name_key_original"
                        + " LIKE ? OR name_key_latin LIKE ?")
                .params(keys.original() + "%", keys.latin() + "%")
                .query(String.class)
                .list());
    }

    /**
     * Times each scenario's page and bare query in turn, round after round, so that the load of the
     * shared machine weighs on all of them alike; every third round also the service call alone (the
     * page's queries without security and rendering). Reports percentiles and the page/bare ratio.
     */
    private void measure(List<Scenario> scenarios) {
        UserDetails officer = people.loadUserByUsername("cn.officer");
        for (int i = 0; i < WARM_UP; i++) {
            scenarios.forEach(s -> {
                page(s.path(), officer);
                s.baseline().get();
            });
        }
        long[][] pages = new long[scenarios.size()][MEASURED];
        long[][] bares = new long[scenarios.size()][MEASURED];
        long[][] services = new long[scenarios.size()][MEASURED / 3];
        for (int i = 0; i < MEASURED; i++) {
            for (int k = 0; k < scenarios.size(); k++) {
                Scenario s = scenarios.get(k);
                pages[k][i] = nanos(() -> page(s.path(), officer));
                bares[k][i] = nanos(s.baseline()::get);
                if (i % 3 == 0 && i / 3 < services[k].length) {
                    services[k][i / 3] = nanos(() -> {
                        if (s.path().startsWith("/api/")) {
                            work.list(CN_OFFICER, s.filter(), TaskSort.DUE, 0, 25);
                        } else {
                            work.overview(CN_OFFICER, s.filter(), TaskSort.DUE, 0, 25);
                        }
                    });
                }
            }
        }
        for (int k = 0; k < scenarios.size(); k++) {
            long[] page = pages[k];
            long[] bare = bares[k];
            Arrays.sort(page);
            Arrays.sort(bare);
            Arrays.sort(services[k]);
            report(String.format(
                    "%-24s page p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms | bare query p50 %6.1f ms"
                            + "  p95 %6.1f ms  p99 %6.1f ms | ratio p50 %.2f  p95 %.2f | service alone p50 %6.1f ms",
                    scenarios.get(k).what(),
                    ms(page, 50),
                    ms(page, 95),
                    ms(page, 99),
                    ms(bare, 50),
                    ms(bare, 95),
                    ms(bare, 99),
                    ms(page, 50) / ms(bare, 50),
                    ms(page, 95) / ms(bare, 95),
                    ms(services[k], 50)));
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static TaskFilter person(String name) {
        return new TaskFilter(null, null, null, TaskFilter.Assignment.ANY, null, name);
    }

    /** Prints a line at once and keeps the report file whole, so that a long run shows its progress. */
    private void report(String line) {
        lines.add(line);
        System.out.println(line);
        try {
            Files.createDirectories(Path.of("target", "benchmark"));
            Files.write(
                    Path.of("target", "benchmark", H2 ? "task-list-h2-" + PERSONS + ".txt" : "task-list.txt"), lines);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void page(String path, UserDetails officer) {
        try {
            MvcResult result = mvc.perform(get(path).with(user(officer))).andReturn();
            int minimum = path.startsWith("/api/") ? 10 : 1000;
            if (result.getResponse().getStatus() != 200
                    || result.getResponse().getContentAsString().length() < minimum) {
                throw new IllegalStateException(
                        path + " answered " + result.getResponse().getStatus());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Seeds the tasks; returns the id of the operation of the seed's 1,523 persons (for the bulk page). */
    private String seed() {
        Actor police = Actor.agency("mm-mpf", "MM");
        List<PersonInput> persons = persons();
        int large = PERSONS - DemoOperationGenerator.SEED_PERSONS;
        String operation = null;
        for (int first = 0; first < large; first += PersonInput.MAX_BATCH) {
            List<PersonInput> batch = persons.subList(first, Math.min(large, first + PersonInput.MAX_BATCH));
            if (operation == null) {
                operation = open(police, "Task list benchmark", batch);
            } else {
                intake.addPersons(police, operation, batch, null);
            }
        }
        String seedOperation = open(police, "Task list benchmark: the seed's 1,523", persons.subList(large, PERSONS));
        Instant now = Instant.now();
        for (int first = 0; first < DATED; first += 500) {
            int from = first;
            tx.executeWithoutResult(status -> {
                for (int i = from; i < from + 500; i++) {
                    Instant due = now.plusSeconds(3_600L * 24 * ((i % 90) - 30));
                    runtime.startProcessInstanceByKey(
                            "PlatformTestProcess",
                            java.util.UUID.randomUUID().toString(),
                            Map.of("jurisdiction", "CN", "due", Date.from(due)));
                }
            });
        }
        return seedOperation;
    }

    private String open(Actor police, String name, List<PersonInput> persons) {
        OperationInput header = DemoOperationGenerator.operation(name);
        return intake.open(
                        police,
                        new OperationInput(
                                header.name(),
                                header.holdingState(),
                                header.receivingState(),
                                header.regions(),
                                header.callCentres(),
                                header.startDate(),
                                header.endDate(),
                                persons),
                        null)
                .resourceId();
    }

    /**
     * One bulk completion of the 1,523 verifications of an operation through the bulk page ("all
     * matching": the ids resolved on the server, then one POST), against the bare engine completing
     * as many verifications one per transaction.
     */
    private void bulkPage(String operation) throws Exception {
        UserDetails officer = people.loadUserByUsername("cn.officer");
        String form = mvc.perform(get("/tasks/bulk")
                        .param("scope", "all")
                        .param("taskKey", VERIFY)
                        .param("caseId", operation)
                        .with(user(officer)))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher ids = java.util.regex.Pattern.compile("name=\"bulk.taskIds\" value=\"([^\"]*)\"")
                .matcher(form);
        if (!ids.find()) {
            throw new IllegalStateException("no bulk form");
        }
        int count = ids.group(1).split(",").length;
        String[] result = new String[1];
        long page = timed(() -> result[0] = completeAll(ids.group(1), officer));
        if (!result[0].contains(String.format("%,d completed, 0 not completed", count))) {
            throw new IllegalStateException("bulk page did not complete all " + count + " tasks");
        }
        List<String> others = tasks
                .createTaskQuery()
                .taskCandidateGroup("CN-officer")
                .taskDefinitionKey(VERIFY)
                .listPage(0, count)
                .stream()
                .map(org.camunda.bpm.engine.task.Task::getId)
                .toList();
        long bare =
                timed(() -> others.forEach(id -> tasks.complete(id, Map.of("nationalityVerification", "CONFIRMED"))));
        report(String.format(
                "bulk page, %,d verifications in one POST: %.1f s (%.1f ms per task); bare engine, one "
                        + "complete per transaction: %.1f s; ratio %.2f",
                count, page / 1000.0, (double) page / count, bare / 1000.0, (double) page / bare));
    }

    private String completeAll(String ids, UserDetails officer) {
        try {
            return mvc.perform(post("/tasks/bulk")
                            .with(csrf())
                            .with(user(officer))
                            .param("bulk.taskIds", ids)
                            .param("nationalityVerification", "CONFIRMED"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Persons whose (Latin name, date of birth) never repeats, so that the duplicate rule lets every
     * batch in: 20 family names × 25 × 25 given names, each name four times with dates 5,000 days apart.
     */
    static List<PersonInput> persons() {
        List<String> centres = DemoOperationGenerator.callCentres();
        List<PersonInput> persons = new ArrayList<>(PERSONS);
        int names = FAMILY.length * GIVEN.length * GIVEN.length;
        for (int k = 0; k < PERSONS; k++) {
            int r = k % names;
            String[] family = FAMILY[r % FAMILY.length];
            String[] first = GIVEN[(r / FAMILY.length) % GIVEN.length];
            String[] second = GIVEN[r / (FAMILY.length * GIVEN.length)];
            LocalDate born = LocalDate.of(1955, 1, 1).plusDays((k / names) * 5_000L + r % 4_000);
            persons.add(new PersonInput(
                    family[0] + first[0] + second[0],
                    family[1] + " " + first[1] + second[1].toLowerCase(),
                    k % 4 == 0 ? "FEMALE" : "MALE",
                    born.toString(),
                    "CN",
                    List.of(),
                    centres.get(k % centres.size()),
                    "SUSPECT"));
        }
        return persons;
    }

    private static long timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long nanos(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static double ms(long[] sorted, int percentile) {
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[index] / 1e6;
    }
}
