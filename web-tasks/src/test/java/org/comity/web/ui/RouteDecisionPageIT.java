package org.comity.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.comity.core.repatriation.request.PersonInput;
import org.comity.core.routeconflict.RouteConflictModel;
import org.comity.web.TestApi;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.comity.web.demo.DemoOperationGenerator;
import org.comity.web.extradition.ExtraditionRequestBodies;
import org.comity.web.repatriation.RepatriationFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The route decision's task page shows what the supervisor decides on (legal-domain.md §10 item 22):
 * the person in the joint operation beside the person the extradition request seeks, with the facts
 * they were matched on; the read is logged for both cases, and the receiving state sees nothing.
 */
class RouteDecisionPageIT extends WebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void endRepatriationProcesses() {
        RepatriationFixtures.deleteRepatriationProcesses(runtime);
    }

    @Test
    void showsBothRecordsOfThePersonAndTheKeysTheyWereMatchedOn() throws Exception {
        String passport = "E" + (10_000_000 + Math.floorMod(UUID.randomUUID().hashCode(), 89_999_999));
        String extradition = receivedExtraditionFor("司徒 明远", "Situ Ming-yuan", "1986-04-12", passport);
        String operation = RepatriationFixtures.open(
                withToken("demo-mm-mpf"),
                RepatriationFixtures.theSeedOperation(
                        "Route decision page",
                        List.of(new PersonInput(
                                "司徒明远",
                                "SITU Mingyuan",
                                "MALE",
                                "1986-04-12",
                                "CN",
                                List.of(new PersonInput.DocumentInput(
                                        "PASSPORT",
                                        passport,
                                        TestClock.todayInChina().plusYears(2).toString())),
                                DemoOperationGenerator.callCentres().get(0),
                                "SUSPECT"))));
        String task = openTask(operation, RouteConflictModel.TASK_DECIDE_ROUTE);
        assertThat(task).as("the conflict found on intake").isNotNull();
        long before = lastSequence();

        MockHttpServletResponse response = page("mm.supervisor", "/tasks/" + task);

        assertThat(response.getStatus()).isEqualTo(200);
        String html = response.getContentAsString();
        String context = CasePagesIT.section(html, "route-conflict");
        assertThat(html.indexOf("id=\"route-conflict\"")).as("above the form").isLessThan(html.indexOf("task-form"));
        assertThat(context)
                .contains("Person in the joint operation")
                .contains("Person sought by the extradition request")
                .contains(reference(operation))
                .contains(reference(extradition))
                .contains("司徒明远")
                .contains("SITU Mingyuan")
                .contains("司徒 明远")
                .contains("Situ Ming-yuan")
                .contains("1986-04-12")
                .contains(passport)
                .contains("CN")
                .contains(
                        "Telecom fraud through a call centre (Criminal Law of the PRC Art. 266), 2025-06-01 – 2025-12-31");
        assertThat(context.split("<strong>matches</strong>", -1))
                .as("both names, the date of birth, the passport")
                .hasSize(5);
        assertThat(rowOf(context, "Case reference")).doesNotContain("matches");
        assertThat(rowOf(context, "Identity document numbers")).contains("matches");
        assertThat(consultations(before)).containsExactlyInAnyOrder("PERSON|" + operation, "CASE|" + extradition);
        assertThat(CasePagesIT.section(
                        page("mm.supervisor", "/tasks/" + task + "?lang=zh").getContentAsString(), "route-conflict"))
                .contains("联合行动中的人员")
                .contains("引渡请求所寻求的人员")
                .contains("一致");
    }

    @Test
    void showsTheReceivingStateNeitherTheTaskNorItsContext() throws Exception {
        String extradition = receivedExtraditionFor("慕容 秋", "Murong Qiu", "1992-09-30", null);
        String operation = RepatriationFixtures.open(
                withToken("demo-mm-mpf"),
                RepatriationFixtures.theSeedOperation(
                        "Route decision page, other side",
                        List.of(RepatriationFixtures.aDetainee("慕容秋", "MURONG Qiu", LocalDate.of(1992, 9, 30)))));
        String task = openTask(operation, RouteConflictModel.TASK_DECIDE_ROUTE);
        long before = lastSequence();
        for (String other : List.of("cn.supervisor", "cn.officer")) {
            MockHttpServletResponse response = page(other, "/tasks/" + task);
            assertThat(response.getStatus()).isEqualTo(404);
            assertThat(response.getContentAsString()).doesNotContain("Murong").doesNotContain(reference(extradition));
        }
        assertThat(consultations(before)).isEmpty();
    }

    @Test
    void showsNoContextOnTasksWithoutAProvider() throws Exception {
        // a person's verification now has the person's context (TaskSubjectContext); the test process's task has none
        String decision = openTask(startCase("CN"), "Task_RecordDecision");
        String html = page("cn.officer", "/tasks/" + decision).getContentAsString();
        assertThat(html).contains("task-form").doesNotContain("task-context");
    }

    /** Submits China's request for the person and lets China's supervisor send it: Myanmar has received it. */
    private String receivedExtraditionFor(String original, String latin, String born, String passport) {
        Map<String, Object> body = ExtraditionRequestBodies.aRequestFromChinaFor(original, latin, born);
        if (passport != null) {
            Map<String, Object> person = new HashMap<>(castMap(body.get("person")));
            person.put(
                    "identityDocuments", List.of(Map.of("type", "PASSPORT", "number", passport, "issuingState", "CN")));
            body.put("person", person);
        }
        TestApi.Response created = withToken("demo-cn-mps").post("/api/v1/extraditions", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String caseId = created.json().get("id").asText();
        RepatriationFixtures.runJobs(management);
        assertThat(as("cn.supervisor")
                        .post(
                                "/api/v1/tasks/" + openTask(caseId, "Task_ReviewRequest") + "/complete",
                                Map.of("reviewDecision", "APPROVE"))
                        .status())
                .isEqualTo(204);
        RepatriationFixtures.runJobs(management);
        return caseId;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object map) {
        return (Map<String, Object>) map;
    }

    private MockHttpServletResponse page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(user(people.loadUserByUsername(user))))
                .andReturn()
                .getResponse();
    }

    private String reference(String caseId) {
        return jdbc.sql("SELECT reference FROM comity_case WHERE id = ?")
                .param(UUID.fromString(caseId))
                .query(String.class)
                .single();
    }

    private long lastSequence() {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM audit_log")
                .query(Long.class)
                .single();
    }

    /** The "route.context" reads logged since, as "object type|case id". */
    private List<String> consultations(long since) {
        return jdbc.sql("SELECT object_type, case_id FROM audit_log WHERE seq > ? AND action = 'route.context' "
                        + "AND category = 'CONSULTATION'")
                .param(since)
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2))
                .list();
    }

    private static String rowOf(String table, String label) {
        int start = table.indexOf(label);
        assertThat(start).as(label).isPositive();
        return table.substring(start, table.indexOf("</tr>", start));
    }
}
