package org.comity.web.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.comity.web.postgres.PostgresWebIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The wizard on real PostgreSQL ({@link PostgresWebIT}): migration V10, drafts kept per owner, the
 * row lock that lets only one of two simultaneous submissions open a case, and the draft's deletion
 * with its audit entries.
 */
class WizardPostgresIT extends PostgresWebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @Test
    void draftsAndSubmitsAnExtraditionRequestOnPostgresql() throws Exception {
        WizardDriver wizard = new WizardDriver(mvc, people, "cn.officer");
        String draft = wizard.throughTo("review");
        mvc.perform(get(WizardDriver.url(draft, "person")).with(wizard.signedIn("mm.officer")))
                .andExpect(status().isNotFound());
        mvc.perform(get(WizardDriver.url(draft, "review")).with(wizard.signedIn()))
                .andExpect(status().isOk());

        assertThat(wizard.submitTwiceAtOnce(draft)).containsExactlyInAnyOrder(302, 404);

        UUID caseId = jdbc.sql("SELECT case_id FROM audit_log WHERE object_id = ? AND action = 'draft.submit'")
                .param(draft)
                .query(UUID.class)
                .single();
        JsonNode view = as("cn.officer").get("/api/v1/cases/" + caseId).json();
        assertThat(view.path("type").asText()).isEqualTo("EXTRADITION");
        assertThat(view.path("parties").path("requestedState").asText()).isEqualTo("MM");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM request_draft WHERE id = ?")
                        .param(UUID.fromString(draft))
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE object_type = 'DRAFT' AND object_id = ? ORDER BY seq")
                        .param(draft)
                        .query(String.class)
                        .list())
                .containsExactly(
                        "draft.create", "draft.save", "draft.save", "draft.save", "draft.save", "draft.submit");
    }
}
