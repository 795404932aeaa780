package org.comity.web.config;

import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two nodes of a cluster started together on an empty PostgreSQL database both run the migrations.
 * Flyway serialises the migrations themselves, but with {@code baseline-on-migrate} the second node
 * can find the schema history table the first has just created still empty and refuses to baseline
 * it ("already exists, and is empty"; flyway/flyway#2243). The second node then waits for the first
 * to finish and migrates again, which finds every migration applied. Any other failure stops the
 * start as before.
 */
@Configuration(proxyBeanMethods = false)
class NodesMigratingTogether {

    private static final Logger LOG = LoggerFactory.getLogger(NodesMigratingTogether.class);

    /** Longer than the migrations take on an empty database, so that the first node is done by then. */
    static final Duration PATIENCE = Duration.ofSeconds(120);

    static final Duration PAUSE = Duration.ofMillis(500);

    @Bean
    FlywayMigrationStrategy migrateWhileAnotherNodeMayBeMigrating() {
        return flyway -> migrate(flyway, PATIENCE, PAUSE);
    }

    static void migrate(Flyway flyway, Duration patience, Duration pause) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                flyway.migrate();
                return;
            } catch (FlywayException e) {
                if (!anotherNodeIsMigrating(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                LOG.info("Another node is creating the schema; migrating again once it is done");
                pauseFor(pause);
            }
        }
    }

    static boolean anotherNodeIsMigrating(FlywayException e) {
        String message = e.getMessage();
        return message != null && message.contains("already exists, and is empty");
    }

    private static void pauseFor(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for another node's migrations", interrupted);
        }
    }
}
