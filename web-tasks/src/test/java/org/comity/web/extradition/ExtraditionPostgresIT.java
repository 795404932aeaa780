package org.comity.web.extradition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.comity.web.TestApi;
import org.comity.web.postgres.PostgresWebIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whole extradition cases on real PostgreSQL ({@link PostgresWebIT}), through the HTTP API as the
 * demo agencies and the four demo officers: every document is read back and its text checked, and
 * each side sees only its own tasks.
 */
class ExtraditionPostgresIT extends PostgresWebIT {

    ExtraditionCaseScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new ExtraditionCaseScenario(port, runtime, management, archive);
    }

    @Test
    void surrendersThePersonAndIssuesEachDocumentOnPostgresql() {
        String caseId = scenario.grantedAndSurrendered();

        JsonNode view = withToken("demo-cn-mps").get("/api/v1/cases/" + caseId).json();
        assertThat(view.path("status").asText()).isEqualTo("SURRENDERED");
        assertThat(view.path("documents").findValuesAsText("type"))
                .containsExactlyInAnyOrder(
                        "EXTRADITION_REQUEST",
                        "SUPPLEMENTARY_INFORMATION_REQUEST",
                        "EXTRADITION_DECISION",
                        "SURRENDER_RECORD");
        scenario.assertDocumentsOfGrantedCase(caseId, view.path("reference").asText());
        assertThat(view.path("speciality").path("grantedOffences").findValuesAsText("provision"))
                .containsExactly("Criminal Law of the PRC Art. 266");
    }

    /** legal-domain.md §9 item 13 on PostgreSQL: assurances stored, routed, and binding the sentence. */
    @Test
    void storesAssurancesAndRefusesASentenceBeyondThemOnPostgresql() {
        String caseId = scenario.grantedAndSurrendered();
        String assurances = "/api/v1/extraditions/" + caseId + "/assurances";
        Map<String, Object> atMostTenYears = ExtraditionRequestBodies.anAssurance("SENTENCE");
        atMostTenYears.put("maxTermMonths", 120);
        Map<String, Object> onlyTheFraud = ExtraditionRequestBodies.anAssurance("PROSECUTION_LIMIT");
        onlyTheFraud.put("offenceIndexes", List.of(0));
        assertThat(withToken("demo-cn-mps").post(assurances, atMostTenYears).status())
                .isEqualTo(201);
        assertThat(as("cn.officer").post(assurances, onlyTheFraud).status()).isEqualTo(201);

        String sentence = "/api/v1/extraditions/" + caseId + "/sentence";
        TestApi.Response tooLong =
                withToken("demo-cn-mps").post(sentence, ExtraditionRequestBodies.aSentence("TERM", 121));
        assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(422);
        assertThat(tooLong.json().path("errors").findValuesAsText("rule")).containsExactly("SentenceHonoursAssurance");
        assertThat(withToken("demo-cn-mps")
                        .post(sentence, ExtraditionRequestBodies.aSentence("TERM", 120))
                        .status())
                .isEqualTo(201);

        JsonNode shown = as("mm.officer").get("/api/v1/cases/" + caseId).json().path("assurances");
        assertThat(shown.path("given").findValuesAsText("kind")).containsExactly("SENTENCE", "PROSECUTION_LIMIT");
        assertThat(shown.path("given").findValuesAsText("decidingAuthority")).containsExactly("CN_SPC", "CN_SPP");
        assertThat(shown.path("sentences").findValuesAsText("months")).containsExactly("120");
    }

    @Test
    void releasesAProvisionallyArrestedPersonOnDay31OnPostgresql() {
        String caseId = scenario.provisionalArrestReleasedOnDay31();
        assertThat(scenario.documentTexts(caseId).get("PROVISIONAL_ARREST_RELEASE_NOTICE"))
                .contains("张伟")
                .contains("formal request");
    }
}
