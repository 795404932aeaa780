package org.comity.web.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.comity.web.TestApi;
import org.comity.web.extradition.ExtraditionRequestBodies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The README's PostgreSQL set-up, exactly as written (reliability-and-security.md, issue #14 item 7):
 * the two scripts of {@code docs/postgresql/} are read from the repository and executed statement by
 * statement as a superuser, then Comity starts for the first time as the application role with Flyway
 * as the owner role, serves the calls that once failed for a missing grant (an extradition request, a
 * task search by name), keeps its audit tables append-only for the application role, and starts again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresRolesIT {

    /** The scripts name this database and these roles; no other test uses them. */
    private static final String DATABASE = "comity";

    private static final Path SCRIPTS = Path.of("..", "docs", "postgresql");

    private static ClusterNode node;

    @BeforeAll
    static void setUpAsTheReadmeSaysAndStartAsTheApplicationRole() throws Exception {
        dropTheDatabaseAndRoles();
        run("postgres", script("1-roles-and-database.sql"));
        run(DATABASE, script("2-schema.sql"));
        node = ClusterNode.startAs(DATABASE, "comity_app", "comity_owner");
    }

    @AfterAll
    static void stopAndDropEverything() throws SQLException {
        if (node != null) {
            node.close();
        }
        dropTheDatabaseAndRoles();
    }

    @Test
    void theApplicationRoleServesRequestsAndTaskSearchesByName() {
        TestApi agency = TestApi.withToken(node.port(), "demo-cn-mps");
        TestApi.Response created = agency.post(
                "/api/v1/extraditions", ExtraditionRequestBodies.aRequestFromChinaFor("李雷", "Li Lei", "1990-01-01"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String caseId = created.json().get("id").asText();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            TestApi.Response search = node.as("cn.supervisor").get("/api/v1/tasks?person=Li Lei");
            assertThat(search.status()).as(search.body()).isEqualTo(200);
            assertThat(search.body())
                    .as(() -> agency.get("/api/v1/cases/" + caseId).body())
                    .contains(caseId);
        });
    }

    @Test
    void ownersAreTheDocumentedRoles() {
        JdbcClient superuser = JdbcClient.create(
                new DriverManagerDataSource(EmbeddedPostgresServer.jdbcUrl(DATABASE), "postgres", "postgres"));
        String owners = "SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = ?";

        assertThat(superuser.sql(owners).param("audit_log").query(String.class).single())
                .isEqualTo("comity_owner");
        assertThat(superuser
                        .sql(owners)
                        .param("extradition_subject_name")
                        .query(String.class)
                        .single())
                .isEqualTo("comity_owner");
        assertThat(superuser
                        .sql(owners)
                        .param("act_ru_task")
                        .query(String.class)
                        .single())
                .isEqualTo("comity_app");
        for (String table : List.of(
                "oauth2_registered_client",
                "oauth2_authorization",
                "comity_token_revocation",
                "comity_signing_key",
                "comity_login_failure",
                "spring_session",
                "spring_session_attributes")) {
            assertThat(superuser.sql(owners).param(table).query(String.class).single())
                    .as(table)
                    .isEqualTo("comity_owner");
        }
    }

    /**
     * The tables of issue 17 work for the application role through their grants: an agency's access
     * token (its client read, the token recorded, the signing key kept), a counted failed sign-in, and a
     * browser session kept in the database.
     */
    @Test
    void theApplicationRoleIssuesTokensCountsFailuresAndKeepsSessions() throws Exception {
        TestApi agency = TestApi.withAccessToken(node.port(), "cn-mps", "demo-secret-cn-mps", null);
        assertThat(agency.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(TestApi.as(node.port(), "cn.officer", "wrong")
                        .get("/api/v1/me")
                        .status())
                .isEqualTo(401);
        java.net.http.HttpResponse<String> login = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://localhost:" + node.port() + "/login"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);

        JdbcClient superuser = JdbcClient.create(
                new DriverManagerDataSource(EmbeddedPostgresServer.jdbcUrl(DATABASE), "postgres", "postgres"));
        for (String table :
                List.of("oauth2_authorization", "comity_signing_key", "comity_login_failure", "spring_session")) {
            assertThat(superuser
                            .sql("SELECT COUNT(*) FROM " + table)
                            .query(Long.class)
                            .single())
                    .as(table)
                    .isPositive();
        }
    }

    @Test
    void theApplicationRoleMayOnlyAppendToTheAuditLog() throws SQLException {
        assertThatThrownBy(() -> runAs("comity_app", "ALTER TABLE audit_log DISABLE TRIGGER USER"))
                .hasMessageContaining("must be owner");
        for (String change : List.of(
                "UPDATE audit_log SET purpose = 'x'",
                "DELETE FROM audit_log",
                "TRUNCATE audit_checkpoint",
                "DELETE FROM audit_chain_head")) {
            assertThatThrownBy(() -> runAs("comity_app", change)).as(change).hasMessageContaining("permission denied");
        }
        TestApi.Response verify = node.as("auditor").get("/api/v1/audit/verify");
        assertThat(verify.json().get("valid").asBoolean()).as(verify.body()).isTrue();
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void aSecondStartAsTheApplicationRoleFindsEverythingInPlace() throws Exception {
        node.close();
        node = ClusterNode.startAs(DATABASE, "comity_app", "comity_owner");

        TestApi.Response search = node.as("cn.supervisor").get("/api/v1/tasks?person=Li Lei");

        assertThat(search.status()).as(search.body()).isEqualTo(200);
    }

    /** The statements of a script: comments removed, split at each {@code ;} that ends a line. */
    private static List<String> script(String name) throws IOException {
        String text = Files.readAllLines(SCRIPTS.resolve(name)).stream()
                .filter(line -> !line.trim().startsWith("--"))
                .collect(Collectors.joining("\n"));
        return Arrays.stream(text.split(";\\s*(\n|$)"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static void run(String database, List<String> statements) throws SQLException {
        try (Connection c =
                        DriverManager.getConnection(EmbeddedPostgresServer.jdbcUrl(database), "postgres", "postgres");
                Statement sql = c.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }

    private static void runAs(String role, String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(EmbeddedPostgresServer.jdbcUrl(DATABASE), role, "x");
                Statement sql = c.createStatement()) {
            sql.execute(statement);
        }
    }

    private static void dropTheDatabaseAndRoles() throws SQLException {
        run(
                "postgres",
                List.of(
                        "DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)",
                        "DROP ROLE IF EXISTS comity_app",
                        "DROP ROLE IF EXISTS comity_owner"));
    }
}
