package org.comity.web.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.comity.ComityApplication;
import org.comity.web.TestApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Issue #14 item 5 on a PostgreSQL server of the test's own, which it freezes and stops: a statement
 * held up by a lock gives up within the statement timeout (here 2 s) and answers 503 with
 * Retry-After; while the server is down every call, the sign-in of a person with valid credentials
 * included, answers 503 (not 500, not 401), and the sign-in page (whose sessions are in the database)
 * answers 503 saying the database cannot be reached rather than that a password is wrong; a server frozen with SIGSTOP is given up on within the
 * node's socket and connection timeouts (503 again); once the server is back or continues the same
 * application serves again without a restart.
 */
class DatabaseOutagePostgresIT {

    /** This node's client-side limits: a frozen server answers nothing, so its statement timeout never fires. */
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(3);

    private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(3);

    private static Path dataDirectory;
    private static int port;
    private static EmbeddedPostgres server;
    private static ConfigurableApplicationContext application;

    @BeforeAll
    static void startAServerAndTheApplicationOnIt() throws Exception {
        dataDirectory = Files.createTempDirectory("comity-outage-pg");
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        server = startServer();
        application = new SpringApplicationBuilder(ComityApplication.class)
                .profiles("demo", "postgres")
                .run(
                        "--DB_URL=jdbc:postgresql://localhost:" + port + "/postgres",
                        "--DB_USER=postgres",
                        "--DB_PASSWORD=postgres",
                        "--COMITY_DB_STATEMENT_TIMEOUT=2s",
                        "--COMITY_DB_SOCKET_TIMEOUT=" + SOCKET_TIMEOUT.toSeconds(),
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--comity.data-dir=" + Files.createTempDirectory("comity-outage"),
                        "--comity.demo.load-operation=false",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--spring.datasource.hikari.connection-timeout=" + CONNECTION_TIMEOUT.toMillis(),
                        "--spring.datasource.hikari.validation-timeout=1000");
    }

    @AfterAll
    static void stopBoth() throws IOException {
        if (application != null) {
            application.close();
        }
        if (server != null) {
            server.close();
        }
        FileSystemUtils.deleteRecursively(dataDirectory);
    }

    @Test
    void aStatementHeldUpByALockGivesUpWithinTheStatementTimeout() throws Exception {
        try (Connection dba = server.getPostgresDatabase().getConnection();
                Statement sql = dba.createStatement()) {
            dba.setAutoCommit(false);
            sql.execute("LOCK TABLE comity_case IN ACCESS EXCLUSIVE MODE");
            Instant start = Instant.now();

            TestApi.Response frozen = api("demo-cn-mps").get("/api/v1/cases");

            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
            assertThat(frozen.status()).as(frozen.body()).isEqualTo(503);
            assertThat(frozen.contentType()).startsWith("application/problem+json");
            assertThat(frozen.headers().getFirst("Retry-After")).isEqualTo("10");
            dba.rollback();
        }
        assertThat(api("demo-cn-mps").get("/api/v1/cases").status()).isEqualTo(200);
    }

    @Test
    void whileTheServerIsDownCallsAnswer503AndServeAgainOnceItIsBack() throws Exception {
        assertThat(person("cn.officer").get("/api/v1/me").status()).isEqualTo(200);
        server.close();
        try {
            for (TestApi caller : new TestApi[] {person("cn.officer"), api("demo-cn-mps")}) {
                TestApi.Response down = caller.get("/api/v1/cases");
                assertThat(down.status()).as(down.body()).isEqualTo(503);
                assertThat(down.contentType()).startsWith("application/problem+json");
                assertThat(down.headers().getFirst("Retry-After")).isEqualTo("10");
                assertThat(down.body()).doesNotContain("SQL", "Exception", "postgres");
            }
            // browser sessions are in the database (postgres profile, SharedSessions): the sign-in page cannot keep
            // its form's session either, and says that the database cannot be reached, not that a password is wrong
            HttpResponse<String> signInPage = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + applicationPort() + "/login"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(signInPage.statusCode()).isEqualTo(503);
            assertThat(signInPage.headers().firstValue("Retry-After")).contains("10");
            assertThat(signInPage.body()).contains("cannot reach its database");
        } finally {
            server = startServer();
        }
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> assertThat(person("cn.officer").get("/api/v1/me").status())
                                .isEqualTo(200));
        assertThat(api("demo-cn-mps").get("/api/v1/cases").status()).isEqualTo(200);
    }

    /**
     * The server frozen with SIGSTOP (a hung host, a VM paused, a storage stall): its postmaster and
     * every backend stop without closing a socket, so neither the server's statement timeout nor a
     * connection reset can end a waiting call; only the node's own socket and connection timeouts can.
     * A call made on a connection just used (so taken from the pool without a validation) and one after
     * it both answer 503 with Retry-After within those timeouts plus a margin, not after the freeze;
     * once the server continues (SIGCONT, always, even if the test fails) the same node serves again.
     */
    @Test
    void aFrozenServerGivesA503WithinTheNodesTimeoutsAndTheNodeServesAgainAfterIt() throws Exception {
        assertThat(api("demo-cn-mps").get("/api/v1/cases").status()).isEqualTo(200);
        List<Long> frozen = serverProcesses();
        List<Long> answeredAfter = new ArrayList<>();
        try {
            assertThat(signal("-STOP", frozen))
                    .as("every server process stopped")
                    .isZero();
            for (TestApi caller : new TestApi[] {api("demo-cn-mps"), person("cn.officer")}) {
                Instant start = Instant.now();
                TestApi.Response answer = caller.get("/api/v1/cases");
                Duration took = Duration.between(start, Instant.now());
                answeredAfter.add(took.toMillis());

                assertThat(answer.status()).as(answer.body()).isEqualTo(503);
                assertThat(answer.headers().getFirst("Retry-After")).isEqualTo("10");
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(took)
                        .as("answered within the socket or connection timeout, not after the freeze")
                        .isLessThan(SOCKET_TIMEOUT.plus(CONNECTION_TIMEOUT).plusSeconds(4));
            }
        } finally {
            signal("-CONT", frozen);
        }
        System.out.printf(
                "frozen server (%d processes stopped): 503 after %s ms (socket timeout %d s, connection "
                        + "timeout %d s)%n",
                frozen.size(), answeredAfter, SOCKET_TIMEOUT.toSeconds(), CONNECTION_TIMEOUT.toSeconds());
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(api("demo-cn-mps").get("/api/v1/cases").status())
                                .isEqualTo(200));
        assertThat(person("cn.officer").get("/api/v1/me").status()).isEqualTo(200);
    }

    /** The postmaster (first line of {@code postmaster.pid}) and its backends and helpers, postmaster first. */
    private static List<Long> serverProcesses() throws IOException {
        long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                .get(0)
                .strip());
        List<Long> pids = new ArrayList<>(List.of(postmaster));
        ProcessHandle.of(postmaster)
                .orElseThrow()
                .descendants()
                .map(ProcessHandle::pid)
                .forEach(pids::add);
        assertThat(pids).as("postmaster and backends").hasSizeGreaterThan(2);
        return pids;
    }

    /** Sends the signal with the system's {@code kill} (Java has no SIGSTOP); returns its exit status. */
    private static int signal(String signal, List<Long> pids) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("kill", signal));
        pids.forEach(pid -> command.add(Long.toString(pid)));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    /** The server on the same port and data directory each time, which a close must keep for the restart. */
    private static EmbeddedPostgres startServer() throws IOException {
        return EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .start();
    }

    private static TestApi api(String token) {
        return TestApi.withToken(applicationPort(), token);
    }

    private static TestApi person(String user) {
        return TestApi.as(applicationPort(), user, "demo");
    }

    private static int applicationPort() {
        return ((WebServerApplicationContext) application).getWebServer().getPort();
    }
}
