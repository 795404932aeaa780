package org.comity.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.repatriation.RepatriationModel.TASK_ISSUE_TRAVEL_DOCUMENT;
import static org.comity.core.repatriation.RepatriationModel.TASK_VERIFY_NATIONALITY;
import static org.comity.web.repatriation.RepatriationFixtures.aDetainee;
import static org.comity.web.repatriation.RepatriationFixtures.theSeedOperation;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.comity.web.TestApi;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.comity.web.repatriation.RepatriationFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Bulk completion where the value is each person's own: the bulk page names each row's person and
 * asks a travel document's number and expiry per row (typed or pasted as CSV); a number given to two
 * rows, or already another person's, is refused naming the rows, and nothing is completed; the API
 * applies the same rule; a consequential choice for many lists who is affected and needs confirming.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkRowsIT extends WebIT {

    private static final String EXPIRY = TestClock.todayInChina().plusYears(2).toString();
    private static int operations;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @Autowired
    JdbcClient jdbc;

    @AfterAll
    void endTheOperations() {
        RepatriationFixtures.deleteRepatriationProcesses(runtime);
    }

    @Test
    void refusesOneNumberForTwoPersonsNamingBothRowsAndCompletesNothing() throws Exception {
        List<String> two = documentTasks("皇甫嵩", "HUANGFU Song", "皇甫规", "HUANGFU Gui");
        String form = html(
                get("/tasks/bulk")
                        .param("taskKey", TASK_ISSUE_TRAVEL_DOCUMENT)
                        .param("taskId", two.toArray(String[]::new)),
                200);
        assertThat(form)
                .contains("Who is affected: 2 task(s)")
                .contains("HUANGFU Song")
                .contains("皇甫规")
                .contains("name=\"row." + two.get(0) + ".travelDocumentNumber\"")
                .contains("name=\"row." + two.get(1) + ".travelDocumentExpiry\"")
                .contains("aria-label=\"Document number for HUANGFU Song\"")
                .doesNotContain("id=\"travelDocumentNumber\"");

        String refused = html(issue(two, "EA1234567", "EA1234567"), 422);
        assertThat(refused)
                .contains("No task has been completed.")
                .contains("The same value is given to row #2 HUANGFU Gui (皇甫规)")
                .contains("The same value is given to row #1 HUANGFU Song (皇甫嵩)")
                .contains("id=\"row-" + two.get(0) + "-travelDocumentNumber-error\"")
                .contains("value=\"EA1234567\"");
        assertThat(open(two)).containsExactlyElementsOf(two);

        String done = html(issue(two, "EA1234567", "EA7654321"), 200);
        assertThat(done).contains("2 completed, 0 not completed, of 2 tasks.");
        assertThat(jdbc.sql("SELECT name_latin || '=' || travel_document_number FROM repatriation_person"
                                + " WHERE name_latin LIKE 'HUANGFU %' ORDER BY name_latin")
                        .query(String.class)
                        .list())
                .containsExactly("HUANGFU Gui=EA7654321", "HUANGFU Song=EA1234567");
    }

    @Test
    void refusesANumberAlreadyAnotherPersonsOnThePageAndThroughTheApi() throws Exception {
        List<String> first = documentTasks("端木赐", "DUANMU Ci");
        assertThat(as("cn.officer")
                        .post(
                                "/api/v1/tasks/" + first.get(0) + "/complete",
                                Map.of(
                                        "travelDocumentType",
                                        "PASSPORT",
                                        "travelDocumentNumber",
                                        "EB5550001",
                                        "travelDocumentExpiry",
                                        EXPIRY))
                        .status())
                .isEqualTo(204);
        List<String> two = documentTasks("端木蕻", "DUANMU Hong", "端木良", "DUANMU Liang");

        String refused = html(issue(two, "EB5550002", "EB5550001"), 422);
        assertThat(refused)
                .contains("id=\"row-" + two.get(1) + "-travelDocumentNumber-error\"")
                .contains("is already the number of another person&#39;s document")
                .doesNotContain("id=\"row-" + two.get(0) + "-travelDocumentNumber-error\"");
        TestApi.Response single = as("cn.officer")
                .post(
                        "/api/v1/tasks/" + two.get(1) + "/complete",
                        Map.of(
                                "travelDocumentType",
                                "PASSPORT",
                                "travelDocumentNumber",
                                "EB5550001",
                                "travelDocumentExpiry",
                                EXPIRY));
        assertThat(single.status()).isEqualTo(422);
        assertThat(single.body()).contains("travelDocumentNumber").contains("Unique");

        TestApi.Response api = as("cn.officer")
                .post(
                        "/api/v1/tasks/bulk-complete",
                        Map.of(
                                "taskIds",
                                two,
                                "values",
                                Map.of("travelDocumentType", "PASSPORT", "travelDocumentExpiry", EXPIRY),
                                "valuesByTask",
                                Map.of(
                                        two.get(0),
                                        Map.of("travelDocumentNumber", "EB5550002"),
                                        two.get(1),
                                        Map.of("travelDocumentNumber", "EB5550001"))));
        assertThat(api.status()).isEqualTo(422);
        assertThat(fields(api)).containsExactly("valuesByTask." + two.get(1) + ".travelDocumentNumber");
        assertThat(open(two)).containsExactlyElementsOf(two);
    }

    @Test
    void theApiRefusesTheSameNumberForSeveralTasksNamingEachAndCompletesNothing() throws Exception {
        List<String> two = documentTasks("长孙无忌", "ZHANGSUN Wuji", "长孙晟", "ZHANGSUN Sheng");
        TestApi.Response common = as("cn.officer")
                .post(
                        "/api/v1/tasks/bulk-complete",
                        Map.of(
                                "taskIds",
                                two,
                                "values",
                                Map.of(
                                        "travelDocumentType",
                                        "PASSPORT",
                                        "travelDocumentNumber",
                                        "EC1000001",
                                        "travelDocumentExpiry",
                                        EXPIRY)));
        assertThat(common.status()).isEqualTo(422);
        assertThat(common.contentType()).startsWith("application/problem+json");
        assertThat(fields(common))
                .containsExactly(
                        "valuesByTask." + two.get(0) + ".travelDocumentNumber",
                        "valuesByTask." + two.get(1) + ".travelDocumentNumber");
        assertThat(common.body()).contains("must differ from the value given for task " + two.get(1));

        TestApi.Response byTask = as("cn.officer")
                .post(
                        "/api/v1/tasks/bulk-complete",
                        Map.of(
                                "taskIds",
                                two,
                                "values",
                                Map.of("travelDocumentType", "PASSPORT", "travelDocumentExpiry", EXPIRY),
                                "valuesByTask",
                                Map.of(
                                        two.get(0),
                                        Map.of("travelDocumentNumber", "ec1000001 "),
                                        two.get(1),
                                        Map.of("travelDocumentNumber", "EC1000001"))));
        assertThat(byTask.status()).isEqualTo(422);
        assertThat(open(two)).containsExactlyElementsOf(two);
    }

    @Test
    void takesThePerPersonValuesPastedAsCsv() throws Exception {
        List<String> two = documentTasks("司空图", "SIKONG Tu", "司空曙", "SIKONG Shu");
        MockHttpServletRequestBuilder request = issue(two, "", "")
                .param(
                        "bulk.csv",
                        two.get(0) + ",ED2000001," + EXPIRY + "\n" + two.get(1) + ",ED2000002," + EXPIRY + "\n");
        assertThat(html(request, 200)).contains("2 completed, 0 not completed, of 2 tasks.");
        assertThat(jdbc.sql("SELECT travel_document_number FROM repatriation_person WHERE name_latin LIKE 'SIKONG %'"
                                + " ORDER BY travel_document_number")
                        .query(String.class)
                        .list())
                .containsExactly("ED2000001", "ED2000002");

        List<String> more = documentTasks("司空见", "SIKONG Jian");
        String bad = html(issue(more, "", "").param("bulk.csv", "not-a-task,ED2000003," + EXPIRY), 422);
        assertThat(bad).contains("line 1 names no selected task");
        assertThat(open(more)).containsExactlyElementsOf(more);
    }

    @Test
    void aConsequentialChoiceForManyListsWhoIsAffectedAndNeedsConfirming() throws Exception {
        String operation = anOperation("呼延灼", "HUYAN Zhuo", "呼延庆", "HUYAN Qing");
        List<String> two = RepatriationFixtures.taskIds(as("cn.officer"), operation, TASK_VERIFY_NATIONALITY);
        String form = html(get("/tasks/bulk").param("taskId", two.toArray(String[]::new)), 200);
        assertThat(form).contains("HUYAN Zhuo").contains("HUYAN Qing").contains("name=\"confirmed\"");

        MockHttpServletRequestBuilder notConfirmed = post("/tasks/bulk")
                .with(csrf())
                .param("bulk.taskIds", String.join(",", two))
                .param("nationalityVerification", "NOT_CONFIRMED")
                .param("remarks", "No record in the household register");
        String refused = html(notConfirmed, 422);
        assertThat(refused)
                .contains("This decision has legal consequences for the persons listed")
                .contains("HUYAN Zhuo")
                .contains("HUYAN Qing");
        assertThat(open(two)).containsExactlyElementsOf(two);

        assertThat(html(notConfirmed.param("confirmed", "true"), 200))
                .contains("2 completed, 0 not completed, of 2 tasks.");
        assertThat(open(two)).isEmpty();
    }

    private List<String> documentTasks(String... names) {
        String operation = anOperation(names);
        RepatriationFixtures.bulk(
                as("cn.officer"),
                RepatriationFixtures.taskIds(as("cn.officer"), operation, TASK_VERIFY_NATIONALITY),
                Map.of("nationalityVerification", "CONFIRMED"));
        List<String> ids = RepatriationFixtures.taskIds(as("cn.officer"), operation, TASK_ISSUE_TRAVEL_DOCUMENT);
        // in the order the persons were registered, as the page numbers its rows
        List<String> ordered = new ArrayList<>();
        for (int i = 1; i < names.length; i += 2) {
            String latin = names[i];
            ordered.add(ids.stream()
                    .filter(id -> latin.equals(nameOf(id)))
                    .findFirst()
                    .orElseThrow());
        }
        return ordered;
    }

    private String nameOf(String taskId) {
        return jdbc.sql("SELECT P.name_latin FROM repatriation_person P JOIN ACT_RU_TASK T"
                        + " ON T.PROC_INST_ID_ = P.process_instance_id WHERE T.ID_ = ?")
                .param(taskId)
                .query(String.class)
                .single();
    }

    private String anOperation(String... names) {
        int n = ++operations;
        List<org.comity.core.repatriation.request.PersonInput> persons = new ArrayList<>();
        for (int i = 0; i < names.length; i += 2) {
            persons.add(
                    aDetainee(names[i], names[i + 1], LocalDate.of(1979, 5, 6).plusDays(n * 10 + i)));
        }
        return RepatriationFixtures.open(withToken("demo-mm-mpf"), theSeedOperation("Bulk rows " + n, persons));
    }

    private MockHttpServletRequestBuilder issue(List<String> ids, String... numbers) {
        MockHttpServletRequestBuilder request = post("/tasks/bulk")
                .with(csrf())
                .param("bulk.taskIds", String.join(",", ids))
                .param("bulk.taskKey", TASK_ISSUE_TRAVEL_DOCUMENT)
                .param("travelDocumentType", "EMERGENCY_TRAVEL_DOCUMENT");
        for (int i = 0; i < ids.size(); i++) {
            request.param("row." + ids.get(i) + ".travelDocumentNumber", numbers[i]);
            request.param("row." + ids.get(i) + ".travelDocumentExpiry", numbers[i].isEmpty() ? "" : EXPIRY);
        }
        return request;
    }

    private static List<String> fields(TestApi.Response problem) {
        List<String> fields = new ArrayList<>();
        JsonNode errors = problem.json().get("errors");
        errors.forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private List<String> open(List<String> ids) {
        return ids.stream()
                .filter(id -> tasks.createTaskQuery().taskId(id).count() == 1)
                .toList();
    }

    private String html(MockHttpServletRequestBuilder request, int status) throws Exception {
        MvcResult result = mvc.perform(request.with(user(people.loadUserByUsername("cn.officer"))))
                .andReturn();
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(status);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
