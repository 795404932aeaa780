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
import java.util.List;
import java.util.UUID;
import org.comity.core.mla.MlaRecords;
import org.comity.core.mla.request.AssistanceType;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.mla.request.PersonConcerned;
import org.comity.core.mla.request.PersonRole;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The mutual legal assistance request wizard through the tasklist, as an officer's browser drives
 * it: each step refuses to advance while the essentials of MlaIntake are missing and names the
 * fields — a summary of facts is needed unless only documents are to be served (legal-domain.md
 * §10 item 17) — keeps what was typed, takes persons as rows, shows everything with the warnings
 * for review, and submits through the same intake as {@code POST /api/v1/mla-requests}.
 */
class MlaWizardIT extends WebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MlaRecords records;

    private WizardDriver driver(String officer) {
        return new WizardDriver(mvc, people, officer, MlaWizard.TYPE);
    }

    static MultiValueMap<String, String> route() {
        return values(
                "requestedState",
                "MM",
                "legalBasisId",
                "UNTOC-2000",
                "proceedingType",
                "INVESTIGATION",
                "caseReference",
                "KM-2026-0042",
                "requestingAuthority.name",
                "Kunming Public Security Bureau",
                "requestingAuthority.contactName",
                "Li Ming",
                "requestingAuthority.contactEmail",
                "li.ming@example.cn",
                "requestingAuthority.contactPhone",
                "+86 871 1234 5678");
    }

    static MultiValueMap<String, String> assistance() {
        MultiValueMap<String, String> values = values(
                "assistanceSought",
                "Statements of account 0012-3344-55 at KBZ Bank, Myawaddy branch, for 2025",
                "purpose",
                "To trace the proceeds",
                "deadline",
                TestClock.todayInChina().plusDays(60).toString(),
                "language",
                "zh",
                "translations",
                "en");
        values.add("assistanceTypes", "BANK_RECORDS");
        values.add("assistanceTypes", "TELECOM_RECORDS");
        return values;
    }

    static MultiValueMap<String, String> facts() {
        return values(
                "factsSummary",
                "A call centre in Myawaddy defrauded 214 victims in China by telephone.",
                "offences[0].description",
                "Defrauding victims in China by telephone",
                "offences[0].legalProvision",
                "Criminal Law of the PRC, Art. 266",
                "offences[0].maximumPenalty.kind",
                "TERM",
                "offences[0].maximumPenalty.months",
                "120");
    }

    static MultiValueMap<String, String> person() {
        return values(
                "personsConcerned[0].nameInOriginalScript",
                "张伟",
                "personsConcerned[0].nameInLatinScript",
                "Zhang Wei",
                "personsConcerned[0].role",
                "SUSPECT",
                "personsConcerned[0].sex",
                "MALE",
                "personsConcerned[0].dateOfBirth",
                "1990-05-17",
                "personsConcerned[0].nationalities[0]",
                "CN",
                "personsConcerned[0].identityDocuments[0].type",
                "PASSPORT",
                "personsConcerned[0].identityDocuments[0].number",
                "E12345678",
                "personsConcerned[0].identityDocuments[0].issuingState",
                "CN");
    }

    static MultiValueMap<String, String> values(String... pairs) {
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.add(pairs[i], pairs[i + 1]);
        }
        return values;
    }

    private ResultActions step(
            String officer, String draft, String step, MultiValueMap<String, String> values, String action)
            throws Exception {
        return mvc.perform(post(WizardDriver.url(draft, step))
                .with(csrf())
                .with(driver(officer).signedIn())
                .params(values)
                .param("action", action));
    }

    private String start() throws Exception {
        MvcResult result = mvc.perform(post("/requests/new/mla")
                        .with(csrf())
                        .with(driver("cn.officer").signedIn())
                        .params(route())
                        .param("action", "next"))
                .andExpect(redirectedUrlPattern("/requests/drafts/*/assistance"))
                .andReturn();
        return WizardDriver.draftId(result.getResponse().getRedirectedUrl());
    }

    /** A draft complete up to the review, with one person. */
    /** A draft on the persons step with one empty person. */
    private String toPersons() throws Exception {
        String draft = start();
        step("cn.officer", draft, "assistance", assistance(), "next").andExpect(status().is3xxRedirection());
        step("cn.officer", draft, "facts", facts(), "next").andExpect(status().is3xxRedirection());
        step("cn.officer", draft, "persons", values(), "add:personsConcerned").andExpect(status().is3xxRedirection());
        return draft;
    }

    private String toReview() throws Exception {
        String draft = toPersons();
        step("cn.officer", draft, "persons", person(), "next")
                .andExpect(redirectedUrl(WizardDriver.url(draft, "review")));
        return draft;
    }

    @Test
    void theNewRequestPageListsMutualLegalAssistanceNextToExtradition() throws Exception {
        mvc.perform(get("/requests/new").with(driver("mm.officer").signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/requests/new/extradition\"")))
                .andExpect(content().string(containsString("href=\"/requests/new/mla\"")))
                .andExpect(content().string(containsString("Mutual legal assistance request")));
        mvc.perform(get("/requests/new/mla").with(driver("cn.supervisor").signedIn()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/requests/new/mla")
                        .with(driver("cn.officer").signedIn())
                        .param("lang", "zh"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请求路径与法律依据")))
                .andExpect(content().string(containsString("缅甸")))
                .andExpect(content().string(containsString("侦查")));
    }

    @Test
    void eachStepRefusesToAdvanceWithMissingEssentialsNamesTheFieldsAndKeepsTheValues() throws Exception {
        MvcResult refused = mvc.perform(post("/requests/new/mla")
                        .with(csrf())
                        .with(driver("cn.officer").signedIn())
                        .param("caseReference", "KM-2026-0042")
                        .param("legalBasisId", "RECIPROCITY")
                        .param("action", "next"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("href=\"#requestedState\"")))
                .andExpect(content().string(containsString("id=\"requestedState-error\"")))
                .andExpect(content().string(containsString("id=\"proceedingType-error\"")))
                .andExpect(content().string(containsString("id=\"requestingAuthority-name-error\"")))
                .andExpect(content().string(containsString("id=\"requestingAuthority-contactEmail-error\"")))
                .andExpect(content().string(containsString("id=\"reciprocityUndertaking-error\"")))
                .andExpect(content().string(containsString("must undertake reciprocity")))
                .andExpect(content().string(not(containsString("id=\"caseReference-error\""))))
                .andExpect(content().string(containsString("value=\"KM-2026-0042\"")))
                .andReturn();
        String draft = WizardDriver.draftId(refused.getResponse().getContentAsString());
        step("cn.officer", draft, "route", route(), "next")
                .andExpect(redirectedUrl(WizardDriver.url(draft, "assistance")));

        step(
                        "cn.officer",
                        draft,
                        "assistance",
                        values("purpose", "To trace the proceeds", "confidential", "true"),
                        "next")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"assistanceTypes-error\"")))
                .andExpect(content().string(containsString("href=\"#assistanceTypes-0\"")))
                .andExpect(content().string(containsString("choose at least one kind of assistance")))
                .andExpect(content().string(containsString("id=\"assistanceSought-error\"")))
                .andExpect(content().string(containsString("id=\"confidentialityReasons-error\"")))
                .andExpect(content().string(containsString("To trace the proceeds")));

        // A summons: its court, date and capacity are essentials of this step once the officer says there is one.
        MultiValueMap<String, String> serviceOnly = values(
                "assistanceTypes",
                "SERVICE_OF_DOCUMENTS",
                "assistanceSought",
                "Serve the summons on the witness",
                "purpose",
                "To hear the witness at trial",
                "language",
                "zh",
                "translations",
                "en",
                "summonsIncluded",
                "true");
        step("cn.officer", draft, "assistance", serviceOnly, "next")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"summons-court-error\"")))
                .andExpect(content().string(containsString("id=\"summons-hearingDate-error\"")))
                .andExpect(matchesChecked("SERVICE_OF_DOCUMENTS"));
        serviceOnly.add("summons.capacity", "WITNESS");
        serviceOnly.add("summons.court", "Kunming Intermediate People's Court");
        serviceOnly.add(
                "summons.hearingDate", TestClock.todayInChina().plusMonths(4).toString());
        step("cn.officer", draft, "assistance", serviceOnly, "next")
                .andExpect(redirectedUrl(WizardDriver.url(draft, "facts")));

        // Service of documents only: no summary of facts needed (legal-domain.md §10 item 17).
        MultiValueMap<String, String> noFacts = facts();
        noFacts.remove("factsSummary");
        step("cn.officer", draft, "facts", noFacts, "next")
                .andExpect(redirectedUrl(WizardDriver.url(draft, "persons")));

        // Search and seizure without facts: refused at the facts step.
        MultiValueMap<String, String> search = assistance();
        search.set("assistanceTypes", "SEARCH_AND_SEIZURE");
        step("cn.officer", draft, "assistance", search, "next")
                .andExpect(redirectedUrl(WizardDriver.url(draft, "facts")));
        step("cn.officer", draft, "facts", noFacts, "next")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"factsSummary-error\"")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "a summary of the facts is required unless the request is only for service of documents")))
                .andExpect(content().string(containsString("Criminal Law of the PRC, Art. 266")));
        step(
                        "cn.officer",
                        draft,
                        "facts",
                        values("factsSummary", "Searches", "offences[0].description", "Fraud"),
                        "next")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"offences-0-legalProvision-error\"")))
                .andExpect(content().string(containsString("Offence 1 · Legal provision: must be given")));
    }

    @Test
    void personsAreRowsWithANameInEachScriptAndTheSummonsNamesOneOfThem() throws Exception {
        String draft = start();
        MultiValueMap<String, String> withSummons = assistance();
        withSummons.set("assistanceTypes", "SERVICE_OF_DOCUMENTS");
        withSummons.add("summonsIncluded", "true");
        withSummons.add("summons.capacity", "WITNESS");
        withSummons.add("summons.court", "Kunming Intermediate People's Court");
        withSummons.add(
                "summons.hearingDate", TestClock.todayInChina().plusMonths(4).toString());
        step("cn.officer", draft, "assistance", withSummons, "next").andExpect(status().is3xxRedirection());
        step("cn.officer", draft, "facts", facts(), "next").andExpect(status().is3xxRedirection());

        step("cn.officer", draft, "persons", values("summons.addressee", "2"), "next")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"summons-addressee-error\"")));
        step("cn.officer", draft, "persons", values(), "add:personsConcerned")
                .andExpect(redirectedUrl(WizardDriver.url(draft, "persons") + "#personsConcerned-0-row"));
        step("cn.officer", draft, "persons", values(), "add:personsConcerned")
                .andExpect(redirectedUrl(WizardDriver.url(draft, "persons") + "#personsConcerned-1-row"));
        MultiValueMap<String, String> two = person();
        two.add("personsConcerned[1].nameInOriginalScript", "李娜");
        two.add("personsConcerned[1].nameInLatinScript", "李 Na");
        two.add("summons.addressee", "2");
        step("cn.officer", draft, "persons", two, "next")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"personsConcerned-1-nameInLatinScript-error\"")))
                .andExpect(content().string(containsString("id=\"personsConcerned-1-role-error\"")))
                .andExpect(content().string(containsString("Person 2 · Role in the case: must be given")))
                .andExpect(content().string(not(containsString("id=\"personsConcerned-0-nameInLatinScript-error\""))))
                .andExpect(content().string(not(containsString("summons-addressee-error"))))
                .andExpect(content().string(containsString("value=\"李娜\"")))
                .andExpect(content().string(containsString("value=\"李 Na\"")));
        two.set("personsConcerned[1].nameInLatinScript", "Li Na");
        two.add("personsConcerned[1].role", "WITNESS");
        two.add("personsConcerned[1].nationalities[0]", "CN");
        two.add("personsConcerned[1].nationalities[1]", "MM");
        step("cn.officer", draft, "persons", two, "next").andExpect(redirectedUrl(WizardDriver.url(draft, "review")));

        // The form sends every field with the button; after removing the first person, Li Na is number 1.
        two.set("summons.addressee", "1");
        step("cn.officer", draft, "persons", two, "remove:personsConcerned:0").andExpect(status().is3xxRedirection());
        mvc.perform(get(WizardDriver.url(draft, "persons"))
                        .with(driver("cn.officer").signedIn()))
                .andExpect(content().string(containsString("value=\"李娜\"")))
                .andExpect(content().string(not(containsString("value=\"张伟\""))));
        MvcResult submitted = driver("cn.officer")
                .submit(draft)
                .andExpect(status().is3xxRedirection())
                .andReturn();
        MlaRequest request = records.requestOfCase(UUID.fromString(
                        submitted.getResponse().getRedirectedUrl().substring("/cases/".length())))
                .orElseThrow();
        assertThat(request.personsConcerned()).singleElement().satisfies(person -> {
            assertThat(person.nameInOriginalScript()).isEqualTo("李娜");
            assertThat(person.nationalities()).containsExactly("CN", "MM");
            assertThat(person.identityDocuments()).isEmpty();
        });
        assertThat(request.summons().addressee()).isEqualTo(1);
        assertThat(request.onlyServiceOfDocuments()).isTrue();
    }

    @Test
    void theReviewListsTheDataAndTheWarnings() throws Exception {
        String draft = start();
        MultiValueMap<String, String> assistance = assistance();
        assistance.remove("deadline");
        assistance.add("deadline", TestClock.todayInChina().plusDays(30).toString());
        step("cn.officer", draft, "assistance", assistance, "next").andExpect(status().is3xxRedirection());
        MultiValueMap<String, String> facts = facts();
        facts.set("offences[0].maximumPenalty.months", "6");
        step("cn.officer", draft, "facts", facts, "next").andExpect(status().is3xxRedirection());
        step("cn.officer", draft, "persons", values(), "next")
                .andExpect(redirectedUrl(WizardDriver.url(draft, "review")));
        mvc.perform(get(WizardDriver.url(draft, "review"))
                        .with(driver("cn.officer").signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("KM-2026-0042")))
                .andExpect(content().string(containsString("Bank records, Telecom records and call origins")))
                .andExpect(content().string(containsString("Kunming Public Security Bureau")))
                .andExpect(content().string(containsString("Criminal Law of the PRC, Art. 266")))
                .andExpect(content().string(containsString("Investigation")))
                .andExpect(content()
                        .string(containsString("Myanmar assists for offences punishable by at least one year")))
                .andExpect(content().string(containsString("give the reason for the deadline")))
                .andExpect(content()
                        .string(containsString(
                                "href=\"/requests/drafts/" + draft + "/assistance?from=review#urgencyReason\"")));
    }

    @Test
    void submitsAnMlaCaseThroughTheIntakeAndDeletesTheDraft() throws Exception {
        String draft = toReview();
        MvcResult submitted = driver("cn.officer")
                .submit(draft)
                .andExpect(redirectedUrlPattern("/cases/*"))
                .andExpect(flash().attributeExists(WizardController.SUBMITTED))
                .andReturn();
        String caseId = submitted.getResponse().getRedirectedUrl().substring("/cases/".length());
        JsonNode view = as("cn.officer").get("/api/v1/cases/" + caseId).json();
        assertThat(view.path("type").asText()).isEqualTo("MLA");
        assertThat(view.path("parties").path("requestingState").asText()).isEqualTo("CN");
        assertThat(view.path("parties").path("requestedState").asText()).isEqualTo("MM");
        assertThat(view.path("reference").asText())
                .isEqualTo(submitted.getFlashMap().get(WizardController.SUBMITTED));

        MlaRequest request = records.requestOfCase(UUID.fromString(caseId)).orElseThrow();
        assertThat(request.requestingState()).isEqualTo("CN");
        assertThat(request.assistanceTypes())
                .containsExactly(AssistanceType.BANK_RECORDS, AssistanceType.TELECOM_RECORDS);
        assertThat(request.translations()).containsExactly("en");
        assertThat(request.summons()).isNull();
        assertThat(request.personsConcerned()).singleElement().satisfies(person -> {
            assertThat(person.nameInOriginalScript()).isEqualTo("张伟");
            assertThat(person.role()).isEqualTo(PersonRole.SUSPECT);
            assertThat(person.identityDocuments())
                    .singleElement()
                    .satisfies(document -> assertThat(document.number()).isEqualTo("E12345678"));
        });

        assertThat(jdbc.sql("SELECT COUNT(*) FROM request_draft WHERE id = ?")
                        .param(UUID.fromString(draft))
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(get(WizardDriver.url(draft, "review"))
                        .with(driver("cn.officer").signedIn()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'mla.submit' AND case_id = ? "
                                + "AND actor_id = 'cn.officer'")
                        .param(UUID.fromString(caseId))
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void someoneElsesDraftIsNotFound() throws Exception {
        String draft = start();
        for (String other : List.of("mm.officer", "cn.supervisor")) {
            mvc.perform(get(WizardDriver.url(draft, "assistance"))
                            .with(driver(other).signedIn()))
                    .andExpect(status().isNotFound());
            step(other, draft, "assistance", assistance(), "next").andExpect(status().isNotFound());
            driver(other).submit(draft).andExpect(status().isNotFound());
        }
        mvc.perform(get(WizardDriver.url(draft, "assistance"))
                        .with(driver("cn.officer").signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Statements of account"))));
    }

    /**
     * A person's nationalities and identity documents grow row by row with "add another" buttons —
     * plain submits, no script — up to the bound the API enforces, and every row reaches the case.
     */
    @Test
    void addsNationalitiesAndIdentityDocumentsRowByRowUpToTheApisBound() throws Exception {
        String draft = toPersons();
        MultiValueMap<String, String> person = person();
        person.add("personsConcerned[0].nationalities[1]", "MM");
        step("cn.officer", draft, "persons", person, "add:personsConcerned[0].nationalities")
                .andExpect(
                        redirectedUrl(WizardDriver.url(draft, "persons") + "#personsConcerned-0-nationalities-2-row"));
        mvc.perform(get(WizardDriver.url(draft, "persons"))
                        .with(driver("cn.officer").signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"personsConcerned[0].nationalities[2]\"")))
                .andExpect(content().string(containsString("value=\"add:personsConcerned[0].identityDocuments\"")))
                .andExpect(content().string(containsString("Add another identity document")))
                .andExpect(content().string(containsString("value=\"remove:personsConcerned[0].nationalities:2\"")))
                .andExpect(content().string(not(matchesRegex("(?s).*<script(?![^>]*\\ssrc=)[^>]*>.*"))));
        person.add("personsConcerned[0].nationalities[2]", "TH");
        step("cn.officer", draft, "persons", person, "add:personsConcerned[0].identityDocuments")
                .andExpect(redirectedUrl(
                        WizardDriver.url(draft, "persons") + "#personsConcerned-0-identityDocuments-1-row"));
        person.add("personsConcerned[0].identityDocuments[1].type", "NATIONAL_IDENTITY_CARD");
        person.add("personsConcerned[0].identityDocuments[1].number", "530102199005170012");
        person.add("personsConcerned[0].identityDocuments[1].issuingState", "CN");
        step("cn.officer", draft, "persons", person, "next")
                .andExpect(redirectedUrl(WizardDriver.url(draft, "review")));
        mvc.perform(get(WizardDriver.url(draft, "review"))
                        .with(driver("cn.officer").signedIn()))
                .andExpect(content().string(containsString("Person 1 · Nationality 3")))
                .andExpect(content().string(containsString("530102199005170012")));

        MvcResult submitted = driver("cn.officer")
                .submit(draft)
                .andExpect(redirectedUrlPattern("/cases/*"))
                .andReturn();
        MlaRequest request = records.requestOfCase(UUID.fromString(
                        submitted.getResponse().getRedirectedUrl().substring("/cases/".length())))
                .orElseThrow();
        assertThat(request.personsConcerned()).singleElement().satisfies(p -> {
            assertThat(p.nationalities()).containsExactly("CN", "MM", "TH");
            assertThat(p.identityDocuments())
                    .extracting(d -> d.number())
                    .containsExactly("E12345678", "530102199005170012");
        });
    }

    @Test
    void offersNoMoreNationalitiesThanTheApiAccepts() throws Exception {
        String draft = toPersons();
        for (int i = 2; i < PersonConcerned.MAX_NATIONALITIES; i++) {
            step("cn.officer", draft, "persons", person(), "add:personsConcerned[0].nationalities")
                    .andExpect(status().is3xxRedirection());
        }
        String last = "personsConcerned[0].nationalities[" + (PersonConcerned.MAX_NATIONALITIES - 1) + "]";
        mvc.perform(get(WizardDriver.url(draft, "persons"))
                        .with(driver("cn.officer").signedIn()))
                .andExpect(content().string(containsString("name=\"" + last + "\"")))
                .andExpect(content().string(not(containsString("value=\"add:personsConcerned[0].nationalities\""))));
        step("cn.officer", draft, "persons", person(), "add:personsConcerned[0].nationalities")
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(WizardDriver.url(draft, "persons"))
                        .with(driver("cn.officer").signedIn()))
                .andExpect(content()
                        .string(not(containsString("nationalities[" + PersonConcerned.MAX_NATIONALITIES + "]"))));
    }

    private static org.springframework.test.web.servlet.ResultMatcher matchesChecked(String value) {
        return content().string(matchesRegex("(?s).*value=\"" + value + "\"[^>]*checked=\"checked\".*"));
    }
}
