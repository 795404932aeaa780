package org.comity.web.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.comity.core.draft.DraftRetention;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The extradition wizard's drafts through the tasklist (its steps: {@code ExtraditionWizardIT}): a
 * draft is its owner's alone, outlives the session it was started in, is discarded only after
 * confirmation, and is erased when nobody touched it for the retention period, each with its audit
 * entries.
 */
class ExtraditionWizardDraftsIT extends WebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DraftRetention retention;

    ExtraditionWizardFixture fixture;

    /** China's officer, who starts every draft here. */
    WizardDriver owner;

    @BeforeEach
    void setUp() {
        fixture = new ExtraditionWizardFixture(mvc, people, jdbc);
        owner = fixture.as("cn.officer");
    }

    @Test
    void someoneElsesDraftIsNotFound() throws Exception {
        String draft = owner.start();
        mvc.perform(get(WizardDriver.url(draft, "person")).with(owner.signedIn("mm.officer")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("does not exist, or you may not see it")));
        mvc.perform(get("/requests/drafts/" + draft).with(owner.signedIn("mm.officer")))
                .andExpect(status().isNotFound());
        mvc.perform(post(WizardDriver.url(draft, "person"))
                        .with(csrf())
                        .with(owner.signedIn("mm.officer"))
                        .param("person.nameInLatinScript", "Overwritten"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/requests/drafts/" + draft + "/discard").with(csrf()).with(owner.signedIn("mm.officer")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/requests/drafts/" + draft + "/submit").with(csrf()).with(owner.signedIn("mm.officer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/requests/new").with(owner.signedIn("mm.officer")))
                .andExpect(content().string(not(containsString(draft))));
        mvc.perform(get("/requests/drafts/not-a-uuid/person").with(owner.signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/requests/drafts/" + UUID.randomUUID() + "/person").with(owner.signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(get(WizardDriver.url(draft, "no-such-step")).with(owner.signedIn()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aDraftSurvivesANewSession() throws Exception {
        MockHttpSession first = fixture.signIn("cn.officer");
        MvcResult started = mvc.perform(post("/requests/new/extradition")
                        .session(first)
                        .with(csrf())
                        .params(WizardDriver.params(WizardSteps.route()))
                        .param("action", "next"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String draft = WizardDriver.draftId(started.getResponse().getRedirectedUrl());
        mvc.perform(post(WizardDriver.url(draft, "person"))
                        .session(first)
                        .with(csrf())
                        .param("person.nameInLatinScript", "Aung Kyaw")
                        .param("person.nameInOriginalScript", "အောင်ကျော်")
                        .param("action", "close"))
                .andExpect(redirectedUrl("/requests/new"));
        first.invalidate();

        MockHttpSession second = fixture.signIn("cn.officer");
        mvc.perform(get("/requests/new").session(second))
                .andExpect(content().string(containsString("Aung Kyaw အောင်ကျော် → MM")))
                .andExpect(content().string(containsString("href=\"/requests/drafts/" + draft + "\"")));
        mvc.perform(get("/requests/drafts/" + draft).session(second))
                .andExpect(redirectedUrl(WizardDriver.url(draft, "person")));
        mvc.perform(get(WizardDriver.url(draft, "person")).session(second))
                .andExpect(content().string(containsString("value=\"Aung Kyaw\"")))
                .andExpect(content().string(containsString("value=\"အောင်ကျော်\"")));
    }

    @Test
    void discardsADraftAfterConfirmation() throws Exception {
        String draft = owner.start();
        mvc.perform(get("/requests/drafts/" + draft + "/discard").with(owner.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Discard this draft?")));
        mvc.perform(post("/requests/drafts/" + draft + "/discard").with(csrf()).with(owner.signedIn()))
                .andExpect(redirectedUrl("/requests/new"))
                .andExpect(flash().attribute("discarded", true));
        mvc.perform(get(WizardDriver.url(draft, "route")).with(owner.signedIn()))
                .andExpect(status().isNotFound());
        assertThat(fixture.auditOf(draft)).containsExactly("COLLECTION draft.create", "ERASURE draft.discard");
    }

    @Test
    void erasesDraftsNobodyTouchedForTheRetentionPeriod() throws Exception {
        String stale = owner.start();
        String fresh = owner.start();
        jdbc.sql("UPDATE request_draft SET created_at = ?, updated_at = ? WHERE id = ?")
                .params(TestClock.nowUtc().minusDays(91), TestClock.nowUtc().minusDays(91), UUID.fromString(stale))
                .update();
        assertThat(retention.eraseStale()).isOne();
        mvc.perform(get(WizardDriver.url(stale, "route")).with(owner.signedIn()))
                .andExpect(status().isNotFound());
        mvc.perform(get(WizardDriver.url(fresh, "route")).with(owner.signedIn()))
                .andExpect(status().isOk());
        assertThat(fixture.auditOf(stale)).containsExactly("COLLECTION draft.create", "ERASURE draft.expire");
    }
}
