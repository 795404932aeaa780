package org.comity.web.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
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
 * included, answers 503 (not 500, not 401); once the server is back the same application serves
 * again without a restart.
 */
class DatabaseOutagePostgresIT {

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
        application = new SpringApplicationBuilder(ComityApplication.class).profiles("demo", "postgres").run(
                "--DB_URL=jdbc:postgresql://localhost:" + port + "/postgres", "--DB_USER=postgres",
                "--DB_PASSWORD=postgres", "--COMITY_DB_STATEMENT_TIMEOUT=2s", "--server.port=0",
                "--spring.main.banner-mode=off", "--comity.data-dir=" + Files.createTempDirectory("comity-outage"),
                "--comity.demo.load-operation=false", "--camunda.bpm.job-execution.enabled=false",
                "--spring.datasource.hikari.connection-timeout=3000");
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
        try (Connection dba = server.getPostgresDatabase().getConnection(); Statement sql = dba.createStatement()) {
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
        } finally {
            server = startServer();
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(person("cn.officer").get("/api/v1/me").status()).isEqualTo(200));
        assertThat(api("demo-cn-mps").get("/api/v1/cases").status()).isEqualTo(200);
    }

    /** The server on the same port and data directory each time, which a close must keep for the restart. */
    private static EmbeddedPostgres startServer() throws IOException {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDirectory).setCleanDataDirectory(false)
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
