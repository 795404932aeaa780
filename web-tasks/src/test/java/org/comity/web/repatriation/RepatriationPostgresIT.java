package org.comity.web.repatriation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.web.repatriation.RepatriationFixtures.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.comity.core.repatriation.RepatriationModel;
import org.comity.web.TestApi;
import org.comity.web.demo.DemoOperationGenerator;
import org.comity.web.postgres.PostgresWebIT;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The repatriation schema (V5), its batch writes and the figures' SQL on real PostgreSQL: a small
 * operation from intake (JSON and CSV) to handover, then its metrics ({@link PostgresWebIT}; every
 * figure and list is read for this operation only).
 */
class RepatriationPostgresIT extends PostgresWebIT {

    @Test
    void repatriatesASmallOperationOnPostgresql() {
        TestApi police = withToken("demo-mm-mpf");
        TestApi china = as("cn.officer");
        TestApi myanmar = as("mm.officer");
        TestApi supervisor = as("mm.supervisor");
        var persons = DemoOperationGenerator.persons(4_000, 30);
        String id = open(police, theSeedOperation("On PostgreSQL", persons.subList(0, 20)));
        assertThat(police.postRaw(
                                "/api/v1/repatriations/" + id + "/persons",
                                PersonBatchIT.csv(persons.subList(20, 30)),
                                new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(201);

        bulk(
                china,
                taskIds(china, id, RepatriationModel.TASK_VERIFY_NATIONALITY),
                Map.of("nationalityVerification", "CONFIRMED"));
        List<String> documents = taskIds(china, id, RepatriationModel.TASK_ISSUE_TRAVEL_DOCUMENT);
        Map<String, Object> numbers = new HashMap<>();
        documents.forEach(t -> numbers.put(t, Map.of("travelDocumentNumber", "PG" + Math.abs(t.hashCode()))));
        assertThat(china.post(
                                "/api/v1/tasks/bulk-complete",
                                Map.of(
                                        "taskIds",
                                        documents,
                                        "values",
                                        Map.of("travelDocumentType", "PASSPORT", "travelDocumentExpiry", "2032-06-30"),
                                        "valuesByTask",
                                        numbers))
                        .json()
                        .get("completed")
                        .asLong())
                .isEqualTo(30);
        bulk(myanmar, taskIds(myanmar, id, RepatriationModel.TASK_CLEAR_FOR_TRANSFER), cleared());
        List<String> ready = readyPersons(supervisor, id, 100);
        assertThat(ready).hasSize(30);
        TestApi.Response planned = supervisor.post(
                "/api/v1/repatriations/" + id + "/transfers", aTransfer("Flight from Yangon", "AIR", 50, ready));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        supervisor.post(
                "/api/v1/tasks/"
                        + taskIds(supervisor, id, RepatriationModel.TASK_APPROVE_TRANSFER_PLAN)
                                .get(0) + "/complete",
                Map.of("planDecision", "APPROVE"));
        runJobs(management);
        myanmar.post(
                "/api/v1/tasks/"
                        + taskIds(myanmar, id, RepatriationModel.TASK_EXECUTE_HANDOVER)
                                .get(0) + "/complete",
                handedOver(30));
        assertThat(china.post(
                                "/api/v1/repatriations/" + id + "/transfers/"
                                        + planned.json().get("id").asText() + "/receipt",
                                Map.of("receivedCount", 30))
                        .status())
                .isEqualTo(204);
        runJobs(management);
        assertThat(china.get("/api/v1/cases/" + id + "/documents").json().findValuesAsText("type"))
                .containsExactlyInAnyOrder("HANDOVER_MANIFEST", "HANDOVER_RECEIPT");

        JsonNode metrics =
                as("auditor").get("/api/v1/operations/" + id + "/metrics").json();
        assertThat(metrics.get("suspectsRepatriated").asLong()).isEqualTo(30);
        assertThat(metrics.get("callCentresRaided").asLong()).isEqualTo(18);
        assertThat(metrics.get("regionsCovered").asLong()).isEqualTo(5);
        assertThat(metrics.get("duration").asText()).isEqualTo("P6M");
        assertThat(sum(metrics.get("personsPerRegion"))).isEqualTo(30);
        assertThat(sum(metrics.get("repatriatedPerDay"))).isEqualTo(30);
        assertThat(china.get("/api/v1/repatriations/" + id + "/persons").json().findValuesAsText("stage"))
                .hasSize(30)
                .containsOnly("REPATRIATED");
        TestApi.Response view = china.get("/api/v1/cases/" + id);
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.json().get("sides").findValuesAsText("state")).contains("ACTIVE", "ENDED");
    }

    private static long sum(JsonNode counts) {
        long total = 0;
        for (JsonNode count : counts) {
            total += count.asLong();
        }
        return total;
    }
}
