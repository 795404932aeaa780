package org.comity.web.repatriation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.comity.web.TestApi;
import org.comity.web.WebIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The demo profile's seed operation loads through {@code POST /api/v1/demo/operation}. */
class DemoOperationIT extends WebIT {

    @AfterEach
    void deleteOpenProcesses() {
        RepatriationFixtures.deleteRepatriationProcesses(runtime);
    }

    @Test
    void loadsTheSeedOperationForTheHoldingState() {
        TestApi.Response loaded = withToken("demo-mm-mpf").post("/api/v1/demo/operation?seed=4500&persons=60", "");

        assertThat(loaded.status()).as(loaded.body()).isEqualTo(201);
        JsonNode metrics = as("cn.officer")
                .get("/api/v1/operations/" + loaded.json().get("id").asText() + "/metrics")
                .json();
        assertThat(metrics.get("persons").asLong()).isEqualTo(60);
        assertThat(metrics.get("callCentresRaided").asLong()).isEqualTo(18);
        assertThat(metrics.get("regionsCovered").asLong()).isEqualTo(5);
        assertThat(metrics.get("personsPerStage").get("VERIFYING_NATIONALITY").asLong())
                .isEqualTo(60);
        assertThat(withToken("demo-cn-mps")
                        .post("/api/v1/demo/operation?persons=1", "")
                        .status())
                .isEqualTo(403);
    }
}
