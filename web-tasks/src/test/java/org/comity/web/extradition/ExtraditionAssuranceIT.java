package org.comity.web.extradition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.comity.core.archive.DocumentArchive;
import org.comity.web.TestApi;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Assurances China gives as requesting state because Myanmar demanded them, and their binding force
 * (legal-domain.md §2.4 step 4, §9 item 13, §10 item 7; PRC Extradition Law Art. 50): routed to the
 * SPC or SPP by DMN {@code AssuranceRouting}, refused when malformed with nothing stored, shown to both
 * states in the case view, and binding on a later sentence and a later prosecution.
 */
class ExtraditionAssuranceIT extends WebIT {

    @Autowired
    ManagementService management;

    @Autowired
    DocumentArchive archive;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    ExtraditionCaseScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new ExtraditionCaseScenario(port, runtime, management, archive);
    }

    /** §10 item 7: an offence punishable by death; China gives the assurance, routed to the SPC. */
    @Test
    void givesADeathPenaltyAssuranceRoutedToTheSupremePeoplesCourtThatBindsTheSentence() {
        String caseId = surrendered(aRequestFromChinaWithAnOffencePunishableByDeath());
        String assurances = "/api/v1/extraditions/" + caseId + "/assurances";
        Map<String, Object> noDeath = assurance("DEATH_PENALTY");

        TestApi.Response given = withToken("demo-cn-mps").post(assurances, noDeath);
        assertThat(given.status()).as(given.body()).isEqualTo(201);
        assertThat(given.json().path("decidingAuthority").asText()).isEqualTo("CN_SPC");
        assertThat(given.json().path("givenThrough").asText()).isEqualTo("CN_MFA");
        assertThat(given.json().path("givingState").asText()).isEqualTo("CN");
        assertThat(given.json().path("recordedBy").asText()).isEqualTo("cn-mps");
        Map<String, Object> atMost20Years = assurance("SENTENCE");
        atMost20Years.put("maxTermMonths", 240);
        assertThat(as("cn.officer")
                        .post(assurances, atMost20Years)
                        .json()
                        .path("decidingAuthority")
                        .asText())
                .isEqualTo("CN_SPC");

        assertThat(withToken("demo-mm-mpf").post(assurances, noDeath).status()).isEqualTo(404);
        assertThat(as("mm.officer").post(assurances, noDeath).status()).isEqualTo(404);
        assertThat(as("cn.supervisor").post(assurances, noDeath).status()).isEqualTo(403);
        JsonNode shown = as("mm.officer")
                .get("/api/v1/cases/" + caseId)
                .json()
                .path("assurances")
                .path("given");
        assertThat(shown.findValuesAsText("kind")).containsExactly("DEATH_PENALTY", "SENTENCE");
        assertThat(shown.findValuesAsText("decidingAuthority")).containsExactly("CN_SPC", "CN_SPC");

        String sentence = "/api/v1/extraditions/" + caseId + "/sentence";
        TestApi.Response death = withToken("demo-cn-mps").post(sentence, sentence("DEATH", null));
        assertThat(death.status()).as(death.body()).isEqualTo(422);
        assertThat(death.contentType()).startsWith("application/problem+json");
        assertThat(death.json().path("errors").findValuesAsText("rule"))
                .containsExactly("SentenceHonoursAssurance", "SentenceHonoursAssurance");
        assertThat(death.json().path("errors").findValuesAsText("field")).containsOnly("kind");
        TestApi.Response tooLong = withToken("demo-cn-mps").post(sentence, sentence("TERM", 241));
        assertThat(tooLong.json().path("errors").findValuesAsText("field")).containsExactly("months");
        assertThat(rows("extradition_sentence", caseId)).isZero();
        assertThat(as("mm.officer").post(sentence, sentence("TERM", 180)).status())
                .isEqualTo(404);

        TestApi.Response compliant = withToken("demo-cn-mps").post(sentence, sentence("TERM", 240));
        assertThat(compliant.status()).as(compliant.body()).isEqualTo(201);
        assertThat(as("auditor")
                        .get("/api/v1/cases/" + caseId)
                        .json()
                        .path("assurances")
                        .path("sentences")
                        .findValuesAsText("months"))
                .containsExactly("240");
        assertThat(audits(caseId))
                .containsExactly("extradition.assurance", "extradition.assurance", "extradition.sentence");

        String page = page("mm.officer", "/cases/" + caseId);
        assertThat(page)
                .contains("<h2 id=\"case-assurances\">Assurances</h2>")
                .contains("No death penalty")
                .contains("Supreme People&#39;s Court")
                .contains("(at most 240 months)")
                .contains("Kunming Intermediate People&#39;s Court");
        assertThat(page("mm.officer", "/cases/" + caseId + "?lang=zh"))
                .contains("不判处死刑")
                .contains("最高人民法院");
    }

    @Test
    void refusesAnAssuranceThatDoesNotFitItsKindAndStoresNothing() {
        String caseId = scenario.submit(
                        "demo-cn-mps", null, ExtraditionRequestBodies.aRequestFromChinaForAChineseNationalInMyanmar())
                .caseId();
        String assurances = "/api/v1/extraditions/" + caseId + "/assurances";
        Map<String, Object> noMaximum = assurance("SENTENCE");
        Map<String, Object> negative = assurance("SENTENCE");
        negative.put("maxTermMonths", -5);
        Map<String, Object> notOfTheRequest = assurance("PROSECUTION_LIMIT");
        notOfTheRequest.put("offenceIndexes", List.of(3));
        Map<String, Object> noKind = assurance("DEATH_PENALTY");
        noKind.remove("kind");
        Map<String, Object> tomorrow = assurance("DEATH_PENALTY");
        tomorrow.put("givenOn", TestClock.todayInChina().plusDays(1).toString());

        assertThat(errors(withToken("demo-cn-mps").post(assurances, noMaximum)))
                .containsExactly("maxTermMonths:NotNull");
        assertThat(errors(withToken("demo-cn-mps").post(assurances, negative)))
                .containsExactly("maxTermMonths:Positive");
        assertThat(errors(withToken("demo-cn-mps").post(assurances, notOfTheRequest)))
                .containsExactly("offenceIndexes[0]:OffenceOfTheRequest");
        assertThat(errors(withToken("demo-cn-mps").post(assurances, noKind))).containsExactly("kind:NotNull");
        assertThat(errors(withToken("demo-cn-mps").post(assurances, tomorrow)))
                .containsExactly("givenOn:PastOrPresent");
        TestApi.Response unknownKind = withToken("demo-cn-mps")
                .postRaw(assurances, "{\"kind\":\"AMNESTY\"}", org.springframework.http.MediaType.APPLICATION_JSON);
        assertThat(unknownKind.status())
                .as("unreadable JSON is 400, as everywhere in the API")
                .isEqualTo(400);
        assertThat(unknownKind.json().path("errors").findValuesAsText("field")).containsExactly("kind");
        assertThat(rows("extradition_assurance", caseId)).isZero();
        assertThat(audits(caseId)).isEmpty();
        assertThat(withToken("demo-cn-mps")
                        .post("/api/v1/extraditions/" + caseId + "/sentence", sentence("TERM", 12))
                        .status())
                .as("no sentence before the surrender")
                .isEqualTo(409);
        assertThat(withToken("demo-cn-mps")
                        .post("/api/v1/extraditions/" + UUID.randomUUID() + "/assurances", assurance("DEATH_PENALTY"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void routesMyanmarsAssuranceToItsGovernmentAndHonoursTheIdempotencyKey() {
        String caseId = scenario.submit(
                        "demo-mm-mpf", null, ExtraditionRequestBodies.aRequestFromMyanmarForAChineseNational())
                .caseId();
        String assurances = "/api/v1/extraditions/" + caseId + "/assurances";

        Map<String, Object> noDeath = ExtraditionRequestBodies.anAssurance("MM", "DEATH_PENALTY");
        var first = scenario.submit(assurances, "demo-mm-mpf", "assure-" + caseId, noDeath);
        var repeat = scenario.submit(assurances, "demo-mm-mpf", "assure-" + caseId, noDeath);

        assertThat(first.status()).as(first.json().toString()).isEqualTo(201);
        assertThat(first.json().path("givenThrough").asText()).isEqualTo("MM_MFA");
        assertThat(first.json().path("decidingAuthority").asText()).isEqualTo("MM_GOVERNMENT");
        assertThat(repeat.json().path("id").asText())
                .isEqualTo(first.json().path("id").asText());
        assertThat(rows("extradition_assurance", caseId)).isEqualTo(1);
        assertThat(withToken("demo-cn-mps")
                        .post(assurances, assurance("DEATH_PENALTY"))
                        .status())
                .isEqualTo(404);
    }

    /** §9 item 13: a prosecution limit decided by the SPP bars prosecuting any other offence. */
    @Test
    void refusesAProsecutionOutsideTheAssuredLimitButNotTheEnforcementOfASentence() {
        String caseId = scenario.grantedAndSurrendered();
        Map<String, Object> limit = assurance("PROSECUTION_LIMIT");
        limit.put("offenceIndexes", List.of(0));
        TestApi.Response given = withToken("demo-cn-mps").post("/api/v1/extraditions/" + caseId + "/assurances", limit);
        assertThat(given.json().path("decidingAuthority").asText())
                .as(given.body())
                .isEqualTo("CN_SPP");
        assertThat(given.json().path("offenceIndexes").get(0).asInt()).isZero();
        String proceedings = "/api/v1/extraditions/" + caseId + "/speciality/proceedings";

        TestApi.Response prosecution = withToken("demo-cn-mps").post(proceedings, laundering("PROSECUTION"));
        assertThat(prosecution.status()).as(prosecution.body()).isEqualTo(422);
        assertThat(errors(prosecution)).containsExactly("offence:ProsecutionWithinAssurance");
        assertThat(rows("speciality_proceeding", caseId)).isZero();

        TestApi.Response enforcement = withToken("demo-cn-mps").post(proceedings, laundering("ENFORCEMENT"));
        assertThat(enforcement.status()).as(enforcement.body()).isEqualTo(201);
        assertThat(enforcement.json().path("status").asText()).isEqualTo("CONSENT_REQUESTED");
    }

    private String page(String user, String path) {
        try {
            return mvc.perform(get(path).with(user(people.loadUserByUsername(user))))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String surrendered(Map<String, Object> body) {
        String caseId = scenario.grantedWithSurrenderAgreed(
                body, TestClock.todayInMyanmar().plusDays(3));
        scenario.completeOk(
                "mm.officer",
                caseId,
                "Task_ExecuteSurrender",
                Map.of(
                        "surrenderedAt",
                        TestClock.nowUtc().minusMinutes(5).toString(),
                        "deliveringOfficers",
                        "Aung Aung, Ko Ko",
                        "receivingOfficers",
                        "Li Ming, Wang Fang",
                        "propertyHandedOver",
                        "One mobile phone"));
        return caseId;
    }

    /**
     * China asks Myanmar for a call-centre manager who also held workers for ransom, punishable by
     * death under Criminal Law Art. 239; the request already promises the death penalty will not be
     * imposed, so Myanmar has no DP ground, and the assurance is then given formally.
     */
    private static Map<String, Object> aRequestFromChinaWithAnOffencePunishableByDeath() {
        Map<String, Object> body = ExtraditionRequestBodies.aRequestFromChinaForAChineseNationalInMyanmar();
        List<Object> offences = new ArrayList<>((List<?>) body.get("offences"));
        offences.add(Map.of(
                "description",
                "Holding call-centre workers for ransom",
                "provisionInRequestingLaw",
                "Criminal Law of the PRC Art. 239",
                "dateFrom",
                "2025-08-01",
                "dateTo",
                "2025-08-20",
                "place",
                "Myawaddy, Kayin State",
                "maximumPenalty",
                Map.of("kind", "DEATH")));
        body.put("offences", offences);
        body.put(
                "undertakings",
                Map.of(
                        "speciality",
                        true,
                        "noReExtradition",
                        true,
                        "retrialIfInAbsentia",
                        false,
                        "reciprocity",
                        false,
                        "deathPenaltyAssurance",
                        true));
        return body;
    }

    private static Map<String, Object> assurance(String kind) {
        return ExtraditionRequestBodies.anAssurance(kind);
    }

    private static Map<String, Object> sentence(String kind, Integer months) {
        return ExtraditionRequestBodies.aSentence(kind, months);
    }

    private static Map<String, Object> laundering(String proceeding) {
        return Map.of(
                "offence",
                Map.of(
                        "description",
                        "Laundering of the fraud's proceeds",
                        "provisionInRequestingLaw",
                        "Criminal Law of the PRC Art. 191",
                        "dateFrom",
                        "2025-07-01",
                        "dateTo",
                        "2025-09-30"),
                "proceeding",
                proceeding,
                "basis",
                "CONSENT");
    }

    private static List<String> errors(TestApi.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        List<String> errors = new ArrayList<>();
        response.json()
                .path("errors")
                .forEach(e -> errors.add(
                        e.path("field").asText() + ":" + e.path("rule").asText()));
        return errors;
    }

    private long rows(String table, String caseId) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE case_id = ?")
                .param(UUID.fromString(caseId))
                .query(Long.class)
                .single();
    }

    private List<String> audits(String caseId) {
        return jdbc.sql("SELECT action FROM audit_log WHERE case_id = ? AND action IN ('extradition.assurance', "
                        + "'extradition.sentence') ORDER BY seq")
                .param(UUID.fromString(caseId))
                .query(String.class)
                .list();
    }
}
