package org.comity.web.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A guard, not a timing: the task list and a task completion issue a fixed number of SQL statements,
 * the same at 50 and at 500 open tasks, and no more than their budgets. A change that brings back a
 * query per task, or a scan per completion hidden in a loop, shows here as a higher or a growing count
 * on every build, long before a benchmark would catch it (issue #16). Counted on this thread by
 * {@link StatementCounter}; a failure prints the statements issued.
 */
@Import(StatementCounter.Wiring.class)
@TestPropertySource(
        properties = "spring.datasource.url=jdbc:h2:mem:comity-statement-budget;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000")
class TaskStatementBudgetIT extends WebIT {

    /**
     * The page (8 when written): the four counts, the ids of one page, the 25 tasks, their cases, their
     * persons, and the consultation record of the persons shown; nothing per task.
     */
    static final int PAGE_BUDGET = 10;
    /** The API's list (5 when written): the ids of one page, the tasks, their cases; no counts. */
    static final int API_LIST_BUDGET = 6;
    /**
     * One completion (38 when written, 34 since the form's clock no longer re-reads the task's
     * identity links), every statement by key: the access check in the read model, the task, its
     * process definition and instance, its variables, the submission, the engine's flush of the
     * completed task and of the next one (with its read-model row) and the audit entry.
     */
    static final int COMPLETION_BUDGET = 36;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @Test
    void listsAndCompletesWithTheSameStatementsAt50And500OpenTasks() throws Exception {
        UserDetails officer = people.loadUserByUsername("cn.officer");
        open(60);
        measure(officer); // the first calls fill the engine's and the forms' caches
        Costs at50 = measure(officer);
        open(450);
        Costs at500 = measure(officer);
        System.out.println("Statements at 50 open tasks: " + at50 + "\nat 500: " + at500);

        assertThat(at500.counts())
                .as("statements at 500 open tasks as at 50:\n%s\n%s", at50, at500)
                .isEqualTo(at50.counts());
        assertThat(at50.page().size())
                .as("the page's statements: %s", at50.page())
                .isLessThanOrEqualTo(PAGE_BUDGET);
        assertThat(at50.overdue().size())
                .as("the overdue page's statements: %s", at50.overdue())
                .isLessThanOrEqualTo(PAGE_BUDGET);
        assertThat(at50.api().size())
                .as("the API list's statements: %s", at50.api())
                .isLessThanOrEqualTo(API_LIST_BUDGET);
        assertThat(at50.completion().size())
                .as("a completion's statements: %s", at50.completion())
                .isLessThanOrEqualTo(COMPLETION_BUDGET);
    }

    /** The statements of each request, and their number. */
    record Costs(List<String> page, List<String> overdue, List<String> api, List<String> completion) {

        List<Integer> counts() {
            return List.of(page.size(), overdue.size(), api.size(), completion.size());
        }

        @Override
        public String toString() {
            return "page " + page.size() + ", overdue " + overdue.size() + ", API list " + api.size() + ", completion "
                    + completion.size() + "\n  completion: " + String.join("\n    ", completion);
        }
    }

    private Costs measure(UserDetails officer) throws Exception {
        List<String> page = statements(
                () -> ok(mvc.perform(get("/tasks").with(user(officer))).andReturn()));
        List<String> overdue = statements(() ->
                ok(mvc.perform(get("/tasks?overdue=true").with(user(officer))).andReturn()));
        List<String> api = statements(() ->
                ok(mvc.perform(get("/api/v1/tasks?size=25").with(user(officer))).andReturn()));
        String caseId = startCase("CN", TestClock.now().plusSeconds(86_400 * 3));
        String taskId = openTask(caseId, "Task_RecordDecision");
        List<String> completion = statements(() -> {
            MvcResult done = mvc.perform(post("/api/v1/tasks/" + taskId + "/complete")
                            .with(user(officer))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"decision\":\"APPROVE\"}"))
                    .andReturn();
            assertThat(done.getResponse().getStatus())
                    .as(done.getResponse().getContentAsString())
                    .isEqualTo(204);
        });
        assertThat(openTask(caseId, "Task_ReviewDecision"))
                .as("the process moved on to the review")
                .isNotNull();
        return new Costs(page, overdue, api, completion);
    }

    /** Open tasks of China's officers, due over three months from two months ago (some overdue). */
    private void open(int count) {
        Instant now = TestClock.now();
        for (int i = 0; i < count; i++) {
            startCase("CN", now.plusSeconds(86_400L * ((i % 90) - 60)));
        }
    }

    private static void ok(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(200);
    }

    private static List<String> statements(Request request) {
        List<String> statements = new ArrayList<>();
        StatementCounter.counted(
                () -> {
                    try {
                        request.run();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return null;
                },
                statements);
        return statements;
    }

    @FunctionalInterface
    private interface Request {
        void run() throws Exception;
    }
}
