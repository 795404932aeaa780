package org.comity.web.postgres;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.comity.core.archive.DocumentArchive;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on real PostgreSQL (profile {@code postgres}, the embedded server of
 * {@link EmbeddedPostgresServer}) with the demo identities, the job executor off. Subclasses share
 * one Spring context, as the H2 tests share {@code WebIT}'s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles({"demo", "postgres"})
public abstract class PostgresWebIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedPostgresServer.get();
        registry.add("DB_URL", () -> EmbeddedPostgresServer.jdbcUrl("postgres"));
        registry.add("DB_USER", () -> "postgres");
        registry.add("DB_PASSWORD", () -> "postgres");
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected RuntimeService runtime;

    @Autowired
    protected ManagementService management;

    @Autowired
    protected DocumentArchive archive;
}
