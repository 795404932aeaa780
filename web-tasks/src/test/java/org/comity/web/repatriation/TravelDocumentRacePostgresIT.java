package org.comity.web.repatriation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.comity.core.repatriation.RepatriationModel;
import org.comity.web.TestApi;
import org.comity.web.TestClock;
import org.comity.web.postgres.EmbeddedPostgresServer;
import org.comity.web.postgres.PostgresWebIT;
import org.junit.jupiter.api.Test;

/**
 * Issue #14: a travel document number is one person's, and the database keeps it so when two
 * officers issue the same number to two persons at the same moment. Both completions pass the rule's
 * read (neither sees the other's uncommitted number); PostgreSQL's unique constraint then holds the
 * second until the first commits and refuses it. The loser is answered 422 naming
 * {@code travelDocumentNumber} and the rule, its task stays open, and exactly one person carries
 * the number. Ten rounds, two persons each, on {@link PostgresWebIT}'s shared context.
 */
class TravelDocumentRacePostgresIT extends PostgresWebIT {

    private static final int ROUNDS = 10;

    @Test
    void twoSimultaneousCompletionsWithOneNumberStoreItOnce() throws Exception {
        TestApi china = as("cn.officer");
        String operation = RepatriationFixtures.open(
                withToken("demo-mm-mpf"), RepatriationFixtures.theSeedOperation("Travel document race", persons()));
        RepatriationFixtures.runJobs(management);
        RepatriationFixtures.bulk(
                china,
                RepatriationFixtures.taskIds(china, operation, RepatriationModel.TASK_VERIFY_NATIONALITY),
                Map.of("nationalityVerification", "CONFIRMED"));
        List<String> issue =
                RepatriationFixtures.taskIds(china, operation, RepatriationModel.TASK_ISSUE_TRAVEL_DOCUMENT);
        assertThat(issue).hasSize(2 * ROUNDS);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String number = "RACE"
                        + UUID.randomUUID()
                                .toString()
                                .replace("-", "")
                                .substring(0, 12)
                                .toUpperCase();
                List<TestApi.Response> answers =
                        race(pool, china, issue.get(2 * round), issue.get(2 * round + 1), number);

                assertThat(answers)
                        .extracting(TestApi.Response::status)
                        .as("round %d: %s", round, answers)
                        .containsExactlyInAnyOrder(204, 422);
                JsonNode refusal = answers.stream()
                        .filter(a -> a.status() == 422)
                        .findFirst()
                        .orElseThrow()
                        .json();
                assertThat(refusal.path("errors").findValuesAsText("field")).containsExactly("travelDocumentNumber");
                assertThat(refusal.path("errors").findValuesAsText("rule")).containsExactly("Unique");
                assertThat(jdbc.sql("SELECT COUNT(*) FROM repatriation_person WHERE travel_document_number = ?")
                                .param(number)
                                .query(Long.class)
                                .single())
                        .isOne();
                assertThat(jdbc.sql("SELECT COUNT(*) FROM task_submission WHERE form_values LIKE ?")
                                .param("%" + number + "%")
                                .query(Long.class)
                                .single())
                        .as("the loser's form is not kept")
                        .isOne();
                int lost = answers.get(0).status() == 422 ? 2 * round : 2 * round + 1;
                assertThat(tasks.createTaskQuery().taskId(issue.get(lost)).count())
                        .as("the loser's task stays open")
                        .isOne();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The constraint itself, without luck in timing: another transaction has given person A the
     * number and not yet committed, so the rule's read finds it free for person B; B's completion then
     * waits on the constraint's index, and once A's transaction commits it is refused with the field
     * error, not a 500.
     */
    @Test
    void aCompletionWaitingOnAnUncommittedEqualNumberIsRefusedOnceItCommits() throws Exception {
        TestApi china = as("cn.officer");
        String operation = RepatriationFixtures.open(
                withToken("demo-mm-mpf"),
                RepatriationFixtures.theSeedOperation(
                        "Travel document held",
                        List.of(
                                RepatriationFixtures.aDetainee("壬一", "REN Yi", LocalDate.of(1977, 7, 7)),
                                RepatriationFixtures.aDetainee("癸二", "GUI Er", LocalDate.of(1978, 8, 8)))));
        RepatriationFixtures.runJobs(management);
        RepatriationFixtures.bulk(
                china,
                RepatriationFixtures.taskIds(china, operation, RepatriationModel.TASK_VERIFY_NATIONALITY),
                Map.of("nationalityVerification", "CONFIRMED"));
        List<String> issue =
                RepatriationFixtures.taskIds(china, operation, RepatriationModel.TASK_ISSUE_TRAVEL_DOCUMENT);
        String number = "HELD"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        String processOfA =
                tasks.createTaskQuery().taskId(issue.get(0)).singleResult().getProcessInstanceId();

        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection other =
                DriverManager.getConnection(EmbeddedPostgresServer.jdbcUrl(DATABASE), "postgres", "postgres")) {
            other.setAutoCommit(false);
            try (PreparedStatement give = other.prepareStatement(
                    "UPDATE repatriation_person SET travel_document_number = ? WHERE process_instance_id = ?")) {
                give.setString(1, number);
                give.setString(2, processOfA);
                assertThat(give.executeUpdate()).isOne();
            }
            Future<TestApi.Response> completion = pool.submit(() -> china.post(
                    "/api/v1/tasks/" + issue.get(1) + "/complete",
                    Map.of(
                            "travelDocumentType",
                            "PASSPORT",
                            "travelDocumentNumber",
                            number,
                            "travelDocumentExpiry",
                            TestClock.todayInChina().plusYears(5).toString())));
            await().atMost(Duration.ofSeconds(30)).until(() -> completion.isDone() || waitingForALock() > 0);
            assertThat(completion.isDone())
                    .as("B's completion waits for A's transaction")
                    .isFalse();
            other.commit();

            TestApi.Response refused = completion.get(30, TimeUnit.SECONDS);
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly("travelDocumentNumber");
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM repatriation_person WHERE travel_document_number = ?")
                        .param(number)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(tasks.createTaskQuery().taskId(issue.get(1)).count()).isOne();
    }

    private long waitingForALock() {
        return jdbc.sql("SELECT COUNT(*) FROM pg_locks WHERE NOT granted")
                .query(Long.class)
                .single();
    }

    private static List<org.comity.core.repatriation.request.PersonInput> persons() {
        List<org.comity.core.repatriation.request.PersonInput> persons = new ArrayList<>();
        for (int i = 0; i < 2 * ROUNDS; i++) {
            persons.add(RepatriationFixtures.aDetainee(
                    "竞" + (char) ('甲' + i), "JING Race" + (char) ('A' + i), LocalDate.of(1980 + i, 1 + i % 12, 1 + i)));
        }
        return persons;
    }

    private static List<TestApi.Response> race(
            ExecutorService pool, TestApi officer, String first, String second, String number) throws Exception {
        Map<String, Object> issued = Map.of(
                "travelDocumentType",
                "PASSPORT",
                "travelDocumentNumber",
                number,
                "travelDocumentExpiry",
                TestClock.todayInChina().plusYears(5).toString());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<TestApi.Response>> runs = new ArrayList<>();
        for (String task : List.of(first, second)) {
            runs.add(pool.submit(() -> {
                start.await();
                return officer.post("/api/v1/tasks/" + task + "/complete", issued);
            }));
        }
        start.countDown();
        List<TestApi.Response> answers = new ArrayList<>();
        for (Future<TestApi.Response> run : runs) {
            answers.add(run.get());
        }
        return answers;
    }
}
