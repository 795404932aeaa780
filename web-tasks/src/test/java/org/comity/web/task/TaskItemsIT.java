package org.comity.web.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.task.Task;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The task list's read model ({@code task_item}) says what the engine says, after every change the
 * engine makes to a task: created with its candidate group and due date, claimed, released, given a
 * new due date, completed (and the next task created), deleted with its process; and the
 * reconciliation at start restores rows missing or wrong (a database of an earlier version).
 */
class TaskItemsIT extends WebIT {

    static final String DECISION = "Task_RecordDecision";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ProcessEngine engine;

    /** A task's row as the list reads it: group, assignee, due date. */
    record Row(String group, String assignee, Instant due) {}

    private List<Row> rowsOf(String taskId) {
        return jdbc.sql("SELECT candidate_group, assignee, due_date FROM task_item WHERE task_id = ?")
                .param(taskId)
                .query((rs, n) -> new Row(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()))
                .list();
    }

    private Row engineRowOf(String taskId, String group) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        return new Row(
                group,
                task.getAssignee(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }

    @Test
    void followsATaskFromCreationThroughClaimNewDueDateAndCompletionToTheNextTask() {
        Instant due = TestClock.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String caseId = startCase("CN", due);
        String taskId = openTask(caseId, DECISION);
        assertThat(rowsOf(taskId))
                .containsExactly(new Row("CN-officer", null, due))
                .containsExactly(engineRowOf(taskId, "CN-officer"));

        assertThat(as("cn.officer")
                        .post("/api/v1/tasks/" + taskId + "/claim", Map.of())
                        .status())
                .isEqualTo(204);
        assertThat(rowsOf(taskId)).containsExactly(new Row("CN-officer", "cn.officer", due));

        Instant later = due.plus(10, ChronoUnit.DAYS);
        tasks.setDueDate(taskId, Date.from(later));
        assertThat(rowsOf(taskId)).containsExactly(new Row("CN-officer", "cn.officer", later));

        assertThat(as("cn.officer")
                        .post("/api/v1/tasks/" + taskId + "/unclaim", Map.of())
                        .status())
                .isEqualTo(204);
        assertThat(rowsOf(taskId)).containsExactly(new Row("CN-officer", null, later));

        assertThat(as("cn.officer")
                        .post("/api/v1/tasks/" + taskId + "/complete", Map.of("decision", "APPROVE"))
                        .status())
                .isEqualTo(204);
        assertThat(rowsOf(taskId)).as("a completed task leaves the list").isEmpty();
        String review = openTask(caseId, "Task_ReviewDecision");
        assertThat(rowsOf(review))
                .as("the next task, for the supervisors, without a due date")
                .containsExactly(new Row("CN-supervisor", null, null));
    }

    @Test
    void dropsTheRowsOfATaskDeletedWithItsProcess() {
        String caseId = startCase("MM");
        String taskId = openTask(caseId, DECISION);
        assertThat(rowsOf(taskId)).hasSize(1);
        String instance = tasks.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
        runtime.deleteProcessInstance(instance, "withdrawn");
        assertThat(rowsOf(taskId)).isEmpty();
    }

    @Test
    void reconcilesMissingAndWrongRowsWithTheEngineAtStart() {
        String missing = openTask(startCase("CN"), DECISION);
        String wrong = openTask(startCase("CN"), DECISION);
        jdbc.sql("DELETE FROM task_item WHERE task_id = ?").param(missing).update();
        jdbc.sql("UPDATE task_item SET assignee = 'nobody', due_date = NULL WHERE task_id = ?")
                .param(wrong)
                .update();
        jdbc.sql("INSERT INTO task_item (task_id, candidate_group, due_order, created_at) VALUES (?, ?, ?, ?)")
                .params("no-such-task", "CN-officer", Timestamp.from(Instant.now()), Timestamp.from(Instant.now()))
                .update();

        ((ProcessEnginePlugin) context.getBean("taskItems")).postProcessEngineBuild(engine);

        assertThat(rowsOf(missing)).containsExactly(engineRowOf(missing, "CN-officer"));
        assertThat(rowsOf(wrong)).containsExactly(engineRowOf(wrong, "CN-officer"));
        assertThat(rowsOf("no-such-task")).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM task_item").query(Long.class).single())
                .as("every open task with a candidate group has its row, and no other row exists")
                .isEqualTo(
                        jdbc.sql("SELECT COUNT(*) FROM ACT_RU_TASK T JOIN ACT_RU_IDENTITYLINK L ON L.TASK_ID_ = T.ID_"
                                        + " AND L.TYPE_ = 'candidate' WHERE L.GROUP_ID_ IS NOT NULL")
                                .query(Long.class)
                                .single());
    }
}
