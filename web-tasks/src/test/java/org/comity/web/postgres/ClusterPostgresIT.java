package org.comity.web.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.comity.web.repatriation.RepatriationFixtures.aDetainee;
import static org.comity.web.repatriation.RepatriationFixtures.theSeedOperation;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.comity.ComityApplication;
import org.comity.core.engine.ClusterStartupLock;
import org.comity.core.repatriation.RepatriationModel;
import org.comity.web.TestApi;
import org.comity.web.demo.DemoOperationGenerator;
import org.comity.web.extradition.ExtraditionRequestBodies;
import org.comity.web.repatriation.RepatriationFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes of Comity on one PostgreSQL database, as DESIGN.md §10 promises (Camunda's homogeneous
 * cluster: the same application on every node, one shared database, the job executor on every node,
 * optimistic locking; reliability-and-security.md A2, A5, A7, R9): both nodes start at the same time
 * on an empty database, then a case opened through one node is served by the other, a task completed
 * through both at once is completed once, both append to one audit chain, and every job (a due timer,
 * a job whose node died holding its lock) runs exactly once.
 *
 * <p>This class deliberately does not extend {@link PostgresWebIT}: a test context of Spring's is one
 * application, and a cluster needs two. It boots two whole applications from
 * {@link ComityApplication} with {@link SpringApplicationBuilder} (profiles {@code demo} and
 * {@code postgres}, each on its own random port, job executor on, short acquisition waits) against
 * the database {@value #DATABASE}, created empty on the JVM's {@link EmbeddedPostgresServer}, and
 * closes both after the class. Both nodes share the JVM's one engine clock ({@link ClockUtil}),
 * which the timer tests move and reset.
 */
class ClusterPostgresIT {

    static final String DATABASE = "comity_cluster";

    private static final String PASSWORD = "demo";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    /** The demo seed operation's name (DemoOperationLoader), which both nodes are told to load. */
    private static final String SEED_NAME = "Joint operation against telecom fraud, northern and eastern Myanmar 2025";

    private static final AtomicInteger OPERATIONS = new AtomicInteger();

    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private static long seedPersonProcesses;

    /**
     * Starts both nodes on an empty database and holds them at the engine's start-up lock
     * ({@link ClusterStartupLock}) until both wait there, so that both reach Camunda's schema
     * creation at the same moment, then lets them go.
     */
    @BeforeAll
    static void startTwoNodesAtOnceOnAnEmptyDatabase() throws Exception {
        EmbeddedPostgresServer.recreate(DATABASE);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService starters = Executors.newFixedThreadPool(2);
        try (Connection gate = DriverManager.getConnection(EmbeddedPostgresServer.jdbcUrl(DATABASE), "postgres",
                "postgres"); Statement sql = gate.createStatement()) {
            sql.execute("SELECT pg_advisory_lock(" + ClusterStartupLock.KEY + ")");
            Future<ConfigurableApplicationContext> a = starters.submit(() -> boot("a", together));
            Future<ConfigurableApplicationContext> b = starters.submit(() -> boot("b", together));
            await().atMost(PATIENCE).until(() -> a.isDone() || b.isDone() || waitingForTheStartupLock(sql) == 2);
            if (a.isDone() || b.isDone()) {
                (a.isDone() ? a : b).get();
                throw new AssertionError("A node started without waiting for the engine's start-up lock");
            }
            sql.execute("SELECT pg_advisory_unlock(" + ClusterStartupLock.KEY + ")");
            nodeA = a.get();
            nodeB = b.get();
        } finally {
            starters.shutdownNow();
        }
        seedPersonProcesses = withdrawTheSeedsPersonProcesses();
    }

    private static int waitingForTheStartupLock(Statement sql) throws SQLException {
        try (ResultSet waiting = sql.executeQuery("SELECT COUNT(*) FROM pg_locks l JOIN pg_database d "
                + "ON d.oid = l.database WHERE d.datname = '" + DATABASE + "' AND l.locktype = 'advisory' "
                + "AND l.objid = " + (ClusterStartupLock.KEY & 0xffffffffL) + " AND NOT l.granted")) {
            waiting.next();
            return waiting.getInt(1);
        }
    }

    /**
     * Counts the person processes of the demo seed operation, then ends them: the timer tests move the
     * engine clock past the verification SLA, and 1,523 due SLA timers would queue before theirs.
     */
    private static long withdrawTheSeedsPersonProcesses() {
        RuntimeService runtime = bean(nodeA, RuntimeService.class);
        long count = 0;
        for (String seed : jdbc(nodeA).sql("SELECT CAST(id AS VARCHAR) FROM repatriation_operation WHERE name LIKE ?")
                .param(SEED_NAME + "%").query(String.class).list()) {
            count += runtime.createProcessInstanceQuery().processInstanceBusinessKey(seed)
                    .processDefinitionKey(RepatriationModel.PERSON_PROCESS).count();
            for (List<String> ids = seedProcesses(runtime, seed); !ids.isEmpty(); ids = seedProcesses(runtime, seed)) {
                runtime.deleteProcessInstances(ids, "not needed by the cluster test", true, true);
            }
        }
        return count;
    }

    private static List<String> seedProcesses(RuntimeService runtime, String seed) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(seed).listPage(0, 500).stream()
                .map(ProcessInstance::getId).toList();
    }

    private static ConfigurableApplicationContext boot(String node, CyclicBarrier together) throws Exception {
        together.await();
        return new SpringApplicationBuilder(ComityApplication.class).profiles("demo", "postgres").run(
                "--DB_URL=" + EmbeddedPostgresServer.jdbcUrl(DATABASE), "--DB_USER=postgres", "--DB_PASSWORD=postgres",
                "--server.port=0", "--spring.main.banner-mode=off",
                "--comity.data-dir=" + Files.createTempDirectory("comity-node-" + node),
                "--comity.demo.load-operation=true", "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.wait-time-in-millis=100",
                "--camunda.bpm.job-execution.max-wait=500");
    }

    @AfterAll
    static void stopBothNodes() {
        ClockUtil.reset();
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @AfterEach
    void resetTheEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void bothNodesStartWithOneDeploymentOneSetOfDemoIdentitiesAndOneSeedOperation() {
        JdbcClient jdbc = jdbc(nodeA);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM repatriation_operation WHERE name = ?").param(SEED_NAME)
                .query(Long.class).single()).isOne();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM repatriation_person p JOIN repatriation_operation o "
                + "ON o.id = p.operation_id WHERE o.name = ?").param(SEED_NAME).query(Long.class).single())
                .isEqualTo(DemoOperationGenerator.SEED_PERSONS);
        assertThat(seedPersonProcesses).as("one person process per seeded person").isEqualTo(DemoOperationGenerator.SEED_PERSONS);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM act_re_deployment").query(Long.class).single()).isOne();
        assertThat(jdbc.sql("SELECT key_ FROM act_re_procdef GROUP BY key_ HAVING COUNT(*) > 1").query(String.class)
                .list()).as("process definitions deployed twice").isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM act_re_procdef").query(Long.class).single()).isGreaterThan(5);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM comity_user").query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM comity_agency").query(Long.class).single()).isEqualTo(2);
        for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
            assertThat(node.getBean(ProcessEngineConfigurationImpl.class).getJobExecutor().isActive()).isTrue();
            assertThat(as(node, "mm.officer").get("/api/v1/me").status()).isEqualTo(200);
        }
        assertThat(port(nodeA)).isNotEqualTo(port(nodeB));
    }

    @Test
    void servesACaseOpenedThroughOneNodeThroughTheOther() {
        String caseId = submitExtradition(nodeA);

        assertThat(as(nodeB, "cn.officer").get("/api/v1/cases/" + caseId).status()).isEqualTo(200);
        // the pre-check is asynchronous: whichever node's job executor runs it, the review task it leads
        // to is in node B's task list
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(taskIds(nodeB, "cn.supervisor", caseId)).hasSize(1));
        String review = taskIds(nodeB, "cn.supervisor", caseId).get(0);
        assertThat(taskIds(nodeA, "cn.supervisor", caseId)).containsExactly(review);
        assertThat(as(nodeB, "cn.supervisor").get("/api/v1/tasks/" + review).status()).isEqualTo(200);
    }

    @Test
    void completesATaskCompletedThroughBothNodesAtOnceExactlyOnce() throws Exception {
        JdbcClient jdbc = jdbc(nodeA);
        for (int round = 0; round < 5; round++) {
            String caseId = UUID.randomUUID().toString();
            String taskId = startTestCase(nodeA, caseId);
            CyclicBarrier together = new CyclicBarrier(2);

            List<Integer> statuses = concurrently(List.of(
                    () -> completeAt(nodeA, taskId, together),
                    () -> completeAt(nodeB, taskId, together)));

            assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(204, 409);
            assertThat(bean(nodeB, TaskService.class).createTaskQuery().processInstanceBusinessKey(caseId)
                    .taskDefinitionKey("Task_ReviewDecision").count()).isOne();
            assertThat(bean(nodeB, TaskService.class).createTaskQuery().processInstanceBusinessKey(caseId).count()).isOne();
            assertThat(bean(nodeB, HistoryService.class).createHistoricTaskInstanceQuery().taskId(taskId).finished()
                    .count()).isOne();
            String instance = bean(nodeB, HistoryService.class).createHistoricTaskInstanceQuery().taskId(taskId)
                    .singleResult().getProcessInstanceId();
            assertThat(bean(nodeB, HistoryService.class).createHistoricActivityInstanceQuery()
                    .processInstanceId(instance).activityId("Task_ReviewDecision").count()).isOne();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM task_submission WHERE task_id = ?").param(taskId)
                    .query(Long.class).single()).isOne();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'task.complete' AND object_id = ?")
                    .param(taskId).query(Long.class).single()).isOne();
        }
    }

    @Test
    void keepsOneValidAuditChainWhileBothNodesAppendToIt() throws Exception {
        String caseId = submitExtradition(nodeA);
        long before = verify(nodeA).get("entries").asLong();
        int perThread = 20;
        List<Callable<Integer>> writers = new ArrayList<>();
        CyclicBarrier together = new CyclicBarrier(4);
        for (ConfigurableApplicationContext node : List.of(nodeA, nodeB, nodeA, nodeB)) {
            String taskId = startTestCase(nodeA, UUID.randomUUID().toString());
            writers.add(() -> {
                TestApi officer = as(node, "cn.officer");
                together.await();
                int succeeded = 0;
                for (int i = 0; i < perThread; i++) {
                    TestApi.Response response = switch (i % 4) {
                        case 1 -> officer.post("/api/v1/tasks/" + taskId + "/claim", Map.of());
                        case 3 -> officer.post("/api/v1/tasks/" + taskId + "/unclaim", Map.of());
                        default -> officer.get("/api/v1/cases/" + caseId);
                    };
                    succeeded += response.status() / 100 == 2 ? 1 : 0;
                }
                return succeeded;
            });
        }

        List<Integer> succeeded = concurrently(writers);

        assertThat(succeeded).containsOnly(perThread);
        var atA = verify(nodeA);
        var atB = verify(nodeB);
        assertThat(atA.get("valid").asBoolean()).as(atA.toString()).isTrue();
        assertThat(atB.get("valid").asBoolean()).as(atB.toString()).isTrue();
        // 80 requests, each one entry, plus node A's own verification
        assertThat(atA.get("entries").asLong()).isGreaterThanOrEqualTo(before + 4L * perThread + 1);
        assertThat(atB.get("entries").asLong()).isGreaterThan(atA.get("entries").asLong());
        assertThat(jdbc(nodeB).sql("SELECT COUNT(*) FROM audit_log WHERE action = 'case.read' AND case_id = ?")
                .param(UUID.fromString(caseId)).query(Long.class).single()).isGreaterThanOrEqualTo(4L * perThread / 2);
    }

    @Test
    void runsADueTimerOnceThoughBothNodesPollForIt() {
        String operation = openOperation(nodeA, "Cluster timer", 1);
        String person = personProcesses(operation).get(0);
        Job timer = timerOf(person);

        ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plus(1, ChronoUnit.MINUTES)));

        awaitGone(timer.getId());
        assertEscalatedOnce(person);
    }

    @Test
    void runsAJobLockedByANodeThatDiedOnceItsLockExpires() {
        String operation = openOperation(nodeB, "Cluster dead node", 2);
        List<String> persons = personProcesses(operation);
        Job orphan = timerOf(persons.get(0));
        Job witness = timerOf(persons.get(1));
        Instant due = orphan.getDuedate().toInstant();
        Instant lockExpires = due.plus(1, ChronoUnit.HOURS);
        // what a node leaves behind when it is killed while executing the job: its lock, until expiry
        jdbc(nodeA).sql("UPDATE act_ru_job SET lock_owner_ = ?, lock_exp_time_ = ? WHERE id_ = ?")
                .params("node-killed-mid-job", Timestamp.from(lockExpires), orphan.getId()).update();

        ClockUtil.setCurrentTime(Date.from(due.plus(1, ChronoUnit.MINUTES)));
        // the witness is due at the same time and not locked: once it ran, an acquisition has seen the
        // orphan due and left it to its (dead) owner
        awaitGone(witness.getId());
        assertEscalatedOnce(persons.get(1));
        Job stillLocked = bean(nodeA, ManagementService.class).createJobQuery().jobId(orphan.getId()).singleResult();
        assertThat(stillLocked).isNotNull();
        assertThat(jdbc(nodeA).sql("SELECT lock_owner_ FROM act_ru_job WHERE id_ = ?").param(orphan.getId())
                .query(String.class).single()).isEqualTo("node-killed-mid-job");
        assertThat(escalations(persons.get(0))).isZero();

        ClockUtil.setCurrentTime(Date.from(lockExpires.plus(1, ChronoUnit.MINUTES)));

        awaitGone(orphan.getId());
        assertEscalatedOnce(persons.get(0));
    }

    private static void awaitGone(String jobId) {
        ManagementService management = bean(nodeA, ManagementService.class);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> management.createJobQuery().jobId(jobId).count() == 0);
    }

    /** The verification SLA's timer fired once: one escalation task, the timer once in the history. */
    private static void assertEscalatedOnce(String personProcess) {
        await().atMost(PATIENCE).until(() -> escalations(personProcess) == 1);
        assertThat(bean(nodeB, HistoryService.class).createHistoricActivityInstanceQuery()
                .processInstanceId(personProcess).activityId("Timer_VerificationSla").count()).isOne();
        assertThat(bean(nodeB, HistoryService.class).createHistoricActivityInstanceQuery()
                .processInstanceId(personProcess).activityId(RepatriationModel.TASK_ESCALATE_VERIFICATION).count())
                .isOne();
        assertThat(bean(nodeB, ManagementService.class).createJobQuery().processInstanceId(personProcess).count())
                .isZero();
        assertThat(bean(nodeB, RuntimeService.class).createIncidentQuery().processInstanceId(personProcess).count())
                .isZero();
    }

    private static long escalations(String personProcess) {
        return bean(nodeB, TaskService.class).createTaskQuery().processInstanceId(personProcess)
                .taskDefinitionKey(RepatriationModel.TASK_ESCALATE_VERIFICATION).count();
    }

    private static Job timerOf(String personProcess) {
        return bean(nodeA, ManagementService.class).createJobQuery().processInstanceId(personProcess).timers()
                .singleResult();
    }

    private static List<String> personProcesses(String operation) {
        return bean(nodeA, RuntimeService.class).createProcessInstanceQuery().processInstanceBusinessKey(operation)
                .processDefinitionKey(RepatriationModel.PERSON_PROCESS).orderByProcessInstanceId().asc().list().stream()
                .map(ProcessInstance::getId).toList();
    }

    private static String openOperation(ConfigurableApplicationContext node, String name, int persons) {
        List<org.comity.core.repatriation.PersonInput> detainees = new ArrayList<>();
        for (int i = 0; i < persons; i++) {
            // a date of birth of its own per operation: a person already registered would be refused
            detainees.add(aDetainee("慕容" + "复博".charAt(i), "MURONG " + (i == 0 ? "Fu" : "Bo"),
                    LocalDate.of(1950 + OPERATIONS.incrementAndGet(), 7, 1)));
        }
        return RepatriationFixtures.open(TestApi.withToken(port(node), "demo-mm-mpf"), theSeedOperation(name, detainees));
    }

    private static String submitExtradition(ConfigurableApplicationContext node) {
        TestApi.Response created = TestApi.withToken(port(node), "demo-cn-mps").post("/api/v1/extraditions",
                ExtraditionRequestBodies.aRequestFromChinaForAChineseNationalInMyanmar());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static String startTestCase(ConfigurableApplicationContext node, String caseId) {
        bean(node, RuntimeService.class).startProcessInstanceByKey("PlatformTestProcess", caseId,
                Map.of("jurisdiction", "CN", "due", Date.from(Instant.now().plusSeconds(3600))));
        return bean(node, TaskService.class).createTaskQuery().processInstanceBusinessKey(caseId).singleResult().getId();
    }

    private static int completeAt(ConfigurableApplicationContext node, String taskId, CyclicBarrier together)
            throws Exception {
        TestApi officer = as(node, "cn.officer");
        together.await();
        return officer.post("/api/v1/tasks/" + taskId + "/complete", Map.of("decision", "APPROVE")).status();
    }

    private static List<String> taskIds(ConfigurableApplicationContext node, String user, String caseId) {
        List<String> ids = new ArrayList<>();
        as(node, user).get("/api/v1/tasks?caseId=" + caseId).json().get("items")
                .forEach(t -> ids.add(t.get("id").asText()));
        return ids;
    }

    private static com.fasterxml.jackson.databind.JsonNode verify(ConfigurableApplicationContext node) {
        TestApi.Response verification = as(node, "auditor").get("/api/v1/audit/verify");
        assertThat(verification.status()).isEqualTo(200);
        return verification.json();
    }

    private static <T> List<T> concurrently(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            calls.forEach(call -> futures.add(pool.submit(call)));
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static TestApi as(ConfigurableApplicationContext node, String user) {
        return TestApi.as(port(node), user, PASSWORD);
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private static JdbcClient jdbc(ConfigurableApplicationContext node) {
        return node.getBean(JdbcClient.class);
    }

    private static <T> T bean(ConfigurableApplicationContext node, Class<T> type) {
        return node.getBean(type);
    }
}
