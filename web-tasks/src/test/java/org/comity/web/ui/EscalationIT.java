package org.comity.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.comity.core.identity.Role;
import org.comity.core.identity.UserAccount;
import org.comity.core.identity.UserAccounts;
import org.comity.web.TestApi;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The supervisor's escalation view and the assignment of tasks to named officers: counts per officer
 * and kind that follow the engine clock, the list behind each count, who may assign to whom, and the
 * audit entry of every assignment (who, from whom, to whom, why).
 */
class EscalationIT extends WebIT {

    private static final String KIND = "Task_RecordDecision";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void countsOpenOverdueAndSoonDueTasksPerOfficerAsTheEngineClockMoves() throws Exception {
        String officer = anOfficer("CN");
        Instant now = TestClock.now();
        String soon = assigned(startCase("CN", now.plus(Duration.ofDays(1))), officer);
        assigned(startCase("CN", now.plus(Duration.ofDays(10))), officer);

        assertThat(row(workload("cn.supervisor", 3), officer)).isEqualTo(List.of(2L, 0L, 1L));
        TestClock.at(now.plus(Duration.ofDays(2)), () -> {
            assertThat(row(workload("cn.supervisor", 3), officer)).isEqualTo(List.of(2L, 1L, 1L));
            JsonNode behind = as("cn.supervisor")
                    .get("/api/v1/escalation/tasks?assignee=" + officer + "&taskKey=" + KIND + "&overdue=true")
                    .json();
            assertThat(behind.get("total").asLong()).isEqualTo(1);
            assertThat(behind.get("items").get(0).get("id").asText()).isEqualTo(soon);
        });
        TestClock.at(
                now.plus(Duration.ofDays(8)),
                () -> assertThat(row(workload("cn.supervisor", 3), officer)).isEqualTo(List.of(2L, 1L, 2L)));
        assertThat(workload("mm.supervisor", 3).get("rows").toString()).doesNotContain(officer);
        assertThat(workload("mm.supervisor", 3).get("officers").toString()).doesNotContain(officer);
    }

    @Test
    void thePageLinksEachCountToItsTasksAndHighlightsUnassignedOverdueWork() throws Exception {
        String officer = anOfficer("CN");
        Instant now = TestClock.now();
        String late = startCase("CN", now.plus(Duration.ofHours(1)));
        String lateTask = openTask(late, KIND);
        assigned(startCase("CN", now.plus(Duration.ofDays(5))), officer);
        TestClock.at(now.plus(Duration.ofDays(1)), () -> {
            String page = page("/escalation", "cn.supervisor");
            assertThat(page)
                    .contains("Officers&#39; workload")
                    .contains("Record the decision")
                    .contains("/escalation/tasks?assignee=" + officer + "&amp;taskKey=" + KIND + "&amp;overdue=true")
                    .contains("id=\"holder-nobody\"")
                    .contains("overdue and nobody works on them");
            assertThat(page.substring(page.indexOf("id=\"holder-nobody\""))).contains("class=\"holder overdue\"");
            String list = page("/escalation/tasks?assignee=-&taskKey=" + KIND + "&overdue=true", "cn.supervisor");
            assertThat(list).contains("id=\"task-" + lateTask + "\"").contains("Nobody (unassigned)");
            assertThat(page("/escalation?lang=zh", "cn.supervisor"))
                    .contains("办案人员工作量")
                    .contains("已逾期且无人办理");
        });
    }

    @Test
    void aSupervisorAssignsATaskToANamedOfficerWhoFindsItUnderAssignedToMe() throws Exception {
        String caseId = startCase("CN");
        String taskId = openTask(caseId, KIND);
        long before = lastAuditSeq();

        TestApi.Response assigned =
                as("cn.supervisor").post("/api/v1/tasks/" + taskId + "/assignee", Map.of("assignee", "cn.officer"));
        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.json().get("assignee").asText()).isEqualTo("cn.officer");
        assertThat(ids(as("cn.officer").get("/api/v1/tasks?assignment=MINE&caseId=" + caseId)))
                .containsExactly(taskId);
        assertThat(page("/tasks?assignment=MINE&caseId=" + caseId, "cn.officer"))
                .contains("Assigned to me (1)")
                .contains(taskId);
        Map<String, Object> entry = audit(before, "task.assign");
        assertThat(entry)
                .containsEntry("ACTOR_ID", "cn.supervisor")
                .containsEntry("OBJECT_ID", taskId)
                .containsEntry("RECIPIENT", "cn.officer")
                .containsEntry("CASE_ID", UUID.fromString(caseId))
                .containsEntry("CATEGORY", "ALTERATION");
        assertThat((String) entry.get("PURPOSE")).isEqualTo("assigned to cn.officer");

        long again = lastAuditSeq();
        assertThat(as("cn.supervisor")
                        .post("/api/v1/tasks/" + taskId + "/assignee", Map.of("assignee", "cn.officer"))
                        .status())
                .isEqualTo(200);
        assertThat(lastAuditSeq())
                .as("giving a task to its holder changes and logs nothing")
                .isEqualTo(again);
    }

    @Test
    void reassignmentNeedsAReasonAndTakesTheTaskFromItsHolder() throws Exception {
        String other = anOfficer("CN");
        String caseId = startCase("CN");
        String taskId = openTask(caseId, KIND);
        assertThat(as("cn.officer")
                        .post("/api/v1/tasks/" + taskId + "/claim", null)
                        .status())
                .isEqualTo(204);
        long before = lastAuditSeq();

        TestApi.Response noReason =
                as("cn.supervisor").post("/api/v1/tasks/" + taskId + "/assignee", Map.of("assignee", other));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.contentType()).startsWith("application/problem+json");
        assertThat(noReason.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee())
                .isEqualTo("cn.officer");

        TestApi.Response moved = as("cn.supervisor")
                .post(
                        "/api/v1/tasks/" + taskId + "/assignee",
                        Map.of("assignee", other, "reason", "Li Wei is on leave until Monday"));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(ids(as("cn.officer").get("/api/v1/tasks?assignment=MINE&caseId=" + caseId)))
                .isEmpty();
        assertThat(as("cn.officer")
                        .post("/api/v1/tasks/" + taskId + "/complete", Map.of("decision", "APPROVE"))
                        .status())
                .isEqualTo(409);
        Map<String, Object> entry = audit(before, "task.reassign");
        assertThat(entry).containsEntry("ACTOR_ID", "cn.supervisor").containsEntry("RECIPIENT", other);
        assertThat((String) entry.get("PURPOSE"))
                .isEqualTo("reassigned from cn.officer to " + other + ": Li Wei is on leave until Monday");
    }

    @Test
    void refusesAssigneesOutsideTheTasksGroupOrStateAndCallersWhoAreNoSupervisors() {
        String taskId = openTask(startCase("CN"), KIND);
        String path = "/api/v1/tasks/" + taskId + "/assignee";
        for (String outsider : List.of("mm.officer", "cn.supervisor", "auditor", "nobody.here", "")) {
            TestApi.Response refused = as("cn.supervisor").post(path, Map.of("assignee", outsider));
            assertThat(refused.status()).as(outsider).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("errors").get(0).get("field").asText())
                    .isEqualTo("assignee");
        }
        TestApi.Response longReason =
                as("cn.supervisor").post(path, Map.of("assignee", "cn.officer", "reason", "x".repeat(501)));
        assertThat(longReason.status()).isEqualTo(422);
        assertThat(longReason.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");
        assertThat(longReason.json().get("errors").get(0).get("rule").asText()).isEqualTo("Size");
        TestApi.Response officer = as("cn.officer").post(path, Map.of("assignee", "cn.officer"));
        assertThat(officer.status()).isEqualTo(403);
        assertThat(officer.contentType()).startsWith("application/problem+json");
        assertThat(as("mm.supervisor")
                        .post(path, Map.of("assignee", "mm.officer"))
                        .status())
                .isEqualTo(404);
        assertThat(as("auditor").post(path, Map.of("assignee", "cn.officer")).status())
                .isEqualTo(404);
        assertThat(as("cn.officer").get("/api/v1/escalation").status()).isEqualTo(403);
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee())
                .isNull();

        assertThat(as("cn.officer")
                        .post("/api/v1/tasks/" + taskId + "/complete", Map.of("decision", "APPROVE"))
                        .status())
                .isEqualTo(204);
        TestApi.Response completed = as("cn.supervisor").post(path, Map.of("assignee", "cn.officer"));
        assertThat(completed.status()).isEqualTo(409);
        assertThat(completed.contentType()).startsWith("application/problem+json");
    }

    @Test
    void assignsAndReassignsFromThePageShowingWhyAReassignmentWasRefused() throws Exception {
        String other = anOfficer("CN");
        String caseId = startCase("CN");
        String taskId = openTask(caseId, KIND);
        var supervisor = user(people.loadUserByUsername("cn.supervisor"));
        MvcResult first = mvc.perform(post("/escalation/tasks/" + taskId + "/assignee")
                        .with(csrf())
                        .with(supervisor)
                        .param("assignee", "cn.officer")
                        .param("holder", "-")
                        .param("taskKey", KIND)
                        .param("overdue", "false"))
                .andReturn();
        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/escalation/tasks?assignee=-&taskKey=" + KIND);
        assertThat(first.getFlashMap().get("assignedTo")).isEqualTo("cn.officer");
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee())
                .isEqualTo("cn.officer");

        MvcResult refused = mvc.perform(post("/escalation/tasks/" + taskId + "/assignee")
                        .with(csrf())
                        .with(supervisor)
                        .param("assignee", other))
                .andReturn();
        assertThat(refused.getFlashMap().get("refusals")).isEqualTo(List.of("escalation.refused.reason.NotBlank"));
        String shown = mvc.perform(get("/escalation/tasks?assignee=cn.officer")
                        .with(supervisor)
                        .flashAttrs(new HashMap<>(refused.getFlashMap())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(shown)
                .contains("Say why the task is taken from the officer who holds it.")
                .contains("Li Wei 李伟")
                .contains("Reassign");
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee())
                .isEqualTo("cn.officer");

        mvc.perform(post("/escalation/tasks/" + taskId + "/assignee")
                .with(csrf())
                .with(supervisor)
                .param("assignee", other)
                .param("reason", "workload"));
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee())
                .isEqualTo(other);
        assertThat(mvc.perform(get("/escalation").with(user(people.loadUserByUsername("cn.officer"))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void theDemoHasTwoOfficersPerStateSoThatATaskCanBeMovedFromOneToTheOther() throws Exception {
        assertThat(workload("cn.supervisor", 3).get("officers").toString())
                .contains("cn.officer")
                .contains("cn.officer2")
                .doesNotContain("mm.officer");
        assertThat(workload("mm.supervisor", 3).get("officers").toString())
                .contains("mm.officer")
                .contains("mm.officer2")
                .doesNotContain("cn.officer");
        String taskId = openTask(startCase("CN"), KIND);
        assertThat(as("cn.supervisor")
                        .post("/api/v1/tasks/" + taskId + "/assignee", Map.of("assignee", "cn.officer"))
                        .status())
                .isEqualTo(200);
        assertThat(as("cn.supervisor")
                        .post(
                                "/api/v1/tasks/" + taskId + "/assignee",
                                Map.of("assignee", "cn.officer2", "reason", "Li Wei is on leave"))
                        .status())
                .isEqualTo(200);
        assertThat(as("cn.officer")
                        .post("/api/v1/tasks/" + taskId + "/complete", Map.of("decision", "APPROVE"))
                        .status())
                .isEqualTo(409);
        String page = mvc.perform(get("/escalation/tasks?assignee=cn.officer2")
                        .with(user(people.loadUserByUsername("cn.supervisor"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Wang Fang 王芳");
        assertThat(as("cn.officer2")
                        .post("/api/v1/tasks/" + taskId + "/complete", Map.of("decision", "APPROVE"))
                        .status())
                .isEqualTo(204);
    }

    /** A further officer of the state, of this test's own, so that their counts are this test's tasks only. */
    private String anOfficer(String state) {
        String name =
                state.toLowerCase() + ".esc" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createIfAbsent(new UserAccount(name, "Officer " + name, Role.OFFICER, state, "{noop}x", true));
        return name;
    }

    private String assigned(String caseId, String officer) {
        String taskId = openTask(caseId, KIND);
        assertThat(as("cn.supervisor")
                        .post("/api/v1/tasks/" + taskId + "/assignee", Map.of("assignee", officer))
                        .status())
                .isEqualTo(200);
        return taskId;
    }

    private JsonNode workload(String supervisor, int days) {
        TestApi.Response response = as(supervisor).get("/api/v1/escalation?dueWithinDays=" + days);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    /** Open, overdue and due-within of the officer's one kind of task. */
    private static List<Long> row(JsonNode workload, String officer) {
        for (JsonNode row : workload.get("rows")) {
            if (officer.equals(row.get("assignee").asText())
                    && KIND.equals(row.get("taskKey").asText())) {
                return List.of(
                        row.get("open").asLong(),
                        row.get("overdue").asLong(),
                        row.get("dueWithin").asLong());
            }
        }
        return List.of();
    }

    private String page(String path, String who) throws Exception {
        return mvc.perform(get(path).with(user(people.loadUserByUsername(who))))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static List<String> ids(TestApi.Response response) {
        List<String> ids = new ArrayList<>();
        response.json().get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private long lastAuditSeq() {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM audit_log")
                .query(Long.class)
                .single();
    }

    private Map<String, Object> audit(long after, String action) {
        List<Map<String, Object>> rows = jdbc.sql("SELECT actor_id, category, object_id, case_id, purpose, recipient"
                        + " FROM audit_log WHERE seq > ? AND action = ?")
                .params(after, action)
                .query()
                .listOfRows();
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
