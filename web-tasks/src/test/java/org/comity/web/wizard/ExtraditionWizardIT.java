package org.comity.web.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.comity.core.extradition.intake.ExtraditionRecords;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.law.PenaltyKind;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The extradition request wizard through the tasklist, as an officer's browser drives it (form
 * posts with the CSRF token): each step refuses to advance while essentials are missing and names
 * the fields, keeps what was typed, goes back without validating, adds and removes rows, shows
 * everything with the warnings for review, and submits through the intake once. The drafts' own
 * life (owner only, resumed in a new session, discarded, erased after the retention period) is
 * {@code ExtraditionWizardDraftsIT}'s.
 */
class ExtraditionWizardIT extends WebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ExtraditionRecords records;

    ExtraditionWizardFixture fixture;

    /** Who drives the wizard through the helpers below. */
    private String officer = "cn.officer";

    @BeforeEach
    void setUp() {
        fixture = new ExtraditionWizardFixture(mvc, people, jdbc);
    }

    @Test
    void listsTheRequestTypesAnOfficerCanStartAndTellsSupervisorsWhoDraftsThem() throws Exception {
        mvc.perform(get("/requests/new").with(signedIn("cn.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/requests/new/extradition\"")))
                .andExpect(content().string(containsString("Extradition request")))
                .andExpect(content().string(containsString("href=\"/requests/new\">New request</a>")));
        mvc.perform(get("/requests/new").with(signedIn("cn.supervisor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Requests are drafted and submitted by legal officers")))
                .andExpect(content().string(not(containsString("href=\"/requests/new/extradition\""))));
        mvc.perform(get("/requests/new/extradition").with(signedIn("cn.supervisor")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/requests/new").with(signedIn("auditor"))).andExpect(status().isForbidden());
        mvc.perform(get("/requests/new/no-such-request").with(signedIn("cn.officer")))
                .andExpect(status().isNotFound());
    }

    @Test
    void eachStepRefusesToAdvanceWithMissingEssentialsNamesTheFieldsAndKeepsTheValues() throws Exception {
        MvcResult refused = mvc.perform(post("/requests/new/extradition")
                        .with(csrf())
                        .with(signedIn("cn.officer"))
                        .param("purpose", "PROSECUTION")
                        .param("action", "next"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"error-summary\"")))
                .andExpect(content().string(containsString("href=\"#requestedState\"")))
                .andExpect(content().string(containsString("id=\"requestedState-error\"")))
                .andExpect(content().string(containsString("id=\"legalBasisId-error\"")))
                .andExpect(content().string(containsString("id=\"urgency-error\"")))
                .andExpect(content().string(containsString("href=\"#urgency-0\"")))
                .andExpect(content().string(not(containsString("id=\"purpose-error\""))))
                .andExpect(content().string(matchesRegex("(?s).*value=\"PROSECUTION\"[^>]*checked=\"checked\".*")))
                .andReturn();
        String draft = draftId(refused.getResponse().getContentAsString());

        next(draft, "route", WizardSteps.route()).andExpect(redirectedUrl(draftUrl(draft, "person")));

        Map<String, String> person = Map.of("person.nameInOriginalScript", "张伟", "person.nameInLatinScript", "张 Wei");
        step(draft, "person", person, "next")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"person-nameInLatinScript-error\"")))
                .andExpect(content().string(containsString("must be written in Latin letters")))
                .andExpect(content().string(containsString("id=\"person-sex-error\"")))
                .andExpect(content().string(containsString("id=\"person-dateOfBirth-error\"")))
                .andExpect(content().string(containsString("id=\"person-nationalities-0-error\"")))
                .andExpect(content().string(containsString("Nationality 1: must be given")))
                .andExpect(content().string(containsString("value=\"张伟\"")))
                .andExpect(content().string(containsString("value=\"张 Wei\"")));
        next(draft, "person", WizardSteps.person()).andExpect(redirectedUrl(draftUrl(draft, "offences")));

        step(
                        draft,
                        "offences",
                        Map.of("offences[0].dateFrom", "2025-12-31", "offences[0].dateTo", "2025-06-01"),
                        "next")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"offences-0-description-error\"")))
                .andExpect(content().string(containsString("id=\"offences-0-maximumPenalty-kind-error\"")))
                .andExpect(content().string(containsString("id=\"factsSummary-error\"")))
                .andExpect(content()
                        .string(containsString(
                                "Offence 1 · Last day of the conduct: the offence cannot end before it began")));
        next(draft, "offences", WizardSteps.offences()).andExpect(redirectedUrl(draftUrl(draft, "warrant-judgment")));

        step(draft, "warrant-judgment", Map.of("warrant.date", "2026-02-10"), "next")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"warrant-issuingAuthority-error\"")))
                .andExpect(content().string(containsString("id=\"warrant-reference-error\"")))
                .andExpect(content().string(not(containsString("judgment.court"))));
        next(draft, "warrant-judgment", WizardSteps.warrant())
                .andExpect(redirectedUrl(draftUrl(draft, "undertakings")));
        next(draft, "undertakings", WizardSteps.undertakings()).andExpect(redirectedUrl(draftUrl(draft, "review")));
    }

    @Test
    void backNeverValidatesAndTheValuesAreThereOnReturn() throws Exception {
        String draft = start();
        step(
                        draft,
                        "person",
                        Map.of("person.nameInLatinScript", "Zhang Wei", "person.dateOfBirth", "1990-05-17"),
                        "back")
                .andExpect(redirectedUrl(draftUrl(draft, "route")));
        mvc.perform(get(draftUrl(draft, "person")).with(signedIn("cn.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Zhang Wei\"")))
                .andExpect(content().string(containsString("value=\"1990-05-17\"")))
                .andExpect(content().string(not(containsString("id=\"error-summary\""))));
    }

    @Test
    void aStepAfterAnIncompleteOneSendsTheOfficerBackToItWithItsErrors() throws Exception {
        String draft = start();
        step(draft, "person", Map.of("person.nameInLatinScript", "Zhang Wei"), "save");
        mvc.perform(get(draftUrl(draft, "warrant-judgment")).with(signedIn("cn.officer")))
                .andExpect(redirectedUrl(draftUrl(draft, "person")))
                .andExpect(flash().attribute("check", true));
        mvc.perform(get(draftUrl(draft, "review")).with(signedIn("cn.officer")))
                .andExpect(redirectedUrl(draftUrl(draft, "person")));
        mvc.perform(get(draftUrl(draft, "person"))
                        .with(signedIn("cn.officer"))
                        .flashAttr("check", true)
                        .flashAttr("incomplete", true))
                .andExpect(content().string(containsString("This step is not complete yet")))
                .andExpect(content().string(containsString("id=\"person-sex-error\"")))
                .andExpect(content().string(containsString("value=\"Zhang Wei\"")));
    }

    @Test
    void addsAndRemovesRowsWithPlainFormSubmits() throws Exception {
        String draft = throughTo("offences");
        Map<String, String> first = new LinkedHashMap<>(WizardSteps.offences());
        step(draft, "offences", first, "add:offences")
                .andExpect(redirectedUrl(draftUrl(draft, "offences") + "#offences-1-row"));
        mvc.perform(get(draftUrl(draft, "offences")).with(signedIn("cn.officer")))
                .andExpect(content().string(containsString("<legend>Offence 2</legend>")))
                .andExpect(content().string(containsString("value=\"remove:offences:1\"")))
                .andExpect(content().string(containsString("name=\"offences[1].description\"")));

        Map<String, String> two = new LinkedHashMap<>(first);
        two.put("offences[1].description", "Money laundering of the proceeds");
        two.put("offences[1].place", "Kunming");
        step(draft, "offences", two, "remove:offences:0")
                .andExpect(redirectedUrl(draftUrl(draft, "offences") + "#offences"));
        mvc.perform(get(draftUrl(draft, "offences")).with(signedIn("cn.officer")))
                .andExpect(content().string(containsString("Money laundering of the proceeds")))
                .andExpect(content().string(not(containsString("Telecom fraud through a call centre"))))
                .andExpect(content().string(not(containsString("<legend>Offence 2</legend>"))))
                .andExpect(content().string(not(containsString("value=\"remove:offences:0\""))));

        step(draft, "offences", Map.of(), "remove:offences:0")
                .andExpect(redirectedUrl(draftUrl(draft, "offences") + "#offences"));
        mvc.perform(get(draftUrl(draft, "offences")).with(signedIn("cn.officer")))
                .andExpect(content().string(containsString("<legend>Offence 1</legend>")));

        step(draft, "person", Map.of(), "add:person.identityDocuments");
        mvc.perform(get(draftUrl(draft, "person")).with(signedIn("cn.officer")))
                .andExpect(content().string(containsString("name=\"person.identityDocuments[0].number\"")))
                .andExpect(content().string(containsString("Remove identity document 1")));
    }

    @Test
    void reviewShowsEverythingWithEditLinksAndTheWarnings() throws Exception {
        String draft = throughTo("undertakings");
        next(draft, "undertakings", Map.of("undertakings.speciality", "true"))
                .andExpect(redirectedUrl(draftUrl(draft, "review")));
        mvc.perform(get(draftUrl(draft, "review")).with(signedIn("cn.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("张伟")))
                .andExpect(content().string(containsString("Zhang Wei")))
                .andExpect(content().string(containsString("Telecom fraud through a call centre")))
                .andExpect(content().string(containsString("KM-2026-0042")))
                .andExpect(content().string(containsString("People&#39;s Republic of China – CN")))
                .andExpect(content().string(containsString("Republic of the Union of Myanmar – MM")))
                .andExpect(content().string(containsString("Example CN–MM extradition treaty")))
                .andExpect(content().string(containsString("Points to check (1)")))
                .andExpect(content().string(containsString("should undertake not to re-extradite")))
                .andExpect(content()
                        .string(containsString("href=\"/requests/drafts/" + draft
                                + "/undertakings?from=review#undertakings-noReExtradition\"")))
                .andExpect(
                        content().string(containsString("href=\"/requests/drafts/" + draft + "/person?from=review\"")));

        step(
                        draft,
                        "person",
                        Map.of(
                                "person.nameInLatinScript",
                                "Zhang Wei",
                                "person.nameInOriginalScript",
                                "张伟",
                                "person.sex",
                                "MALE",
                                "person.dateOfBirth",
                                "1990-05-17",
                                "person.nationalities[0]",
                                "CN",
                                "from",
                                "review"),
                        "next")
                .andExpect(redirectedUrl(draftUrl(draft, "review")));
    }

    @Test
    void submitsThroughTheIntakeOpensTheCaseAndDeletesTheDraft() throws Exception {
        String draft = throughTo("review");
        MvcResult submitted = mvc.perform(post("/requests/drafts/" + draft + "/submit")
                        .with(csrf())
                        .with(signedIn("cn.officer")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/cases/*"))
                .andExpect(flash().attribute("requestSubmitted", org.hamcrest.Matchers.startsWith("EXT-CN-")))
                .andReturn();
        String caseId = submitted.getResponse().getRedirectedUrl().substring("/cases/".length());

        JsonNode view = as("cn.officer").get("/api/v1/cases/" + caseId).json();
        assertThat(view.path("type").asText()).isEqualTo("EXTRADITION");
        assertThat(view.path("parties").path("requestingState").asText()).isEqualTo("CN");
        assertThat(view.path("parties").path("requestedState").asText()).isEqualTo("MM");
        assertThat(view.path("createdBy").asText()).isEqualTo("cn.officer");
        assertThat(view.path("reference").asText())
                .isEqualTo(submitted.getFlashMap().get("requestSubmitted"));
        ExtraditionRequest request =
                records.requestOfCase(UUID.fromString(caseId)).orElseThrow();
        assertThat(request.person().nameInOriginalScript()).isEqualTo("张伟");
        assertThat(request.person().nameInLatinScript()).isEqualTo("Zhang Wei");
        assertThat(request.person().nationalities()).containsExactly("CN");
        assertThat(request.offences()).singleElement().satisfies(offence -> {
            assertThat(offence.description()).isEqualTo("Telecom fraud through a call centre");
            assertThat(offence.maximumPenalty().kind()).isEqualTo(PenaltyKind.TERM);
            assertThat(offence.maximumPenalty().months()).isEqualTo(120);
        });
        assertThat(request.warrant().reference()).isEqualTo("KM-2026-0042");
        assertThat(request.undertakings().speciality()).isTrue();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM request_draft WHERE id = ?")
                        .param(UUID.fromString(draft))
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(get(draftUrl(draft, "review")).with(signedIn("cn.officer"))).andExpect(status().isNotFound());
        mvc.perform(post("/requests/drafts/" + draft + "/submit").with(csrf()).with(signedIn("cn.officer")))
                .andExpect(status().isNotFound());
        assertThat(fixture.auditOf(draft))
                .containsExactly(
                        "COLLECTION draft.create",
                        "ALTERATION draft.save",
                        "ALTERATION draft.save",
                        "ALTERATION draft.save",
                        "ALTERATION draft.save",
                        "ERASURE draft.submit");
        assertThat(jdbc.sql("SELECT case_id FROM audit_log WHERE object_id = ? AND action = 'draft.submit'")
                        .param(draft)
                        .query(UUID.class)
                        .single())
                .isEqualTo(UUID.fromString(caseId));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'extradition.submit' AND case_id = ? "
                                + "AND actor_id = 'cn.officer'")
                        .param(UUID.fromString(caseId))
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void aDoubleClickOnSubmitOpensOneCase() throws Exception {
        String draft = throughTo("review");
        long casesBefore = jdbc.sql("SELECT COUNT(*) FROM comity_case WHERE created_by = 'cn.officer'")
                .query(Long.class)
                .single();
        assertThat(wizard().submitTwiceAtOnce(draft)).containsExactlyInAnyOrder(302, 404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM comity_case WHERE created_by = 'cn.officer'")
                        .query(Long.class)
                        .single())
                .isEqualTo(casesBefore + 1);
    }

    @Test
    void neverAnswersBadInputWithAServerError() throws Exception {
        String draft = start();
        step(
                        draft,
                        "person",
                        Map.of(
                                "person.dateOfBirth",
                                "1990-13-45",
                                "person.sex",
                                "ROBOT",
                                "person.nationalities[0]",
                                "XX",
                                "person.nameInOriginalScript",
                                "x".repeat(5000)),
                        "next")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("must be a date (YYYY-MM-DD)")))
                .andExpect(content().string(containsString("choose one of the options offered")))
                .andExpect(content().string(containsString("was longer than 200 characters and has been cut")));
        step(draft, "offences", Map.of("offences[0].maximumPenalty.months", "99999999999999"), "next")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("must be a whole number from 1 to 1200")));
        step(draft, "person", Map.of(), "remove:offences:0").andExpect(redirectedUrl(draftUrl(draft, "person")));
        step(draft, "person", Map.of(), "remove:person.nationalities:0")
                .andExpect(redirectedUrl(draftUrl(draft, "person") + "#person-nationalities"));
        step(draft, "person", Map.of(), "<script>").andExpect(redirectedUrl(draftUrl(draft, "person")));
        step(draft, "person", Map.of("person.identityDocuments[99].number", "X"), "next")
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(get(draftUrl(draft, "offences")).with(signedIn("cn.officer")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(draftUrl(draft, "person")));
    }

    @Test
    void showsTheJudgmentAndTheUndertakingsThatApplyToAnEnforcementRequest() throws Exception {
        Map<String, String> route = new LinkedHashMap<>(WizardSteps.route());
        route.put("purpose", "ENFORCEMENT");
        route.put("legalBasisId", "CN-EXTRADITION-LAW-2000");
        route.put("requestedState", "CN");
        route.put("requestDate", TestClock.todayInMyanmar().toString());
        officer = "mm.officer";
        String draft = start(route);
        Map<String, String> person = new LinkedHashMap<>(WizardSteps.person());
        person.put("person.nationalities[0]", "MM");
        next(draft, "person", person).andExpect(status().is3xxRedirection());
        Map<String, String> offences = new LinkedHashMap<>(WizardSteps.offences());
        offences.put("offences[0].maximumPenalty.kind", "DEATH");
        offences.remove("offences[0].maximumPenalty.months");
        next(draft, "offences", offences).andExpect(status().is3xxRedirection());
        mvc.perform(get(draftUrl(draft, "warrant-judgment")).with(signedIn(officer)))
                .andExpect(content().string(containsString("name=\"judgment.court\"")))
                .andExpect(content().string(containsString("name=\"judgment.inAbsentia\"")))
                .andExpect(content().string(not(containsString("name=\"warrant.reference\""))));
        step(
                        draft,
                        "warrant-judgment",
                        Map.of(
                                "judgment.court",
                                "Kunming Intermediate People's Court",
                                "judgment.date",
                                "2025-01-10",
                                "judgment.sentenceImposed.kind",
                                "TERM",
                                "judgment.sentenceImposed.months",
                                "60",
                                "judgment.remainingSentence",
                                "40"),
                        "next")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Is the judgment final and enforceable?: answer yes or no")))
                .andExpect(content().string(containsString("id=\"judgment-inAbsentia-error\"")));
        next(
                        draft,
                        "warrant-judgment",
                        Map.of(
                                "judgment.court",
                                "Kunming Intermediate People's Court",
                                "judgment.date",
                                "2025-01-10",
                                "judgment.finalJudgment",
                                "true",
                                "judgment.inAbsentia",
                                "true",
                                "judgment.sentenceImposed.kind",
                                "TERM",
                                "judgment.sentenceImposed.months",
                                "60",
                                "judgment.remainingSentence",
                                "40"))
                .andExpect(redirectedUrl(draftUrl(draft, "undertakings")));
        mvc.perform(get(draftUrl(draft, "undertakings")).with(signedIn(officer)))
                .andExpect(content().string(containsString("name=\"undertakings.retrialIfInAbsentia\"")))
                .andExpect(content().string(containsString("name=\"undertakings.reciprocity\"")))
                .andExpect(content().string(containsString("name=\"undertakings.deathPenaltyAssurance\"")));
        step(draft, "undertakings", WizardSteps.undertakings(), "next")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"undertakings-retrialIfInAbsentia-error\"")))
                .andExpect(content().string(containsString("id=\"undertakings-reciprocity-error\"")));
    }

    @Test
    void speaksChinese() throws Exception {
        String draft = start();
        mvc.perform(get(draftUrl(draft, "person")).param("lang", "zh").with(signedIn("cn.officer")))
                .andExpect(content().string(containsString("被请求引渡人")))
                .andExpect(content().string(containsString("拉丁字母全名")))
                .andExpect(content().string(containsString("中国 – CN")))
                .andExpect(content().string(containsString("下一步")));
        step(draft, "person", Map.of("lang", "zh"), "next").andExpect(content().string(containsString("拉丁字母全名：必须填写")));
    }

    // --- helpers ---

    private WizardDriver wizard() {
        return fixture.as(officer);
    }

    private RequestPostProcessor signedIn(String user) {
        return wizard().signedIn(user);
    }

    private String start() throws Exception {
        return wizard().start();
    }

    private String start(Map<String, String> route) throws Exception {
        return wizard().start(route);
    }

    private String throughTo(String step) throws Exception {
        return wizard().throughTo(step);
    }

    private ResultActions next(String draft, String step, Map<String, String> values) throws Exception {
        return wizard().next(draft, step, values);
    }

    private ResultActions step(String draft, String step, Map<String, String> values, String action) throws Exception {
        return wizard().step(draft, step, values, action);
    }

    private static String draftUrl(String draft, String step) {
        return WizardDriver.url(draft, step);
    }

    private static String draftId(String text) {
        return WizardDriver.draftId(text);
    }
}
