package org.comity.web.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.comity.web.repatriation.RepatriationFixtures.aDetainee;
import static org.comity.web.repatriation.RepatriationFixtures.theSeedOperation;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.comity.core.repatriation.RepatriationModel;
import org.comity.web.TestApi;
import org.comity.web.TestClock;
import org.comity.web.demo.DemoOperationGenerator;
import org.comity.web.extradition.ExtraditionRequestBodies;
import org.comity.web.repatriation.RepatriationFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
 * application, and a cluster needs two. {@link ClusterNode#startTogether} boots two whole
 * applications (profiles {@code demo} and {@code postgres}, each on its own random port, job
 * executor on, short acquisition waits) against the database {@value #DATABASE}, created empty on the
 * JVM's {@link EmbeddedPostgresServer}; both are closed after the class. Both nodes share the JVM's one engine clock ({@link ClockUtil}),
 * which the timer tests move and reset.
 */
class ClusterPostgresIT {

    static final String DATABASE = "comity_cluster";

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    /** The demo seed operation's name (DemoOperationLoader), which both nodes are told to load. */
    private static final String SEED_NAME = "Joint operation against telecom fraud, northern and eastern Myanmar 2025";

    private static final AtomicInteger OPERATIONS = new AtomicInteger();

    private static ClusterNode nodeA;
    private static ClusterNode nodeB;
    private static long seedPersonProcesses;

    @BeforeAll
    static void startTwoNodesAtOnceOnAnEmptyDatabase() throws Exception {
        List<ClusterNode> nodes = ClusterNode.startTogether(DATABASE, PATIENCE);
        nodeA = nodes.get(0);
        nodeB = nodes.get(1);
        seedPersonProcesses = withdrawTheSeedsPersonProcesses();
    }

    /**
     * Counts the person processes of the demo seed operation, then ends them: the timer tests move the
     * engine clock past the verification SLA, and 1,523 due SLA timers would queue before theirs.
     */
    private static long withdrawTheSeedsPersonProcesses() {
        RuntimeService runtime = nodeA.bean(RuntimeService.class);
        long count = 0;
        for (String seed : nodeA.jdbc()
                .sql("SELECT CAST(id AS VARCHAR) FROM repatriation_operation WHERE name LIKE ?")
                .param(SEED_NAME + "%")
                .query(String.class)
                .list()) {
            count += runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(seed)
                    .processDefinitionKey(RepatriationModel.PERSON_PROCESS)
                    .count();
            for (List<String> ids = seedProcesses(runtime, seed); !ids.isEmpty(); ids = seedProcesses(runtime, seed)) {
                runtime.deleteProcessInstances(ids, "not needed by the cluster test", true, true);
            }
        }
        return count;
    }

    private static List<String> seedProcesses(RuntimeService runtime, String seed) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(seed).listPage(0, 500).stream()
                .map(ProcessInstance::getId)
                .toList();
    }

    @AfterAll
    static void stopBothNodes() {
        TestClock.resetEngineClock();
        for (ClusterNode node : new ClusterNode[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @AfterEach
    void resetTheEngineClock() {
        TestClock.resetEngineClock();
    }

    @Test
    void bothNodesStartWithOneDeploymentOneSetOfDemoIdentitiesAndOneSeedOperation() {
        JdbcClient jdbc = nodeA.jdbc();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM repatriation_operation WHERE name = ?")
                        .param(SEED_NAME)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM repatriation_person p JOIN repatriation_operation o "
                                + "ON o.id = p.operation_id WHERE o.name = ?")
                        .param(SEED_NAME)
                        .query(Long.class)
                        .single())
                .isEqualTo(DemoOperationGenerator.SEED_PERSONS);
        assertThat(seedPersonProcesses)
                .as("one person process per seeded person")
                .isEqualTo(DemoOperationGenerator.SEED_PERSONS);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM act_re_deployment")
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(jdbc.sql("SELECT key_ FROM act_re_procdef GROUP BY key_ HAVING COUNT(*) > 1")
                        .query(String.class)
                        .list())
                .as("process definitions deployed twice")
                .isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM act_re_procdef")
                        .query(Long.class)
                        .single())
                .isGreaterThan(5);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM comity_user")
                        .query(Long.class)
                        .single())
                .as("the demo users, two officers per state")
                .isEqualTo(7);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM comity_agency")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        for (ClusterNode node : List.of(nodeA, nodeB)) {
            assertThat(node.bean(ProcessEngineConfigurationImpl.class)
                            .getJobExecutor()
                            .isActive())
                    .isTrue();
            assertThat(node.as("mm.officer").get("/api/v1/me").status()).isEqualTo(200);
        }
        assertThat(nodeA.port()).isNotEqualTo(nodeB.port());
    }

    @Test
    void servesACaseOpenedThroughOneNodeThroughTheOther() {
        String caseId = submitExtradition(nodeA);

        assertThat(nodeB.as("cn.officer").get("/api/v1/cases/" + caseId).status())
                .isEqualTo(200);
        // the pre-check is asynchronous: whichever node's job executor runs it, the review task it leads
        // to is in node B's task list
        await().atMost(PATIENCE)
                .untilAsserted(() ->
                        assertThat(taskIds(nodeB, "cn.supervisor", caseId)).hasSize(1));
        String review = taskIds(nodeB, "cn.supervisor", caseId).get(0);
        assertThat(taskIds(nodeA, "cn.supervisor", caseId)).containsExactly(review);
        assertThat(nodeB.as("cn.supervisor").get("/api/v1/tasks/" + review).status())
                .isEqualTo(200);
    }

    @Test
    void completesATaskCompletedThroughBothNodesAtOnceExactlyOnce() throws Exception {
        JdbcClient jdbc = nodeA.jdbc();
        for (int round = 0; round < 5; round++) {
            String caseId = UUID.randomUUID().toString();
            String taskId = startTestCase(nodeA, caseId);
            CyclicBarrier together = new CyclicBarrier(2);

            List<Integer> statuses = concurrently(
                    List.of(() -> completeAt(nodeA, taskId, together), () -> completeAt(nodeB, taskId, together)));

            assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(204, 409);
            assertThat(nodeB.bean(TaskService.class)
                            .createTaskQuery()
                            .processInstanceBusinessKey(caseId)
                            .taskDefinitionKey("Task_ReviewDecision")
                            .count())
                    .isOne();
            assertThat(nodeB.bean(TaskService.class)
                            .createTaskQuery()
                            .processInstanceBusinessKey(caseId)
                            .count())
                    .isOne();
            assertThat(nodeB.bean(HistoryService.class)
                            .createHistoricTaskInstanceQuery()
                            .taskId(taskId)
                            .finished()
                            .count())
                    .isOne();
            String instance = nodeB.bean(HistoryService.class)
                    .createHistoricTaskInstanceQuery()
                    .taskId(taskId)
                    .singleResult()
                    .getProcessInstanceId();
            assertThat(nodeB.bean(HistoryService.class)
                            .createHistoricActivityInstanceQuery()
                            .processInstanceId(instance)
                            .activityId("Task_ReviewDecision")
                            .count())
                    .isOne();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM task_submission WHERE task_id = ?")
                            .param(taskId)
                            .query(Long.class)
                            .single())
                    .isOne();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'task.complete' AND object_id = ?")
                            .param(taskId)
                            .query(Long.class)
                            .single())
                    .isOne();
        }
    }

    @Test
    void keepsOneValidAuditChainWhileBothNodesAppendToIt() throws Exception {
        String caseId = submitExtradition(nodeA);
        long before = verify(nodeA).get("entries").asLong();
        int perThread = 20;
        List<Callable<Integer>> writers = new ArrayList<>();
        CyclicBarrier together = new CyclicBarrier(4);
        for (ClusterNode node : List.of(nodeA, nodeB, nodeA, nodeB)) {
            String taskId = startTestCase(nodeA, UUID.randomUUID().toString());
            writers.add(() -> {
                TestApi officer = node.as("cn.officer");
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
        assertThat(nodeB.jdbc()
                        .sql("SELECT COUNT(*) FROM audit_log WHERE action = 'case.read' AND case_id = ?")
                        .param(UUID.fromString(caseId))
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(4L * perThread / 2);
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
        nodeA.jdbc()
                .sql("UPDATE act_ru_job SET lock_owner_ = ?, lock_exp_time_ = ? WHERE id_ = ?")
                .params("node-killed-mid-job", Timestamp.from(lockExpires), orphan.getId())
                .update();

        ClockUtil.setCurrentTime(Date.from(due.plus(1, ChronoUnit.MINUTES)));
        // the witness is due at the same time and not locked: once it ran, an acquisition has seen the
        // orphan due and left it to its (dead) owner
        awaitGone(witness.getId());
        assertEscalatedOnce(persons.get(1));
        Job stillLocked = nodeA.bean(ManagementService.class)
                .createJobQuery()
                .jobId(orphan.getId())
                .singleResult();
        assertThat(stillLocked).isNotNull();
        assertThat(nodeA.jdbc()
                        .sql("SELECT lock_owner_ FROM act_ru_job WHERE id_ = ?")
                        .param(orphan.getId())
                        .query(String.class)
                        .single())
                .isEqualTo("node-killed-mid-job");
        assertThat(escalations(persons.get(0))).isZero();

        ClockUtil.setCurrentTime(Date.from(lockExpires.plus(1, ChronoUnit.MINUTES)));

        awaitGone(orphan.getId());
        assertEscalatedOnce(persons.get(0));
    }

    private static void awaitGone(String jobId) {
        ManagementService management = nodeA.bean(ManagementService.class);
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> management.createJobQuery().jobId(jobId).count() == 0);
    }

    /** The verification SLA's timer fired once: one escalation task, the timer once in the history. */
    private static void assertEscalatedOnce(String personProcess) {
        await().atMost(PATIENCE).until(() -> escalations(personProcess) == 1);
        assertThat(nodeB.bean(HistoryService.class)
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(personProcess)
                        .activityId("Timer_VerificationSla")
                        .count())
                .isOne();
        assertThat(nodeB.bean(HistoryService.class)
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(personProcess)
                        .activityId(RepatriationModel.TASK_ESCALATE_VERIFICATION)
                        .count())
                .isOne();
        assertThat(nodeB.bean(ManagementService.class)
                        .createJobQuery()
                        .processInstanceId(personProcess)
                        .count())
                .isZero();
        assertThat(nodeB.bean(RuntimeService.class)
                        .createIncidentQuery()
                        .processInstanceId(personProcess)
                        .count())
                .isZero();
    }

    private static long escalations(String personProcess) {
        return nodeB.bean(TaskService.class)
                .createTaskQuery()
                .processInstanceId(personProcess)
                .taskDefinitionKey(RepatriationModel.TASK_ESCALATE_VERIFICATION)
                .count();
    }

    private static Job timerOf(String personProcess) {
        return nodeA.bean(ManagementService.class)
                .createJobQuery()
                .processInstanceId(personProcess)
                .timers()
                .singleResult();
    }

    private static List<String> personProcesses(String operation) {
        return nodeA
                .bean(RuntimeService.class)
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(operation)
                .processDefinitionKey(RepatriationModel.PERSON_PROCESS)
                .orderByProcessInstanceId()
                .asc()
                .list()
                .stream()
                .map(ProcessInstance::getId)
                .toList();
    }

    private static String openOperation(ClusterNode node, String name, int persons) {
        List<org.comity.core.repatriation.request.PersonInput> detainees = new ArrayList<>();
        for (int i = 0; i < persons; i++) {
            // a date of birth of its own per operation: a person already registered would be refused
            detainees.add(aDetainee(
                    "慕容" + "复博".charAt(i),
                    "MURONG " + (i == 0 ? "Fu" : "Bo"),
                    LocalDate.of(1950 + OPERATIONS.incrementAndGet(), 7, 1)));
        }
        return RepatriationFixtures.open(
                TestApi.withToken(node.port(), "demo-mm-mpf"), theSeedOperation(name, detainees));
    }

    private static String submitExtradition(ClusterNode node) {
        TestApi.Response created = TestApi.withToken(node.port(), "demo-cn-mps")
                .post("/api/v1/extraditions", ExtraditionRequestBodies.aRequestFromChinaForAChineseNationalInMyanmar());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static String startTestCase(ClusterNode node, String caseId) {
        node.bean(RuntimeService.class)
                .startProcessInstanceByKey(
                        "PlatformTestProcess",
                        caseId,
                        Map.of(
                                "jurisdiction",
                                "CN",
                                "due",
                                Date.from(TestClock.now().plusSeconds(3600))));
        return node.bean(TaskService.class)
                .createTaskQuery()
                .processInstanceBusinessKey(caseId)
                .singleResult()
                .getId();
    }

    private static int completeAt(ClusterNode node, String taskId, CyclicBarrier together) throws Exception {
        TestApi officer = node.as("cn.officer");
        together.await();
        return officer.post("/api/v1/tasks/" + taskId + "/complete", Map.of("decision", "APPROVE"))
                .status();
    }

    private static List<String> taskIds(ClusterNode node, String user, String caseId) {
        List<String> ids = new ArrayList<>();
        node.as(user)
                .get("/api/v1/tasks?caseId=" + caseId)
                .json()
                .get("items")
                .forEach(t -> ids.add(t.get("id").asText()));
        return ids;
    }

    private static JsonNode verify(ClusterNode node) {
        TestApi.Response verification = node.as("auditor").get("/api/v1/audit/verify");
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
}
