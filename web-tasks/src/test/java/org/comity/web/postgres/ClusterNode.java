package org.comity.web.postgres;

import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.comity.ComityApplication;
import org.comity.core.engine.ClusterStartupLock;
import org.comity.web.TestApi;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One node of a Comity cluster in a test: the whole application booted from
 * {@link ComityApplication} (profiles {@code demo} and {@code postgres}, a random port, the job
 * executor on with short acquisition waits, the demo seed operation loaded) on a database of the
 * JVM's {@link EmbeddedPostgresServer}, with what a test needs of it: an HTTP client as a demo
 * user, its beans, its JDBC client.
 */
final class ClusterNode implements AutoCloseable {

    private static final String PASSWORD = "demo";

    private final ConfigurableApplicationContext context;

    private ClusterNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Starts two nodes on the database, created empty, and holds them at the engine's start-up lock
     * ({@link ClusterStartupLock}) until both wait there, so that both reach Camunda's schema creation
     * at the same moment, then lets them go. The second node begins once the first has set up its
     * logging: Spring Boot configures the JVM's one logging context at start, and two configurations at
     * once leave it without the application's environment (a start failed so).
     *
     * @throws AssertionError if a node starts without waiting for the lock
     */
    static List<ClusterNode> startTogether(String database, Duration patience) throws Exception {
        EmbeddedPostgresServer.recreate(database);
        CountDownLatch firstLogging = new CountDownLatch(1);
        ExecutorService starters = Executors.newFixedThreadPool(2);
        try (Connection gate =
                        DriverManager.getConnection(EmbeddedPostgresServer.jdbcUrl(database), "postgres", "postgres");
                Statement sql = gate.createStatement()) {
            sql.execute("SELECT pg_advisory_lock(" + ClusterStartupLock.KEY + ")");
            Future<ClusterNode> a = starters.submit(() -> bootSeeded(database, "a", firstLogging::countDown));
            Future<ClusterNode> b = starters.submit(() -> {
                firstLogging.await();
                return bootSeeded(database, "b", () -> {});
            });
            await().atMost(patience)
                    .until(() -> a.isDone() || b.isDone() || waitingForTheStartupLock(sql, database) == 2);
            if (a.isDone() || b.isDone()) {
                (a.isDone() ? a : b).get();
                throw new AssertionError("A node started without waiting for the engine's start-up lock");
            }
            sql.execute("SELECT pg_advisory_unlock(" + ClusterStartupLock.KEY + ")");
            return List.of(a.get(), b.get());
        } finally {
            starters.shutdownNow();
        }
    }

    private static int waitingForTheStartupLock(Statement sql, String database) throws SQLException {
        try (ResultSet waiting = sql.executeQuery("SELECT COUNT(*) FROM pg_locks l JOIN pg_database d "
                + "ON d.oid = l.database WHERE d.datname = '" + database + "' AND l.locktype = 'advisory' "
                + "AND l.objid = " + (ClusterStartupLock.KEY & 0xffffffffL) + " AND NOT l.granted")) {
            waiting.next();
            return waiting.getInt(1);
        }
    }

    private static ClusterNode bootSeeded(String database, String node, Runnable loggingSetUp) throws Exception {
        return boot(database, node, true, loggingSetUp, "--DB_USER=postgres", "--DB_PASSWORD=postgres");
    }

    /** Starts one node on the database as superuser, without the demo seed operation. */
    static ClusterNode start(String database) throws Exception {
        return boot(database, "single", false, () -> {}, "--DB_USER=postgres", "--DB_PASSWORD=postgres");
    }

    /**
     * Starts one node as the README's production roles would run it: the application as
     * {@code appRole}, Flyway's migrations as {@code ownerRole} (the embedded server trusts local
     * connections, so no password is checked), without the demo seed operation.
     */
    static ClusterNode startAs(String database, String appRole, String ownerRole) throws Exception {
        return boot(
                database,
                appRole,
                false,
                () -> {},
                "--DB_USER=" + appRole,
                "--DB_PASSWORD=unused",
                "--FLYWAY_USER=" + ownerRole,
                "--FLYWAY_PASSWORD=unused");
    }

    private static ClusterNode boot(
            String database, String node, boolean seed, Runnable loggingSetUp, String... credentials) throws Exception {
        List<String> args = new ArrayList<>(List.of(
                "--DB_URL=" + EmbeddedPostgresServer.jdbcUrl(database),
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--comity.data-dir=" + Files.createTempDirectory("comity-node-" + node),
                "--comity.demo.load-operation=" + seed,
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.wait-time-in-millis=100",
                "--camunda.bpm.job-execution.max-wait=500"));
        args.addAll(List.of(credentials));
        // Logging is set up when the environment is prepared; the context is initialized after it.
        ApplicationListener<ApplicationContextInitializedEvent> afterLogging = event -> loggingSetUp.run();
        return new ClusterNode(new SpringApplicationBuilder(ComityApplication.class)
                .profiles("demo", "postgres")
                .listeners(afterLogging)
                .run(args.toArray(String[]::new)));
    }

    TestApi as(String user) {
        return TestApi.as(port(), user, PASSWORD);
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
