package org.comity.web.mla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.comity.core.archive.DocumentArchive;
import org.comity.web.TestApi;
import org.comity.web.postgres.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A whole MLA case on real PostgreSQL (profile {@code postgres}, the same context as
 * {@code PostgresIT}): migration V7 and the MLA tables, both processes, both documents read back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles({"demo", "postgres"})
class MlaPostgresIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedPostgresServer.get();
        registry.add("DB_URL", () -> EmbeddedPostgresServer.jdbcUrl("postgres"));
        registry.add("DB_USER", () -> "postgres");
        registry.add("DB_PASSWORD", () -> "postgres");
    }

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    DocumentArchive archive;

    @Test
    void executesARequestAndIssuesBothDocumentsOnPostgresql() {
        MlaCaseScenario scenario = new MlaCaseScenario(port, runtime, management, archive);
        String caseId = scenario.executedWithConsentToFurtherUse();

        JsonNode view = TestApi.withToken(port, "demo-cn-mps").get("/api/v1/cases/" + caseId).json();
        assertThat(view.path("status").asText()).isEqualTo("COMPLETED");
        Map<String, String> texts = scenario.documentTexts(caseId);
        assertThat(texts).containsOnlyKeys("MLA_LETTER_OF_REQUEST", "MLA_EXECUTION_REPORT");
        assertThat(texts.get("MLA_LETTER_OF_REQUEST")).contains(view.path("reference").asText(), "张伟", "Zhang Wei");
        assertThat(texts.get("MLA_EXECUTION_REPORT").replaceAll("\\s", "")).contains(MlaCaseScenario.STATEMENT_DIGEST);
    }

    @Test
    void hidesAConfidentialCaseFromTheRequestedStatesAgencyOnPostgresql() {
        MlaCaseScenario scenario = new MlaCaseScenario(port, runtime, management, archive);
        String caseId = scenario.submitted("demo-cn-mps", MlaRequestBodies.aConfidentialRequestFromChina());
        assertThat(TestApi.withToken(port, "demo-mm-mpf").get("/api/v1/cases/" + caseId).status()).isEqualTo(404);
        assertThat(TestApi.withToken(port, "demo-mm-mpf").get("/api/v1/cases?type=MLA").json().path("items")
                .findValuesAsText("id")).doesNotContain(caseId);
        assertThat(TestApi.as(port, "mm.supervisor", "demo").get("/api/v1/cases/" + caseId).status()).isEqualTo(200);
    }
}
