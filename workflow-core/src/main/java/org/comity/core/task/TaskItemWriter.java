package org.comity.core.task;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Keeps a user task's rows in {@code task_item} (the task list's read model, {@link TaskItems}) as
 * the engine changes the task: inserted on create, updated on assignment and update (claim, release,
 * a new due date), deleted on complete and delete (a boundary event, a cancelled process). It writes
 * on the engine's own connection, inside the command, so a row commits or rolls back with the task
 * itself and the list never shows a task the engine does not hold. One statement per event, by key:
 * the cost of a completion does not grow with the number of open tasks.
 */
final class TaskItemWriter implements TaskListener {

    static final TaskItemWriter INSTANCE = new TaskItemWriter();

    /** The events that change what the list shows of a task. */
    static final List<String> EVENTS =
            List.of(EVENTNAME_CREATE, EVENTNAME_ASSIGNMENT, EVENTNAME_UPDATE, EVENTNAME_COMPLETE, EVENTNAME_DELETE);

    /** The sort key of a task without a due date: after every dated one. */
    static final Timestamp UNDATED = Timestamp.valueOf("9999-12-31 00:00:00");

    private static final String INSERT = "INSERT INTO task_item (task_id, candidate_group, process_instance_id,"
            + " task_key, name, assignee, due_date, due_order, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE =
            "UPDATE task_item SET name = ?, assignee = ?, due_date = ?, due_order = ?" + " WHERE task_id = ?";
    private static final String DELETE = "DELETE FROM task_item WHERE task_id = ?";

    private TaskItemWriter() {}

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> created(task);
            case EVENTNAME_ASSIGNMENT, EVENTNAME_UPDATE ->
                execute(
                        UPDATE,
                        task.getName(),
                        task.getAssignee(),
                        timestamp(task.getDueDate()),
                        dueOrder(task.getDueDate()),
                        task.getId());
            case EVENTNAME_COMPLETE, EVENTNAME_DELETE -> execute(DELETE, task.getId());
            default -> {}
        }
    }

    /** One row per candidate group (the models give each task one); a task without any is listed to nobody. */
    private static void created(DelegateTask task) {
        List<String> groups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        for (String group : groups) {
            execute(
                    INSERT,
                    task.getId(),
                    group,
                    task.getProcessInstanceId(),
                    task.getTaskDefinitionKey(),
                    task.getName(),
                    task.getAssignee(),
                    timestamp(task.getDueDate()),
                    dueOrder(task.getDueDate()),
                    timestamp(task.getCreateTime()));
        }
    }

    private static void execute(String sql, Object... values) {
        Connection connection =
                Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof NullTime) {
                    statement.setNull(i + 1, Types.TIMESTAMP);
                } else if (values[i] == null) {
                    statement.setNull(i + 1, Types.VARCHAR);
                } else {
                    statement.setObject(i + 1, values[i]);
                }
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new ProcessEngineException("The task list's read model could not be kept: " + e.getMessage(), e);
        }
    }

    /** A timestamp or, for none, a null typed as one (PostgreSQL refuses a text null for a timestamp column). */
    private static Object timestamp(Date date) {
        return date == null ? NullTime.INSTANCE : new Timestamp(date.getTime());
    }

    private enum NullTime {
        INSTANCE
    }

    private static Timestamp dueOrder(Date due) {
        return due == null ? UNDATED : new Timestamp(due.getTime());
    }
}
