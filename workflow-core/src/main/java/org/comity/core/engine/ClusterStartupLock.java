package org.comity.core.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Lets one node at a time create or update Camunda's schema when several nodes of a cluster start
 * together on one PostgreSQL database (DESIGN.md §10; reliability-and-security.md A7). Camunda's own
 * start-up and deployment locks are rows of {@code ACT_GE_PROPERTY}, which do not exist before the
 * schema does: two nodes starting on an empty database would both run the create scripts, and one
 * would fail on a table the other had just created. A session-level advisory lock, taken before the
 * engine initialises and released once it is built, serialises that step; the next node finds the
 * schema in place and only checks its version. Flyway guards Comity's own tables with an advisory
 * lock of its own. On H2 (a file one node opens) no lock is needed or taken.
 */
@Component
public class ClusterStartupLock extends AbstractProcessEnginePlugin {

    /** The advisory lock's key, the same on every node: "comity" and 1 for the engine's start-up. */
    public static final long KEY = 0x636f6d6974790001L;

    private final DataSource dataSource;
    private Connection holder;

    ClusterStartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized void preInit(ProcessEngineConfigurationImpl configuration) {
        try {
            Connection connection = dataSource.getConnection();
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close();
                return;
            }
            try (Statement lock = connection.createStatement()) {
                // waiting while another node creates the schema may outlast any statement timeout
                lock.execute("SET statement_timeout = 0");
                lock.execute("SELECT pg_advisory_lock(" + KEY + ")");
            }
            holder = connection;
        } catch (SQLException e) {
            throw new ProcessEngineException("The engine's start-up lock could not be taken", e);
        }
    }

    /**
     * Releases the lock and hands the connection back to the pool. An unlock can only fail on a broken
     * connection, whose session, and so its lock, the server has already ended. If the build fails
     * before this point, the failed start closes the pool and with it the session.
     */
    @Override
    public synchronized void postProcessEngineBuild(ProcessEngine engine) {
        if (holder == null) {
            return;
        }
        try (Connection connection = holder;
                Statement unlock = connection.createStatement()) {
            unlock.execute("SELECT pg_advisory_unlock(" + KEY + ")");
            unlock.execute("RESET statement_timeout");
        } catch (SQLException e) {
            throw new ProcessEngineException("The engine's start-up lock could not be released", e);
        } finally {
            holder = null;
        }
    }
}
