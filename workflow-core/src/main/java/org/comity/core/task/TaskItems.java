package org.comity.core.task;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The task list's read model, {@code task_item}: one row per open user task and candidate group with
 * what the list filters and sorts on (group, kind, assignee, due date, creation time, process
 * instance), indexed for each filter and order. Camunda's own task query joins every open task to
 * its identity links and sorts them, which on H2 took a second per page at 1,523 open tasks (issues
 * #12, #16); the rows here are read by index, so a page costs the same at 50 or 50,000 open tasks.
 *
 * <p>The rows are kept exact by {@link TaskItemWriter}, a built-in listener on every user task, in
 * the engine's transaction. It is registered after {@link TaskDueDates}' listener (this plugin is
 * ordered after it), so a task's row carries the due date set on its creation. At every start the
 * rows are reconciled with the engine's tables (missing ones added, stale ones removed, differing
 * ones corrected), which also fills the table of a database from before it existed. Candidate groups
 * come from the models on creation; Comity never changes them afterwards through {@code TaskService}
 * (a change that way would show after the next start). Suspension is not modelled: Comity suspends
 * no process instance.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class TaskItems extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(TaskItems.class);

    /** Rows whose task or candidate link is gone. */
    static final String REMOVE_STALE = """
            DELETE FROM task_item WHERE NOT EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK L
                WHERE L.TASK_ID_ = task_item.task_id AND L.TYPE_ = 'candidate'
                AND L.GROUP_ID_ = task_item.candidate_group)""";

    /** Open tasks with a candidate group and no row. */
    static final String ADD_MISSING = """
            INSERT INTO task_item (task_id, candidate_group, process_instance_id, task_key, name, assignee,
                due_date, due_order, created_at)
            SELECT T.ID_, L.GROUP_ID_, T.PROC_INST_ID_, T.TASK_DEF_KEY_, T.NAME_, T.ASSIGNEE_, T.DUE_DATE_,
                COALESCE(T.DUE_DATE_, TIMESTAMP '9999-12-31 00:00:00'), T.CREATE_TIME_
            FROM ACT_RU_TASK T JOIN ACT_RU_IDENTITYLINK L ON L.TASK_ID_ = T.ID_ AND L.TYPE_ = 'candidate'
            WHERE L.GROUP_ID_ IS NOT NULL AND NOT EXISTS (SELECT 1 FROM task_item I
                WHERE I.task_id = T.ID_ AND I.candidate_group = L.GROUP_ID_)""";

    /** Rows whose name, assignee or due date differ from the task's. */
    static final String CORRECT = """
            UPDATE task_item SET
                name = (SELECT T.NAME_ FROM ACT_RU_TASK T WHERE T.ID_ = task_item.task_id),
                assignee = (SELECT T.ASSIGNEE_ FROM ACT_RU_TASK T WHERE T.ID_ = task_item.task_id),
                due_date = (SELECT T.DUE_DATE_ FROM ACT_RU_TASK T WHERE T.ID_ = task_item.task_id),
                due_order = (SELECT COALESCE(T.DUE_DATE_, TIMESTAMP '9999-12-31 00:00:00') FROM ACT_RU_TASK T
                    WHERE T.ID_ = task_item.task_id)
            WHERE EXISTS (SELECT 1 FROM ACT_RU_TASK T WHERE T.ID_ = task_item.task_id AND (
                T.NAME_ IS DISTINCT FROM task_item.name OR T.ASSIGNEE_ IS DISTINCT FROM task_item.assignee
                OR T.DUE_DATE_ IS DISTINCT FROM task_item.due_date))""";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        UserTaskListeners.onEveryUserTask(
                configuration,
                definition -> TaskItemWriter.EVENTS.forEach(
                        event -> definition.addBuiltInTaskListener(event, TaskItemWriter.INSTANCE)));
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        DataSource data = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
        try (Connection connection = data.getConnection();
                Statement statement = connection.createStatement()) {
            List<Integer> changed = List.of(
                    statement.executeUpdate(REMOVE_STALE),
                    statement.executeUpdate(ADD_MISSING),
                    statement.executeUpdate(CORRECT));
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            if (changed.stream().anyMatch(n -> n > 0)) {
                LOG.info(
                        "Task list read model reconciled with the engine: {} stale row(s) removed, {} added, {} corrected",
                        changed.get(0),
                        changed.get(1),
                        changed.get(2));
            }
        } catch (SQLException e) {
            LOG.warn("The task list's read model was not reconciled with the engine at start", e);
        }
    }
}
