package org.comity.web.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.comity.web.TestApi;
import org.comity.web.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The application on real PostgreSQL with the {@code postgres} profile ({@link PostgresWebIT}): it
 * starts, migrates, serves the API, and lets exactly one of many simultaneous completions of a task
 * through.
 */
class PostgresIT extends PostgresWebIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    HistoryService history;

    @Test
    void runsOnPostgresqlWithComitysMigrationsApplied() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success")
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(as("mm.officer").get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void letsExactlyOneOfTenSimultaneousCompletionsThrough() throws Exception {
        for (int round = 0; round < 3; round++) {
            String caseId = UUID.randomUUID().toString();
            runtime.startProcessInstanceByKey(
                    "PlatformTestProcess",
                    caseId,
                    Map.of(
                            "jurisdiction",
                            "CN",
                            "due",
                            Date.from(TestClock.now().plusSeconds(3600))));
            String taskId = tasks.createTaskQuery()
                    .processInstanceBusinessKey(caseId)
                    .singleResult()
                    .getId();

            List<Integer> statuses = completeConcurrently(taskId, 10);

            assertThat(statuses).as("round %d", round).containsOnly(204, 409);
            assertThat(statuses.stream().filter(s -> s == 204)).hasSize(1);
            assertThat(history.createHistoricTaskInstanceQuery()
                            .taskId(taskId)
                            .finished()
                            .count())
                    .isOne();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM task_submission WHERE task_id = ?")
                            .param(taskId)
                            .query(Long.class)
                            .single())
                    .isOne();
            assertThat(tasks.createTaskQuery()
                            .processInstanceBusinessKey(caseId)
                            .taskDefinitionKey("Task_ReviewDecision")
                            .count())
                    .isOne();
        }
    }

    private List<Integer> completeConcurrently(String taskId, int threads) throws Exception {
        TestApi officer = as("cn.officer");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return officer.post("/api/v1/tasks/" + taskId + "/complete", Map.of("decision", "APPROVE"))
                            .status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
