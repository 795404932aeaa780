package org.comity.core.task;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Gives Camunda's {@code ACT_RU_TASK} the index of the task list's default order (due date, then
 * creation time, then id, as {@link TaskSort#DUE}), so that the first page of 50,000 open tasks is
 * read along the index instead of sorting them all (see the README's task list benchmark). It is
 * made once the engine has created or updated its tables, not by Flyway: on a new database Flyway
 * runs before the engine creates {@code ACT_RU_TASK}. {@code CREATE INDEX IF NOT EXISTS} reads the
 * same on H2 and PostgreSQL; should it fail (two nodes starting at once), the list is only slower.
 */
@Component
class TaskListIndex extends AbstractProcessEnginePlugin {

    static final String INDEX =
            "CREATE INDEX IF NOT EXISTS comity_task_due_order ON ACT_RU_TASK" + " (DUE_DATE_, CREATE_TIME_, ID_)";

    private static final Logger LOG = LoggerFactory.getLogger(TaskListIndex.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        DataSource data = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
        try (Connection connection = data.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(INDEX);
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            LOG.warn("Index comity_task_due_order on ACT_RU_TASK not created; the task list sorts without it", e);
        }
    }
}
