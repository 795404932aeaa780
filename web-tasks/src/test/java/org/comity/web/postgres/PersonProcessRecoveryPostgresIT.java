package org.comity.web.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.comity.core.repatriation.RepatriationModel;
import org.comity.web.TestApi;
import org.comity.web.demo.DemoOperationGenerator;
import org.comity.web.repatriation.RepatriationFixtures;
import org.junit.jupiter.api.Test;

/**
 * Issue #14 item 4 with a real crash on PostgreSQL: Comity runs as a process of its own
 * ({@link ChildNode}, the packaged boot jar), a holding agency submits a 2,000-person intake, and
 * while the intake starts the persons' processes ({@value #CHUNK} per transaction, after the persons
 * have committed) the process is killed with SIGKILL as soon as the first chunk has committed. The
 * database then holds persons without a process, and the transaction of the chunk being started is
 * lost with the process (its process instances with it). A new node on the same
 * database starts every missing process at start-up: afterwards each of the 2,000 persons has exactly
 * one process (none lost with the killed transaction, none started twice) and the figures' stages add
 * up to 2,000 with nobody awaiting a start.
 */
class PersonProcessRecoveryPostgresIT {

    private static final String DATABASE = "comity_kill9";
    private static final int PERSONS = 2_000;
    private static final int CHUNK = 500;
    private static final String OPERATION = "Kill -9 during the intake";
    private static final ObjectMapper JSON = JsonMapper.builder()
            .findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    @Test
    void aNodeKilledWhileStartingProcessesLeavesNothingANewNodeDoesNotRecover() throws Exception {
        EmbeddedPostgresServer.recreate(DATABASE);
        UUID operation;
        long startedWhenKilled;
        try (ChildNode doomed = ChildNode.start("kill9-node", DATABASE, Duration.ofMinutes(4));
                Connection db =
                        DriverManager.getConnection(EmbeddedPostgresServer.jdbcUrl(DATABASE), "postgres", "postgres");
                Statement sql = db.createStatement()) {
            CompletableFuture<HttpResponse<String>> intake = submitIntake(doomed.port());

            await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> {
                        if (intake.isDone()) {
                            throw new AssertionError("The intake finished before it could be killed: "
                                    + intake.get().body());
                        }
                        return personsWithAProcess(sql) >= CHUNK;
                    });
            doomed.kill();
            operation = theOperation(sql);

            startedWhenKilled = personsWithAProcess(sql);
            assertThat(count(sql, "SELECT COUNT(*) FROM repatriation_person"))
                    .as("the intake's commit survives")
                    .isEqualTo(PERSONS);
            assertThat(startedWhenKilled)
                    .as("killed in the middle of the starts")
                    .isBetween((long) CHUNK, PERSONS - 1L);
            assertThat(intake).as("the intake never answers").failsWithin(Duration.ofSeconds(30));
        }

        try (ClusterNode restarted = ClusterNode.start(DATABASE)) {
            await().atMost(Duration.ofMinutes(3))
                    .until(() -> restarted
                                    .jdbc()
                                    .sql("SELECT COUNT(*) FROM repatriation_person WHERE process_instance_id IS NULL")
                                    .query(Long.class)
                                    .single()
                            == 0);

            assertThat(restarted
                            .jdbc()
                            .sql("SELECT COUNT(DISTINCT process_instance_id) FROM repatriation_person "
                                    + "WHERE operation_id = ?")
                            .param(operation)
                            .query(Long.class)
                            .single())
                    .isEqualTo(PERSONS);
            assertThat(restarted
                            .bean(RuntimeService.class)
                            .createProcessInstanceQuery()
                            .processInstanceBusinessKey(operation.toString())
                            .processDefinitionKey(RepatriationModel.PERSON_PROCESS)
                            .count())
                    .as("one process per person, none twice")
                    .isEqualTo(PERSONS);
            JsonNode stages = stages(TestApi.withToken(restarted.port(), "demo-mm-mpf"), operation.toString());
            assertThat(stages.has("AWAITING_PROCESS_START"))
                    .as(stages.toString())
                    .isFalse();
            assertThat(sum(stages)).as(stages.toString()).isEqualTo(PERSONS);
            assertThat(stages.path("VERIFYING_NATIONALITY").asLong()).isEqualTo(PERSONS);
        }
        System.out.printf(
                "kill -9 during the intake: %d of %d processes started when killed, all %d after restart%n",
                startedWhenKilled, PERSONS, PERSONS);
    }

    /** Posts the intake without waiting: its answer never comes, the node is killed first. */
    private static CompletableFuture<HttpResponse<String>> submitIntake(int port) throws Exception {
        byte[] body = JSON.writeValueAsBytes(
                RepatriationFixtures.theSeedOperation(OPERATION, DemoOperationGenerator.persons(77, PERSONS)));
        return HttpClient.newHttpClient()
                .sendAsync(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/repatriations"))
                                .header("Authorization", "Bearer demo-mm-mpf")
                                .header("Idempotency-Key", org.comity.web.TestApi.newIdempotencyKey())
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static long personsWithAProcess(Statement sql) throws SQLException {
        return count(sql, "SELECT COUNT(*) FROM repatriation_person WHERE process_instance_id IS NOT NULL");
    }

    private static UUID theOperation(Statement sql) throws SQLException {
        try (ResultSet row =
                sql.executeQuery("SELECT id FROM repatriation_operation WHERE name = '" + OPERATION + "'")) {
            row.next();
            return row.getObject(1, UUID.class);
        }
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static JsonNode stages(TestApi reader, String operation) {
        TestApi.Response metrics = reader.get("/api/v1/operations/" + operation + "/metrics");
        assertThat(metrics.status()).as(metrics.body()).isEqualTo(200);
        return metrics.json().get("personsPerStage");
    }

    private static long sum(JsonNode stages) {
        return StreamSupport.stream(stages.spliterator(), false)
                .mapToLong(JsonNode::asLong)
                .sum();
    }
}
