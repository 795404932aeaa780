package org.comity.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import org.comity.web.TestApi;
import org.comity.web.WebIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The one "auditors only" rule of the security configuration refuses everyone else in the API and in
 * the tasklist with the answers the controllers used to give, and before any consultation is logged.
 */
class AuditorsOnlyIT extends WebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void refusesOfficersAndAgenciesTheAuditApiWithTheAuditProblem() {
        long consultations = consultations();
        for (TestApi caller : new TestApi[] {as("cn.officer"), as("mm.supervisor"), withToken("demo-cn-mps")}) {
            for (String path :
                    new String[] {"/api/v1/audit/verify", "/api/v1/audit/events?size=0", "/api/v1/audit/events.csv"}) {
                assertForbidden(caller.get(path), "Only auditors read the audit log");
            }
            String timeline = "/api/v1/audit/cases/" + UUID.randomUUID() + "/timeline";
            assertForbidden(caller.get(timeline), "Only auditors read a case's audit trail");
            assertForbidden(
                    caller.post("/api/v1/audit/cases/not-a-case/report", Map.of()),
                    "Only auditors read a case's audit trail");
        }
        assertThat(consultations()).isEqualTo(consultations);
    }

    @Test
    void keepsTheGeneralRefusalForOtherPaths() {
        assertForbidden(as("cn.officer").get("/api/v2/cases"), "Not allowed");
    }

    @Test
    void letsTheAuditorThrough() {
        assertThat(as("auditor").get("/api/v1/audit/verify").status()).isEqualTo(200);
        assertThat(as("auditor")
                        .get("/api/v1/audit/cases/" + UUID.randomUUID() + "/timeline")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theSignedInAuditorExportsTheLogAsCsvFromThePageAndTheLinkLeadsThere() throws Exception {
        var auditor = user(people.loadUserByUsername("auditor"));
        String page = mvc.perform(get("/audit").with(auditor))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("href=\"/audit/events.csv").doesNotContain("/api/v1/audit/events.csv");

        var csv = mvc.perform(get("/audit/events.csv")
                        .param("category", "CONSULTATION")
                        .with(auditor))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();

        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).contains("comity-audit.csv");
        assertThat(csv.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
                        .lines()
                        .findFirst()
                        .orElseThrow())
                .contains("seq");
        mvc.perform(get("/audit/events.csv").with(user(people.loadUserByUsername("cn.officer"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theAuditorNeverMeetsA500InTheTasklist() throws Exception {
        var auditor = user(people.loadUserByUsername("auditor"));
        for (String path : new String[] {"/", "/tasks", "/cases", "/audit", "/incidents"}) {
            int status = mvc.perform(get(path).with(auditor))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(path).isLessThan(500);
        }
    }

    @Test
    void showsOfficersTheForbiddenPageForTheAuditPages() throws Exception {
        for (String path : new String[] {"/audit", "/audit/cases/" + UUID.randomUUID()}) {
            mvc.perform(get(path).with(user(people.loadUserByUsername("mm.officer"))))
                    .andExpect(status().isForbidden())
                    .andExpect(forwardedUrl("/error"));
        }
        // The forward renders the tasklist's error page, whatever the client accepts.
        mvc.perform(get("/error")
                        .requestAttr(WebAttributes.ACCESS_DENIED_403, new AccessDeniedException("denied"))
                        .with(user(people.loadUserByUsername("mm.officer"))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(containsString("You are not allowed to do this.")));
    }

    private static void assertForbidden(TestApi.Response response, String detail) {
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).isEqualTo(detail);
        assertThat(response.json().get("errors")).isEmpty();
    }

    private long consultations() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE category = 'CONSULTATION' AND action LIKE 'audit.%'")
                .query(Long.class)
                .single();
    }
}
