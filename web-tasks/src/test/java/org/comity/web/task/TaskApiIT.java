package org.comity.web.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.comity.core.identity.Role;
import org.comity.core.identity.UserAccount;
import org.comity.core.identity.UserAccounts;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The task API: who sees which task, the form schema, claiming and completing. */
class TaskApiIT extends WebIT {

    static final String DECISION = "Task_RecordDecision";

    @Autowired
    JdbcClient jdbc;

    private List<String> caseIdsListedFor(String user, String query) {
        JsonNode items = as(user).get("/api/v1/tasks?size=100" + query).json().get("items");
        return StreamSupport.stream(items.spliterator(), false)
                .map(i -> i.get("caseId").asText())
                .toList();
    }

    private long submissionsOf(String taskId) {
        return jdbc.sql("SELECT COUNT(*) FROM task_submission WHERE task_id = ?")
                .param(taskId)
                .query(Long.class)
                .single();
    }

    @Nested
    class Visibility {

        @Test
        void listsATaskOnlyForTheJurisdictionAndRoleOfItsGroup() {
            String caseId = startCase("CN");
            assertThat(caseIdsListedFor("cn.officer", "&caseId=" + caseId)).containsExactly(caseId);
            assertThat(caseIdsListedFor("cn.supervisor", "&caseId=" + caseId)).isEmpty();
            assertThat(caseIdsListedFor("mm.officer", "&caseId=" + caseId)).isEmpty();
            assertThat(caseIdsListedFor("mm.supervisor", "&caseId=" + caseId)).isEmpty();
        }

        @Test
        void hidesATaskOfTheOtherJurisdictionAs404OnEveryAction() {
            String taskId = openTask(startCase("CN"), DECISION);
            var mm = as("mm.officer");
            assertThat(mm.get("/api/v1/tasks/" + taskId).status()).isEqualTo(404);
            assertThat(mm.get("/api/v1/tasks/" + taskId + "/form").status()).isEqualTo(404);
            assertThat(mm.post("/api/v1/tasks/" + taskId + "/claim", Map.of()).status())
                    .isEqualTo(404);
            var complete = mm.post("/api/v1/tasks/" + taskId + "/complete", Map.of("decision", "APPROVE"));
            assertThat(complete.status()).isEqualTo(404);
            assertThat(complete.contentType()).startsWith("application/problem+json");
            assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();
        }

        @Test
        void answers404ForAnUnknownTaskAnd403ForTheWrongRole() {
            assertThat(as("cn.officer").get("/api/v1/tasks/no-such-task").status())
                    .isEqualTo(404);
            String taskId = openTask(startCase("CN"), DECISION);
            assertThat(as("cn.supervisor")
                            .post("/api/v1/tasks/" + taskId + "/complete", Map.of("decision", "APPROVE"))
                            .status())
                    .isEqualTo(403);
        }

        @Test
        void refusesAuditorsAndAgenciesTheTaskList() {
            assertThat(as("auditor").get("/api/v1/tasks").status()).isEqualTo(403);
            assertThat(withToken("demo-cn-mps").get("/api/v1/tasks").status()).isEqualTo(403);
        }

        @Test
        void filtersByTaskKeyOverdueAndAssignment() {
            String late = startCase("MM", TestClock.now().minusSeconds(3600));
            String onTime = startCase("MM");
            var officer = as("mm.officer");
            assertThat(caseIdsListedFor("mm.officer", "&overdue=true"))
                    .contains(late)
                    .doesNotContain(onTime);
            assertThat(caseIdsListedFor("mm.officer", "&overdue=false"))
                    .contains(onTime)
                    .doesNotContain(late);
            assertThat(caseIdsListedFor("mm.officer", "&taskKey=Task_ReviewDecision"))
                    .doesNotContain(late, onTime);
            assertThat(officer.post("/api/v1/tasks/" + openTask(late, DECISION) + "/claim", Map.of())
                            .status())
                    .isEqualTo(204);
            assertThat(caseIdsListedFor("mm.officer", "&assignment=MINE"))
                    .contains(late)
                    .doesNotContain(onTime);
            assertThat(caseIdsListedFor("mm.officer", "&assignment=UNCLAIMED"))
                    .contains(onTime)
                    .doesNotContain(late);
        }

        @Test
        void showsDueDateTimeLeftAndOverdue() {
            String caseId = startCase("CN", TestClock.now().minusSeconds(60));
            JsonNode task = as("cn.officer")
                    .get("/api/v1/tasks?caseId=" + caseId)
                    .json()
                    .get("items")
                    .get(0);
            assertThat(task.get("overdue").asBoolean()).isTrue();
            assertThat(task.get("timeLeft").asText()).startsWith("PT-");
            assertThat(task.get("due").asText()).endsWith("Z");
            assertThat(task.get("processKey").asText()).isEqualTo("PlatformTestProcess");
        }

        @Test
        void pagesWithBoundsAndCounts() {
            for (int i = 0; i < 3; i++) {
                startCase("CN");
            }
            JsonNode page = as("cn.officer").get("/api/v1/tasks?page=0&size=2").json();
            assertThat(page.get("items")).hasSize(2);
            assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(3);
            var bad = as("cn.officer").get("/api/v1/tasks?page=-1&size=1000");
            assertThat(bad.status()).isEqualTo(422);
            assertThat(bad.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("page", "size");
        }
    }

    @Nested
    class FormSchema {

        @Test
        void describesEveryFieldWithTypeRulesOptionsAndBothLanguages() {
            String taskId = openTask(startCase("CN"), DECISION);
            JsonNode form =
                    as("cn.officer").get("/api/v1/tasks/" + taskId + "/form").json();
            assertThat(form.get("formKey").asText()).isEqualTo("PlatformTestDecision");
            assertThat(form.get("title").get("zh").asText()).isEqualTo("记录决定");
            JsonNode fields = form.get("fields");
            assertThat(fields.findValuesAsText("name"))
                    .containsExactly("decision", "reasons", "effectiveDate", "copies");
            JsonNode decision = fields.get(0);
            assertThat(decision.get("type").asText()).isEqualTo("CHOICE");
            assertThat(decision.get("required").asBoolean()).isTrue();
            assertThat(decision.get("label").get("en").asText()).isEqualTo("Decision");
            assertThat(decision.get("options").findValuesAsText("value")).containsExactly("APPROVE", "RETURN");
            assertThat(decision.get("options").get(1).get("label").get("zh").asText())
                    .isEqualTo("退回");
            assertThat(fields.get(1).get("type").asText()).isEqualTo("LONG_TEXT");
            assertThat(fields.get(1).get("constraints").get("maxLength").asInt())
                    .isEqualTo(2000);
            assertThat(fields.get(1).get("hint").get("zh").asText()).isEqualTo("退回时必填");
            assertThat(fields.get(2).get("constraints").get("temporal").asText())
                    .isEqualTo("futureOrPresent");
            assertThat(fields.get(3).get("constraints").get("min").asInt()).isEqualTo(1);
            assertThat(fields.get(3).get("constraints").get("max").asInt()).isEqualTo(10);
        }
    }

    @Nested
    class Completion {

        @Test
        void completesAValidFormAndMovesTheProcessOn() {
            String caseId = startCase("CN");
            String taskId = openTask(caseId, DECISION);
            var response = as("cn.officer")
                    .post(
                            "/api/v1/tasks/" + taskId + "/complete",
                            Map.of(
                                    "decision",
                                    "RETURN",
                                    "reasons",
                                    "Warrant missing",
                                    "effectiveDate",
                                    TestClock.todayInChina().plusDays(1).toString(),
                                    "copies",
                                    2));
            assertThat(response.status()).isEqualTo(204);
            assertThat(openTask(caseId, "Task_ReviewDecision")).isNotNull();
            assertThat(submissionsOf(taskId)).isOne();
        }

        @Test
        void refusesAnInvalidFormWith422NamingEveryFieldAndLeavesTheTaskOpen() {
            String caseId = startCase("CN");
            String taskId = openTask(caseId, DECISION);
            var response = as("cn.officer")
                    .post(
                            "/api/v1/tasks/" + taskId + "/complete",
                            Map.of("decision", "RETURN", "effectiveDate", "2020-01-01", "copies", 11));
            assertThat(response.status()).isEqualTo(422);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("errors").findValuesAsText("field"))
                    .containsExactlyInAnyOrder("reasons", "effectiveDate", "copies");
            assertThat(openTask(caseId, DECISION)).isEqualTo(taskId);
            assertThat(submissionsOf(taskId)).isZero();
        }

        @Test
        void namesUnknownFieldsAndValuesOfTheWrongType() {
            String taskId = openTask(startCase("CN"), DECISION);
            var response = as("cn.officer")
                    .post(
                            "/api/v1/tasks/" + taskId + "/complete",
                            Map.of(
                                    "decision",
                                    "MAYBE",
                                    "copies",
                                    "three",
                                    "effectiveDate",
                                    "2025-02-30",
                                    "initiator",
                                    "x",
                                    "_execution",
                                    "${7*7}"));
            assertThat(response.status()).isEqualTo(422);
            assertThat(response.json().get("errors").findValuesAsText("field"))
                    .containsExactlyInAnyOrder("decision", "copies", "effectiveDate", "initiator", "_execution");
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("org.comity");
            assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();
        }

        @Test
        void passesOnlyDecisionValuesToTheEngineAndKeepsTextInComity() {
            String caseId = startCase("CN");
            String taskId = openTask(caseId, DECISION);
            as("cn.officer")
                    .post(
                            "/api/v1/tasks/" + taskId + "/complete",
                            Map.of("decision", "RETURN", "reasons", "Name 王小明 stays out of the engine"));
            Map<String, Object> variables = runtime.getVariables(runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(caseId)
                    .singleResult()
                    .getId());
            assertThat(variables).containsEntry("decision", "RETURN").doesNotContainKey("reasons");
            assertThat(jdbc.sql("SELECT form_values FROM task_submission WHERE task_id = ?")
                            .param(taskId)
                            .query(String.class)
                            .single())
                    .contains("王小明");
        }

        @Test
        void answers409WhenTheTaskIsAlreadyCompleted() {
            String taskId = openTask(startCase("CN"), DECISION);
            var officer = as("cn.officer");
            assertThat(officer.post("/api/v1/tasks/" + taskId + "/complete", Map.of("decision", "APPROVE"))
                            .status())
                    .isEqualTo(204);
            var again = officer.post("/api/v1/tasks/" + taskId + "/complete", Map.of("decision", "APPROVE"));
            assertThat(again.status()).isEqualTo(409);
            assertThat(as("mm.officer")
                            .post("/api/v1/tasks/" + taskId + "/complete", Map.of("decision", "APPROVE"))
                            .status())
                    .isEqualTo(404);
        }
    }

    @Nested
    class Claiming {

        @Autowired
        UserAccounts accounts;

        @Autowired
        PasswordEncoder encoder;

        @Test
        void letsOneOfficerHoldATaskAndRefusesOthersWith409() {
            accounts.createIfAbsent(new UserAccount(
                    "cn.officer2", "Second CN officer", Role.OFFICER, "CN", encoder.encode(PASSWORD), true));
            String caseId = startCase("CN");
            String taskId = openTask(caseId, DECISION);
            var first = as("cn.officer");
            var second = as("cn.officer2");
            assertThat(first.post("/api/v1/tasks/" + taskId + "/claim", Map.of())
                            .status())
                    .isEqualTo(204);
            assertThat(first.post("/api/v1/tasks/" + taskId + "/claim", Map.of())
                            .status())
                    .isEqualTo(204);
            assertThat(second.post("/api/v1/tasks/" + taskId + "/claim", Map.of())
                            .status())
                    .isEqualTo(409);
            assertThat(second.post("/api/v1/tasks/" + taskId + "/unclaim", Map.of())
                            .status())
                    .isEqualTo(409);
            assertThat(second.post("/api/v1/tasks/" + taskId + "/complete", Map.of("decision", "APPROVE"))
                            .status())
                    .isEqualTo(409);
            assertThat(first.get("/api/v1/tasks/" + taskId)
                            .json()
                            .get("assignee")
                            .asText())
                    .isEqualTo("cn.officer");
            assertThat(first.post("/api/v1/tasks/" + taskId + "/unclaim", Map.of())
                            .status())
                    .isEqualTo(204);
            assertThat(second.post("/api/v1/tasks/" + taskId + "/claim", Map.of())
                            .status())
                    .isEqualTo(204);
            assertThat(second.post("/api/v1/tasks/" + taskId + "/complete", Map.of("decision", "APPROVE"))
                            .status())
                    .isEqualTo(204);
        }
    }
}
