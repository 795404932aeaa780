package org.comity.web.wizard;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import org.comity.web.WebIT;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the extradition wizard's integration tests share beyond {@link WizardDriver}: the steps
 * ({@code ExtraditionWizardIT}) and the drafts' life ({@code ExtraditionWizardDraftsIT}) drive the
 * wizard as an officer, sign in through the real login form, and read a draft's audit trail.
 */
final class ExtraditionWizardFixture {

    private final MockMvc mvc;
    private final UserDetailsService people;
    private final JdbcClient jdbc;

    ExtraditionWizardFixture(MockMvc mvc, UserDetailsService people, JdbcClient jdbc) {
        this.mvc = mvc;
        this.people = people;
        this.jdbc = jdbc;
    }

    /** The extradition wizard driven by {@code officer}. */
    WizardDriver as(String officer) {
        return new WizardDriver(mvc, people, officer);
    }

    /** A new HTTP session signed in through the login form, as a browser's. */
    MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(WebIT.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getRequest()
                .getSession(false);
    }

    /** The draft's audit entries in order, each as "category action". */
    List<String> auditOf(String draft) {
        return jdbc.sql(
                        "SELECT category, action FROM audit_log WHERE object_type = 'DRAFT' AND object_id = ? ORDER BY seq")
                .param(draft)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
                .list();
    }
}
