package org.comity.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.comity.core.archive.DocumentArchive;
import org.comity.web.CaseScenario;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.comity.web.extradition.ExtraditionRequestBodies;
import org.comity.web.mla.MlaRequestBodies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Amending a returned request (issue 12): the MLA request through {@code PUT
 * /api/v1/mla-requests/{caseId}/request} like the extradition request's, and either kind on the
 * wizard's pages from the correction task — prefilled with the request in force, the reviewer's
 * reasons beside every step, errors at their fields, a new version stored on submission and shown to
 * the reviewer as what changed. Only an officer of the requesting state may amend (the requested
 * state gets 404, a supervisor 403), and only while the request is returned (409).
 */
class AmendmentPageIT extends WebIT {

    private static final String REASONS = "Name the bank branch and the period of the statements";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ManagementService management;

    @Autowired
    DocumentArchive archive;

    CaseScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new CaseScenario(port, runtime, management, archive);
    }

    @Test
    void amendsAReturnedMlaRequestThroughTheApiAndShowsTheReviewerWhatChanged() throws Exception {
        Map<String, Object> body = MlaRequestBodies.aRequestFromChinaForBankAndTelecomRecords();
        String caseId = submitted("/api/v1/mla-requests", body);
        String path = "/api/v1/mla-requests/" + caseId + "/request";
        Map<String, Object> corrected = new HashMap<>(body);
        corrected.put(
                "assistanceSought",
                "Statements of account 0012-3344-55 at KBZ Bank, Myawaddy branch, " + "1 January to 31 December 2025");
        LocalDate deadline = TestClock.todayInChina().plusDays(90);
        corrected.put("deadline", deadline.toString());
        assertThat(scenario.as("cn.officer").put(path, corrected).status())
                .as("not returned yet")
                .isEqualTo(409);

        scenario.completeOk(
                "cn.supervisor", caseId, "Task_ReviewRequest", Map.of("reviewDecision", "RETURN", "reasons", REASONS));
        assertThat(scenario.as("mm.officer").put(path, corrected).status())
                .as("the requested state")
                .isEqualTo(404);
        assertThat(scenario.as("mm.supervisor").put(path, corrected).status()).isEqualTo(404);
        assertThat(scenario.as("cn.supervisor").put(path, corrected).status())
                .as("reviewers do not correct")
                .isEqualTo(403);
        Map<String, Object> invalid = new HashMap<>(corrected);
        invalid.remove("factsSummary");
        var refused = scenario.as("cn.officer").put(path, invalid);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("factsSummary");
        assertThat(versions(caseId)).as("nothing stored when refused").isEqualTo(1);

        assertThat(scenario.as("cn.officer").put(path, corrected).status()).isEqualTo(204);
        assertThat(versions(caseId)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT deadline FROM mla_request WHERE case_id = ?")
                        .param(UUID.fromString(caseId))
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(deadline);
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(caseId)
                .singleResult()
                .getId();
        assertThat((Date) runtime.getVariable(instance, "deadlineAt"))
                .as("what the letter carries follows the request")
                .isEqualTo(Date.from(deadline.plusDays(1)
                        .atStartOfDay(java.time.ZoneId.of("Asia/Yangon"))
                        .toInstant()));
        scenario.completeOk(
                "cn.officer", caseId, "Task_CorrectRequest", Map.of("corrections", "Branch and period named"));

        String review =
                page("cn.supervisor", "/tasks/" + scenario.taskId("cn.supervisor", caseId, "Task_ReviewRequest"));
        assertThat(review)
                .contains("What changed since you last saw it")
                .contains(
                        "<ins>Statements of account 0012-3344-55 at KBZ Bank, Myawaddy branch, 1 January to 31 December 2025</ins>")
                .contains("<ins>" + deadline + "</ins>");
        scenario.completeOk("cn.supervisor", caseId, "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));
        scenario.runJobs(caseId);
        assertThat(page("mm.officer", "/tasks/" + scenario.taskId("mm.officer", caseId, "Task_AssessRequest")))
                .contains("1 January to 31 December 2025");
        assertThat(scenario.as("cn.officer").put(path, corrected).status())
                .as("sent: no longer amendable")
                .isEqualTo(409);
    }

    @Test
    void onlyTheRequestingOfficerAmendsOnThePagePrefilledWithTheReasonsBesideAndErrorsAtTheirFields() throws Exception {
        Map<String, Object> body =
                ExtraditionRequestBodies.aRequestFromChinaFor("澹台灭明", "Tantai Mieming", "1979-04-02");
        String caseId = submitted("/api/v1/extraditions", body);
        String amend = "/cases/" + caseId + "/request/amend";
        assertThat(status("cn.officer", get(amend))).as("not returned").isEqualTo(409);
        scenario.completeOk(
                "cn.supervisor", caseId, "Task_ReviewRequest", Map.of("reviewDecision", "RETURN", "reasons", REASONS));
        assertThat(status("mm.officer", get(amend))).as("the requested state").isEqualTo(404);
        assertThat(status("cn.supervisor", get(amend))).isEqualTo(403);
        String correction = scenario.taskId("cn.officer", caseId, "Task_CorrectRequest");
        assertThat(page("cn.officer", "/tasks/" + correction))
                .contains("id=\"amend-link\"")
                .contains(amend);

        MvcResult opened = perform("cn.officer", get(amend));
        String draft = opened.getResponse().getRedirectedUrl();
        assertThat(draft).matches("/requests/drafts/[0-9a-f-]{36}/route");
        assertThat(perform("cn.officer", get(amend)).getResponse().getRedirectedUrl())
                .as("resumed, not started again")
                .isEqualTo(draft);
        String base = draft.substring(0, draft.lastIndexOf('/'));
        String person = page("cn.officer", base + "/person");
        assertThat(person)
                .contains(REASONS)
                .contains("Returned by cn.supervisor")
                .contains("value=\"澹台灭明\"")
                .contains("value=\"Tantai Mieming\"");
        assertThat(page("cn.officer", base + "/person?lang=zh"))
                .contains("审核人退回的理由")
                .contains(REASONS);
        assertThat(page("cn.officer", "/requests/new"))
                .as("listed among the officer's drafts as an amendment")
                .contains("amendment of "
                        + scenario.as("cn.officer")
                                .get("/api/v1/cases/" + caseId)
                                .json()
                                .path("reference")
                                .asText());

        MvcResult invalid = perform(
                "cn.officer",
                post(base + "/route")
                        .with(csrf())
                        .param("action", "next")
                        .param("requestedState", "MM")
                        .param("legalBasisId", "EXAMPLE-CN-MM-TREATY")
                        .param("purpose", "PROSECUTION")
                        .param("urgency", "ORDINARY")
                        .param("channel", "DESIGNATED_AUTHORITY")
                        .param("requestDate", "31.12.2026"));
        assertThat(invalid.getResponse().getStatus()).isEqualTo(422);
        assertThat(invalid.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"requestDate-error\"")
                .contains(REASONS);
        assertThat(perform("cn.officer", post(base + "/submit").with(csrf()))
                        .getResponse()
                        .getStatus())
                .as("the saved unreadable date stops the amendment")
                .isEqualTo(422);
        assertThat(versions(caseId)).isEqualTo(1);

        perform(
                "cn.officer",
                post(base + "/route")
                        .with(csrf())
                        .param("action", "next")
                        .param("requestedState", "MM")
                        .param("legalBasisId", "EXAMPLE-CN-MM-TREATY")
                        .param("purpose", "PROSECUTION")
                        .param("urgency", "PROVISIONAL_ARREST")
                        .param("channel", "DESIGNATED_AUTHORITY")
                        .param(
                                "requestDate",
                                TestClock.todayInChina().minusDays(1).toString()));
        MvcResult submitted = perform("cn.officer", post(base + "/submit").with(csrf()));
        assertThat(submitted.getResponse().getRedirectedUrl()).isEqualTo("/tasks/" + correction);
        assertThat(submitted.getFlashMap().get("requestAmended")).isNotNull();
        assertThat(versions(caseId)).isEqualTo(2);
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(caseId)
                .singleResult()
                .getId();
        assertThat(runtime.getVariable(instance, "urgency"))
                .as("what is sent to the requested state follows the request")
                .isEqualTo("PROVISIONAL_ARREST");
        assertThat(status("cn.officer", get(base + "/route")))
                .as("the draft is gone once submitted")
                .isEqualTo(404);

        scenario.completeOk(
                "cn.officer", caseId, "Task_CorrectRequest", Map.of("corrections", "Request date corrected"));
        assertThat(page("cn.supervisor", "/tasks/" + scenario.taskId("cn.supervisor", caseId, "Task_ReviewRequest")))
                .contains("What changed since you last saw it")
                .contains("<ins>" + TestClock.todayInChina().minusDays(1) + "</ins>");
    }

    @Test
    void anMlaRequestIsAmendedOnThePagesFromTheRequestInForce() throws Exception {
        String caseId = submitted("/api/v1/mla-requests", MlaRequestBodies.aRequestFromChinaForBankAndTelecomRecords());
        scenario.completeOk(
                "cn.supervisor", caseId, "Task_ReviewRequest", Map.of("reviewDecision", "RETURN", "reasons", REASONS));
        String amend = "/cases/" + caseId + "/request/amend";
        assertThat(status("mm.officer", get(amend))).isEqualTo(404);
        String draft = perform("cn.officer", get(amend)).getResponse().getRedirectedUrl();
        assertThat(draft).matches("/requests/drafts/[0-9a-f-]{36}/route");
        String base = draft.substring(0, draft.lastIndexOf('/'));
        assertThat(page("cn.officer", base + "/assistance"))
                .contains(REASONS)
                .contains("Statements of account 0012-3344-55");
        assertThat(page("cn.officer", base + "/review"))
                .contains("Submit the amended request")
                .contains("Kunming Public Security Bureau")
                .contains("Zhang Wei");
        MvcResult submitted = perform("cn.officer", post(base + "/submit").with(csrf()));
        assertThat(submitted.getResponse().getRedirectedUrl())
                .as("the request in force, unchanged, is a valid amendment: every value survived the round trip")
                .isEqualTo("/tasks/" + scenario.taskId("cn.officer", caseId, "Task_CorrectRequest"));
        assertThat(versions(caseId)).isEqualTo(2);
        assertThat(page("cn.officer", "/tasks/" + scenario.taskId("cn.officer", caseId, "Task_CorrectRequest")))
                .contains("id=\"amend-link\"");
    }

    private String submitted(String path, Map<String, Object> body) {
        CaseScenario.Submitted created = scenario.submit(path, "demo-cn-mps", "amend-" + UUID.randomUUID(), body);
        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        scenario.runJobs(created.caseId());
        return created.caseId();
    }

    private int versions(String caseId) {
        return jdbc.sql("SELECT COUNT(*) FROM request_version WHERE case_id = ?")
                .param(UUID.fromString(caseId))
                .query(Integer.class)
                .single();
    }

    private MvcResult perform(String who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(people.loadUserByUsername(who)))).andReturn();
    }

    private int status(String who, MockHttpServletRequestBuilder request) throws Exception {
        return perform(who, request).getResponse().getStatus();
    }

    private String page(String who, String path) throws Exception {
        MvcResult result = perform(who, get(path));
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
