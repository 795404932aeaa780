package org.comity.web.extradition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.comity.core.archive.DocumentArchive;
import org.comity.web.TestApi;
import org.comity.web.postgres.EmbeddedPostgresServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Whole extradition cases on real PostgreSQL (profile {@code postgres}, as {@code PostgresIT}),
 * through the HTTP API as the demo agencies and the four demo officers: every document is read back
 * and its text checked, and each side sees only its own tasks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles({"demo", "postgres"})
class ExtraditionPostgresIT {

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

    ExtraditionCaseScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new ExtraditionCaseScenario(port, runtime, management, archive);
    }

    @Test
    void surrendersThePersonAndIssuesEachDocumentOnPostgresql() {
        String caseId = scenario.grantedAndSurrendered();

        JsonNode view = TestApi.withToken(port, "demo-cn-mps").get("/api/v1/cases/" + caseId).json();
        assertThat(view.path("status").asText()).isEqualTo("SURRENDERED");
        assertThat(view.path("documents").findValuesAsText("type")).containsExactlyInAnyOrder("EXTRADITION_REQUEST",
                "SUPPLEMENTARY_INFORMATION_REQUEST", "EXTRADITION_DECISION", "SURRENDER_RECORD");
        scenario.assertDocumentsOfGrantedCase(caseId, view.path("reference").asText());
        assertThat(view.path("speciality").path("grantedOffences").findValuesAsText("provision"))
                .containsExactly("Criminal Law of the PRC Art. 266");
    }

    @Test
    void releasesAProvisionallyArrestedPersonOnDay31OnPostgresql() {
        String caseId = scenario.provisionalArrestReleasedOnDay31();
        assertThat(scenario.documentTexts(caseId).get("PROVISIONAL_ARREST_RELEASE_NOTICE")).contains("张伟")
                .contains("formal request");
    }
}
