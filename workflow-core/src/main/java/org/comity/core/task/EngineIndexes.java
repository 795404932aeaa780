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
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An index Camunda 7.24's own schema lacks for a statement every task completion runs (issue #16),
 * found by sampling completions under load (thread dumps of {@code BareEngineBenchmark}): when a task
 * is completed, {@code TaskManager.deleteTask} looks for its sub-tasks with
 * {@code SELECT ... FROM ACT_RU_TASK WHERE PARENT_TASK_ID_ = ?}, and no database's schema indexes
 * {@code PARENT_TASK_ID_}, so H2 and PostgreSQL read the whole table of open tasks per completion: a
 * completion's cost grew with the number of open tasks. With the index it is a lookup by key.
 *
 * <p>The engine creates its tables when it is built, after Flyway's migrations have run, so the index
 * is created here, right after, with {@code IF NOT EXISTS} (H2 2.x and PostgreSQL 9.5+): a start on a
 * database that has it does nothing.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class EngineIndexes extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

    static final String TASK_PARENT =
            "CREATE INDEX IF NOT EXISTS COMITY_IDX_TASK_PARENT ON ACT_RU_TASK (PARENT_TASK_ID_)";

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        DataSource data = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
        try (Connection connection = data.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(TASK_PARENT);
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            LOG.warn("The index on ACT_RU_TASK.PARENT_TASK_ID_ was not created; completions will scan open tasks", e);
        }
    }
}
