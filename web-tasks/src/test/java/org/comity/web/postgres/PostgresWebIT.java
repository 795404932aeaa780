package org.comity.web.postgres;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.comity.core.archive.DocumentArchive;
import org.comity.web.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context of web-tasks' PostgreSQL integration tests (every {@code *PostgresIT}
 * extends this class and shares it, as the H2 tests share {@code WebIT}'s): the whole application
 * with the {@code postgres} profile on the database {@value #DATABASE} of the JVM's one
 * {@link EmbeddedPostgresServer}, the demo identities, a random port, MockMvc, and the job executor
 * off so that no timer fires behind a test's back.
 *
 * <p>Spring's test context cache reuses the context only while every subclass has exactly this
 * configuration. So a subclass declares no {@code @SpringBootTest} properties, profiles,
 * {@code @DynamicPropertySource}, {@code @MockBean} or {@code @DirtiesContext} of its own; it may
 * autowire further beans, which does not change the context.
 *
 * <p>The classes share one database and run in any order, so a test asserts only on the data it
 * created: it filters by its own case, operation, draft or reference, or uses names no other test
 * uses, and never counts rows of the whole database.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=false", "comity.demo.load-operation=false"})
@ActiveProfiles({"demo", "postgres"})
@AutoConfigureMockMvc
public abstract class PostgresWebIT {

    /** The embedded server's default database, empty when the server starts with the JVM. */
    public static final String DATABASE = "postgres";

    public static final String PASSWORD = "demo";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedPostgresServer.use(registry, DATABASE);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected RuntimeService runtime;

    @Autowired
    protected TaskService tasks;

    @Autowired
    protected ManagementService management;

    @Autowired
    protected DocumentArchive archive;

    @Autowired
    protected JdbcClient jdbc;

    protected TestApi as(String user) {
        return TestApi.as(port, user, PASSWORD);
    }

    protected TestApi withToken(String token) {
        return TestApi.withToken(port, token);
    }
}
