package org.comity.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.ManagementService;
import org.comity.core.archive.DocumentArchive;
import org.comity.web.WebIT;
import org.comity.web.extradition.ExtraditionCaseScenario;
import org.comity.web.extradition.ExtraditionRequestBodies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The tasklist's sign-in, session and headers. */
class UiIT extends WebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @Autowired
    ManagementService management;

    @Autowired
    DocumentArchive archive;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sendsAnonymousVisitorsToTheLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void signsInWithTheFormAndOut() throws Exception {
        mvc.perform(formLogin("/login").user("cn.officer").password(PASSWORD)).andExpect(redirectedUrl("/"));
        mvc.perform(post("/logout").with(csrf()).with(user(people.loadUserByUsername("cn.officer"))))
                .andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void refusesALoginWithoutTheCsrfToken() throws Exception {
        mvc.perform(post("/login").param("username", "cn.officer").param("password", PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void sendsStrictSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void showsWhoIsSignedInTheirJurisdictionAndOnlyTheirTasks() throws Exception {
        String cnCase = startCase("CN");
        mvc.perform(get("/").with(user(people.loadUserByUsername("cn.officer"))))
                .andExpect(redirectedUrl("/tasks"));
        mvc.perform(get("/tasks").with(user(people.loadUserByUsername("cn.officer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Li Wei")))
                .andExpect(content().string(containsString("Jurisdiction: CN")))
                .andExpect(content().string(containsString(cnCase)));
        mvc.perform(get("/tasks").with(user(people.loadUserByUsername("mm.officer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(cnCase))));
    }

    @Test
    void rendersTheTaskFormFromItsDefinition() throws Exception {
        String taskId = openTask(startCase("CN"), "Task_RecordDecision");
        mvc.perform(get("/tasks/" + taskId).with(user(people.loadUserByUsername("cn.officer"))))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(matchesRegex(
                                "(?s).*<select id=\"decision\" name=\"decision\"[^>]*required=\"required\".*")))
                .andExpect(content().string(containsString("maxlength=\"2000\"")))
                .andExpect(content().string(containsString("type=\"date\"")))
                .andExpect(content().string(containsString("min=\"1\"")))
                .andExpect(content().string(containsString("Required when the request is returned")));
        mvc.perform(get("/tasks/" + taskId).param("lang", "zh").with(user(people.loadUserByUsername("cn.officer"))))
                .andExpect(content().string(containsString("记录决定")))
                .andExpect(content().string(containsString("退回")));
    }

    @Test
    void showsServerErrorsInlineKeepsTheValuesAndLeavesTheTaskOpen() throws Exception {
        String taskId = openTask(startCase("CN"), "Task_RecordDecision");
        mvc.perform(post("/tasks/" + taskId + "/complete")
                        .with(csrf())
                        .with(user(people.loadUserByUsername("cn.officer")))
                        .param("decision", "RETURN")
                        .param("copies", "42")
                        .param("reasons", ""))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"reasons-error\"")))
                .andExpect(content().string(containsString("id=\"copies-error\"")))
                .andExpect(content().string(containsString("value=\"42\"")))
                .andExpect(content().string(containsString("<option value=\"RETURN\" selected=\"selected\"")));
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();
        mvc.perform(post("/tasks/" + taskId + "/complete")
                        .with(csrf())
                        .with(user(people.loadUserByUsername("cn.officer")))
                        .param("decision", "RETURN")
                        .param("reasons", "Warrant missing"))
                .andExpect(redirectedUrl("/tasks"));
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
    }

    /**
     * Issue #19 item 3: reasons typed in Zawgyi are stored in Unicode and the next page shows the
     * stored text for the officer to check; Burmese mixing both encodings is an error at its field.
     */
    @Test
    void storesZawgyiReasonsInUnicodeAndShowsThemOnTheNextPage() throws Exception {
        String unicode = "ဦးအောင်ကျော်၏ ဖမ်းဝရမ်း မပါရှိပါ";
        String zawgyi = com.ibm.icu.text.Transliterator.getInstance("my-Zawgyi").transliterate(unicode);
        String taskId = openTask(startCase("CN"), "Task_RecordDecision");
        mvc.perform(post("/tasks/" + taskId + "/complete")
                        .with(csrf())
                        .with(user(people.loadUserByUsername("cn.officer")))
                        .param("decision", "RETURN")
                        .param("reasons", zawgyi + " " + unicode))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"reasons-error\"")));

        mvc.perform(post("/tasks/" + taskId + "/complete")
                        .with(csrf())
                        .with(user(people.loadUserByUsername("cn.officer")))
                        .param("decision", "RETURN")
                        .param("reasons", zawgyi))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute("textConverted", java.util.List.of(unicode)));
        mvc.perform(get("/tasks")
                        .flashAttr("textConverted", java.util.List.of(unicode))
                        .with(user(people.loadUserByUsername("cn.officer"))))
                .andExpect(content().string(containsString("id=\"text-converted\"")))
                .andExpect(content().string(containsString(unicode)));
        assertThat(jdbc.sql("SELECT action FROM audit_log ORDER BY seq DESC")
                        .query(String.class)
                        .list())
                .contains("text.converted-from-zawgyi");
    }

    /**
     * Issue #14: a number or yes/no field given text that is not one ({@code "abc"}, {@code "1e999"},
     * {@code "yes"}) is an error at that field on the page, with the task left open and nothing stored.
     */
    @Test
    void showsAnErrorAtANumberOrYesNoFieldGivenOtherTextAndStoresNothing() throws Exception {
        String taskId = openTask(startCase("CN"), "Task_RecordDecision");
        for (String copies : new String[] {"abc", "1e999", "1e3", "1.5", "\uFF12"}) {
            mvc.perform(post("/tasks/" + taskId + "/complete")
                            .with(csrf())
                            .with(user(people.loadUserByUsername("cn.officer")))
                            .param("decision", "APPROVE")
                            .param("copies", copies))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(content().string(containsString("id=\"copies-error\"")));
        }
        ExtraditionCaseScenario scenario = new ExtraditionCaseScenario(port, runtime, management, archive);
        String caseId = scenario.submit(
                        "demo-cn-mps",
                        "typed-" + java.util.UUID.randomUUID(),
                        ExtraditionRequestBodies.aRequestFromChinaFor("南宫问天", "Nangong Wentian", "1982-05-05"))
                .caseId();
        scenario.runJobs(caseId);
        scenario.completeOk(
                "cn.supervisor", caseId, "Task_ReviewRequest", java.util.Map.of("reviewDecision", "APPROVE"));
        String check = scenario.taskId("mm.officer", caseId, "Task_CheckCompleteness");
        for (String yesNo : new String[] {"yes", "1", "on"}) {
            mvc.perform(post("/tasks/" + check + "/complete")
                            .with(csrf())
                            .with(user(people.loadUserByUsername("mm.officer")))
                            .param("completeness", "COMPLETE")
                            .param("dualCriminality", yesNo)
                            .param("confirmed", "true"))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(content().string(containsString("id=\"dualCriminality-error\"")));
        }
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();
        assertThat(tasks.createTaskQuery().taskId(check).count()).isOne();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM task_submission WHERE task_id IN (?, ?)")
                        .params(taskId, check)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void showsTheNotFoundPageForATaskOfTheOtherJurisdiction() throws Exception {
        String taskId = openTask(startCase("CN"), "Task_RecordDecision");
        mvc.perform(get("/tasks/" + taskId).with(user(people.loadUserByUsername("mm.officer"))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("does not exist, or you may not see it")));
    }

    @Test
    void claimsAndReleasesFromTheTaskPage() throws Exception {
        String taskId = openTask(startCase("MM"), "Task_RecordDecision");
        var officer = user(people.loadUserByUsername("mm.officer"));
        mvc.perform(post("/tasks/" + taskId + "/claim").with(csrf()).with(officer))
                .andExpect(redirectedUrl("/tasks/" + taskId));
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee())
                .isEqualTo("mm.officer");
        mvc.perform(post("/tasks/" + taskId + "/unclaim").with(csrf()).with(officer))
                .andExpect(redirectedUrl("/tasks"));
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee())
                .isNull();
    }

    @Test
    void switchesTheLanguageToChinese() throws Exception {
        mvc.perform(get("/login").param("lang", "zh"))
                .andExpect(content().string(containsString("用户名")))
                .andExpect(content().string(containsString("登录")));
    }

    @Test
    void showsAnErrorPageForUnknownPagesToPeople() throws Exception {
        mvc.perform(get("/no-such-page").accept("text/html").with(user(people.loadUserByUsername("cn.officer"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void showsAuditorsTheChainStateAndTheLogButNotOfficers() throws Exception {
        // The log lists the oldest entries first, 100 a page: the shared context's other tests may have
        // written more than that, so the page's own consultation is looked for among the auditor's.
        mvc.perform(get("/audit")
                        .param("actorId", "auditor")
                        .param("category", "CONSULTATION")
                        .with(user(people.loadUserByUsername("auditor"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The chain is intact")))
                .andExpect(content().string(containsString("Audit log searched")));
        mvc.perform(get("/audit").with(user(people.loadUserByUsername("cn.supervisor"))))
                .andExpect(status().isForbidden());
    }
}
