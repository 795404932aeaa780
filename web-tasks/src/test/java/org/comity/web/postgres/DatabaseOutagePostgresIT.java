package org.comity.web.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * included, answers 503 (not 500, not 401), and the sign-in page says the sign-in could not be checked
 * rather than that the password is wrong; once the server is back the same application serves
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
            assertThat(signInOnThePage("cn.officer", "demo")).as("not 'wrong password'").endsWith("/login?unavailable");
        } finally {
            server = startServer();
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(person("cn.officer").get("/api/v1/me").status()).isEqualTo(200));
        assertThat(api("demo-cn-mps").get("/api/v1/cases").status()).isEqualTo(200);
    }

    /** The server on the same port and data directory each time, which a close must keep for the restart. */
    /** Signs in through the sign-in page as a browser would; returns where the page sends the officer. */
    private static String signInOnThePage(String user, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + applicationPort();
        String page = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as(page).isTrue();
        String form = "username=" + user + "&password=" + password + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> posted = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(302);
        return posted.headers().firstValue("Location").orElseThrow();
    }

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
