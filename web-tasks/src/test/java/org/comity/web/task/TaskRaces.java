package org.comity.web.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import org.comity.web.TestApi;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue #14 item 5, run on H2 ({@link TaskRacesIT}) and PostgreSQL ({@link TaskRacesPostgresIT}):
 * two officers acting on one task at the same moment. The loser of a race gets a conflict (409, or
 * the tasklist's conflict page), never a 500, whether it was completing, reading the form or claiming,
 * through the API or the tasklist.
 */
final class TaskRaces implements AutoCloseable {

    private static final int ROUNDS = 20;
    private static final Map<String, Object> DECISION = Map.of("decision", "APPROVE");

    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final Function<String, TestApi> api;
    private final Supplier<String> newTask;
    private final MockMvc mvc;
    private final UserDetailsService people;

    /** @param newTask opens a {@code Task_RecordDecision} of China's officers and returns its id */
    TaskRaces(Function<String, TestApi> api, Supplier<String> newTask, MockMvc mvc, UserDetailsService people) {
        this.api = api;
        this.newTask = newTask;
        this.mvc = mvc;
        this.people = people;
    }

    void twoApiCompletionsGiveOne204AndOne409() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String task = newTask.get();
            assertThat(race(() -> completeByApi(task), () -> completeByApi(task)))
                    .as("round " + round)
                    .containsExactlyInAnyOrder(204, 409);
        }
    }

    void aFormReadRacingACompletionIsAnsweredOr409() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String task = newTask.get();
            List<Integer> statuses = race(
                    () -> completeByApi(task),
                    () -> api.apply("cn.officer")
                            .get("/api/v1/tasks/" + task + "/form")
                            .status());
            assertThat(statuses.get(0)).as("round " + round).isEqualTo(204);
            assertThat(statuses.get(1)).as("round " + round).isIn(200, 409);
        }
    }

    void aClaimRacingACompletionIsDoneOr409() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String task = newTask.get();
            List<Integer> statuses = race(
                    () -> completeByApi(task),
                    () -> api.apply("cn.officer")
                            .post("/api/v1/tasks/" + task + "/claim", Map.of())
                            .status());
            assertThat(statuses).as("round " + round).allMatch(s -> s == 204 || s == 409);
        }
    }

    void twoTasklistCompletionsGiveOneRedirectAndOneConflictPage() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String task = newTask.get();
            assertThat(race(() -> completeInTasklist(task), () -> completeInTasklist(task)))
                    .as("round " + round)
                    .containsExactlyInAnyOrder(302, 409);
        }
    }

    private int completeByApi(String task) {
        return api.apply("cn.officer")
                .post("/api/v1/tasks/" + task + "/complete", DECISION)
                .status();
    }

    private int completeInTasklist(String task) throws Exception {
        return mvc.perform(post("/tasks/" + task + "/complete")
                        .with(csrf())
                        .with(user(people.loadUserByUsername("cn.officer")))
                        .param("decision", "APPROVE"))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    /** Runs both at once (as near as two threads allow) and returns their statuses in the order given. */
    private List<Integer> race(Callable<Integer> first, Callable<Integer> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Integer>> runs = new ArrayList<>();
        for (Callable<Integer> call : List.of(first, second)) {
            runs.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> run : runs) {
            statuses.add(run.get());
        }
        return statuses;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
