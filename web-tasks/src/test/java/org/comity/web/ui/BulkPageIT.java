package org.comity.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.repatriation.RepatriationModel.TASK_VERIFY_NATIONALITY;
import static org.comity.web.repatriation.RepatriationFixtures.aDetainee;
import static org.comity.web.repatriation.RepatriationFixtures.theSeedOperation;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.comity.core.repatriation.request.PersonInput;
import org.comity.core.task.BulkCompletion;
import org.comity.web.TestApi;
import org.comity.web.WebIT;
import org.comity.web.extradition.ExtraditionRequestBodies;
import org.comity.web.repatriation.RepatriationFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bulk page: tasks selected on the task list, or all matching its filter, completed with one
 * form; each task's outcome on the results page; invalid values shown inline with nothing
 * completed; a consequential decision only with the officer's confirmation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkPageIT extends WebIT {

    private static final Pattern IDS = Pattern.compile("name=\"bulk.taskIds\" value=\"([^\"]*)\"");
    private static int operations;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @Autowired
    ManagementService management;

    @Autowired
    TransactionTemplate tx;

    @AfterAll
    void endTheOperations() {
        RepatriationFixtures.deleteRepatriationProcesses(runtime);
    }

    @Test
    void completesThreeOfFiveSelectedTasks() throws Exception {
        String operation = fivePersons();
        List<String> five = verifications(operation);
        String list =
                html(get("/tasks").param("taskKey", TASK_VERIFY_NATIONALITY).param("caseId", operation), 200);
        five.forEach(id -> assertThat(list).contains("name=\"taskId\" value=\"" + id + "\""));
        assertThat(list).contains("Complete all 5 matching tasks");

        List<String> three = five.subList(0, 3);
        String form = html(
                get("/tasks/bulk")
                        .param("taskKey", TASK_VERIFY_NATIONALITY)
                        .param("scope", "selected")
                        .param("taskId", three.toArray(String[]::new)),
                200);
        assertThat(form).contains("Verify nationality: complete 3 tasks").contains("id=\"nationalityVerification\"");
        assertThat(idsIn(form)).containsExactlyElementsOf(three);

        String result = html(complete(three, Map.of("nationalityVerification", "CONFIRMED")), 200);
        assertThat(result).contains("3 completed, 0 not completed, of 3 tasks.");
        three.forEach(id -> assertThat(result).contains("href=\"/tasks/" + id + "\""));
        assertThat(open(five)).containsExactlyElementsOf(five.subList(3, 5));
    }

    @Test
    void completesAllTasksMatchingTheFilterResolvedOnTheServer() throws Exception {
        String operation = fivePersons();
        List<String> five = verifications(operation);
        String form = html(
                get("/tasks/bulk")
                        .param("scope", "all")
                        .param("taskKey", TASK_VERIFY_NATIONALITY)
                        .param("caseId", operation)
                        .param("assignment", "ANY"),
                200);
        assertThat(idsIn(form)).containsExactlyInAnyOrderElementsOf(five);

        String result = html(complete(idsIn(form), Map.of("nationalityVerification", "CONFIRMED")), 200);
        assertThat(result).contains("5 completed, 0 not completed, of 5 tasks.");
        assertThat(open(five)).isEmpty();
    }

    @Test
    void refusesToResolveAllTasksWithoutAKindOrASelection() throws Exception {
        MvcResult all = mvc.perform(get("/tasks/bulk").param("scope", "all").with(officer("cn.officer")))
                .andReturn();
        assertThat(all.getResponse().getRedirectedUrl()).startsWith("/tasks");
        assertThat(all.getFlashMap().get("bulkError")).isEqualTo("taskKey.NotNull");
        MvcResult none = mvc.perform(get("/tasks/bulk")
                        .param("taskKey", TASK_VERIFY_NATIONALITY)
                        .with(officer("cn.officer")))
                .andReturn();
        assertThat(none.getFlashMap().get("bulkError")).isEqualTo("taskIds.Size");
    }

    @Test
    void reportsEachTaskThatCannotBeCompletedAndCompletesTheOthers() throws Exception {
        List<String> five = verifications(fivePersons());
        tasks.claim(five.get(1), "cn.colleague");
        String otherForm = openTask(startCase("CN"), "Task_RecordDecision");
        List<String> chosen = List.of(five.get(0), five.get(1), five.get(2), otherForm);

        String result = html(complete(chosen, Map.of("nationalityVerification", "CONFIRMED")), 200);
        assertThat(result).contains("2 completed, 2 not completed, of 4 tasks.");
        assertThat(failedRow(result, five.get(1))).contains("The task was completed or claimed by someone else.");
        assertThat(failedRow(result, otherForm))
                .contains("The values do not fit this task:")
                .contains("formKey: the task&#39;s form is PlatformTestDecision");
        assertThat(open(five)).containsExactly(five.get(1), five.get(3), five.get(4));
        assertThat(tasks.createTaskQuery().taskId(otherForm).count()).isOne();
    }

    @Test
    void showsInvalidValuesInlineKeepsThemAndCompletesNothing() throws Exception {
        List<String> five = verifications(fivePersons());
        String page = html(complete(five, Map.of("nationalityVerification", "NOT_CONFIRMED")), 422);
        // NOT_CONFIRMED ends the persons' repatriation: unconfirmed, it is a second error (see BulkRowsIT)
        assertThat(page)
                .contains("2 field(s) need correcting. No task has been completed.")
                .contains("This decision has legal consequences for the persons listed")
                .contains("id=\"remarks-error\"")
                .contains("must be given unless the nationality is confirmed")
                .contains("<option value=\"NOT_CONFIRMED\" selected=\"selected\">");
        assertThat(idsIn(page)).containsExactlyElementsOf(five);

        String unknown = html(complete(five, Map.of("nationalityVerification", "MAYBE", "remarks", "kept text")), 422);
        assertThat(unknown).contains("id=\"nationalityVerification-error\"").contains("kept text");
        assertThat(open(five)).containsExactlyElementsOf(five);
    }

    @Test
    void completesAConsequentialDecisionOnlyWhenConfirmed() throws Exception {
        List<String> checks =
                List.of(completenessCheck("令狐冲", "LINGHU Chong"), completenessCheck("令狐珊", "LINGHU Shan"));
        String form = html(
                get("/tasks/bulk")
                        .param("taskId", checks.toArray(String[]::new))
                        .with(officer("mm.officer")),
                "mm.officer",
                200);
        assertThat(form).contains("name=\"confirmed\"");
        Map<String, String> incomplete = Map.of("completeness", "INCOMPLETE", "missingItems", "Certified warrant");

        String unconfirmed = html(complete(checks, incomplete).with(officer("mm.officer")), "mm.officer", 422);
        assertThat(unconfirmed).contains("Please confirm the decision before submitting it.");
        assertThat(open(checks)).containsExactlyElementsOf(checks);

        String result = html(
                complete(checks, incomplete).param("confirmed", "true").with(officer("mm.officer")), "mm.officer", 200);
        assertThat(result).contains("2 completed, 0 not completed, of 2 tasks.");
        assertThat(open(checks)).isEmpty();
    }

    @Test
    void refusesMoreThanTwoThousandTasksMatchingOrPosted() throws Exception {
        // started in transactions of 250: one engine flush per chunk instead of one per case
        List<String> cases = new ArrayList<>();
        while (cases.size() <= BulkCompletion.MAX_TASKS) {
            int chunk = Math.min(250, BulkCompletion.MAX_TASKS + 1 - cases.size());
            tx.executeWithoutResult(status -> {
                for (int i = 0; i < chunk; i++) {
                    cases.add(startCase("CN"));
                }
            });
        }
        try {
            MvcResult all = mvc.perform(get("/tasks/bulk")
                            .param("scope", "all")
                            .param("taskKey", "Task_RecordDecision")
                            .param("assignment", "ANY")
                            .with(officer("cn.officer")))
                    .andReturn();
            assertThat(all.getResponse().getRedirectedUrl()).startsWith("/tasks?taskKey=Task_RecordDecision");
            assertThat(all.getFlashMap().get("bulkError")).isEqualTo("taskIds.Max");
            String list = html(get("/tasks").flashAttr("bulkError", "taskIds.Max"), 200);
            assertThat(list).contains("More than 2,000 tasks: narrow the filter");

            List<String> posted = tasks
                    .createTaskQuery()
                    .taskDefinitionKey("Task_RecordDecision")
                    .processInstanceBusinessKeyIn(cases.toArray(String[]::new))
                    .list()
                    .stream()
                    .map(t -> t.getId())
                    .toList();
            assertThat(posted).hasSize(BulkCompletion.MAX_TASKS + 1);
            MvcResult tooMany = mvc.perform(post("/tasks/bulk")
                            .with(csrf())
                            .with(officer("cn.officer"))
                            .param("bulk.taskIds", String.join(",", posted))
                            .param("decision", "APPROVE"))
                    .andReturn();
            assertThat(tooMany.getFlashMap().get("bulkError")).isEqualTo("taskIds.Max");
            assertThat(tasks.createTaskQuery()
                            .processInstanceBusinessKeyIn(cases.toArray(String[]::new))
                            .count())
                    .as("none completed")
                    .isEqualTo(posted.size());
        } finally {
            tx.executeWithoutResult(status -> runtime.deleteProcessInstances(
                    tasks.createTaskQuery().processInstanceBusinessKeyIn(cases.toArray(String[]::new)).list().stream()
                            .map(t -> t.getProcessInstanceId())
                            .toList(),
                    "end of a bulk test",
                    true,
                    true));
        }
    }

    @Test
    void completesNoTaskOfTheOtherSideOrUnknownInAForgedList() throws Exception {
        List<String> five = verifications(fivePersons());
        String theirs = openTask(startCase("MM"), "Task_RecordDecision");
        String unknown = "00000000-0000-0000-0000-000000000000";

        String result = html(
                complete(List.of(five.get(0), theirs, unknown), Map.of("nationalityVerification", "CONFIRMED")), 200);
        assertThat(result).contains("1 completed, 2 not completed, of 3 tasks.");
        assertThat(failedRow(result, theirs)).contains("The task does not exist, or you may not see it.");
        assertThat(failedRow(result, unknown)).contains("The task does not exist, or you may not see it.");
        assertThat(result).doesNotContain("Record the decision");
        assertThat(tasks.createTaskQuery().taskId(theirs).count()).isOne();
        assertThat(open(five)).containsExactlyElementsOf(five.subList(1, 5));

        String onlyTheirs = html(complete(List.of(theirs), Map.of("decision", "APPROVE")), 404);
        assertThat(onlyTheirs).doesNotContain(theirs + "\"").doesNotContain("Record the decision");
        assertThat(html(get("/tasks/bulk").param("taskId", theirs), 404)).doesNotContain("Record the decision");
        assertThat(tasks.createTaskQuery().taskId(theirs).count()).isOne();
    }

    @Test
    void refusesATamperedIdListWholeAndCompletesNothing() throws Exception {
        List<String> five = verifications(fivePersons());
        for (String forged : List.of(
                five.get(0) + ",' OR '1'='1",
                five.get(0) + ",<script>x</script>",
                five.get(0) + "," + "a".repeat(65))) {
            MvcResult refused = mvc.perform(post("/tasks/bulk")
                            .with(csrf())
                            .with(officer("cn.officer"))
                            .param("bulk.taskIds", forged)
                            .param("nationalityVerification", "CONFIRMED"))
                    .andReturn();
            assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/tasks");
            assertThat(refused.getFlashMap().get("bulkError")).as(forged).isEqualTo("taskIds.Pattern");
        }
        assertThat(html(get("/tasks").flashAttr("bulkError", "taskIds.Pattern"), 200))
                .contains("The list of tasks was altered and is not valid");
        assertThat(open(five)).containsExactlyElementsOf(five);
    }

    private String fivePersons() {
        int n = ++operations;
        List<PersonInput> persons = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            persons.add(aDetainee(
                    "公孙" + "甲乙丙丁戊己庚辛".charAt(n) + "子丑寅卯辰".charAt(i),
                    "GONGSUN Bulk" + (char) ('a' + n) + (char) ('a' + i),
                    LocalDate.of(1980, 1, 1).plusDays(n * 10 + i)));
        }
        return RepatriationFixtures.open(withToken("demo-mm-mpf"), theSeedOperation("Bulk page " + n, persons));
    }

    private List<String> verifications(String operation) {
        return RepatriationFixtures.taskIds(as("cn.officer"), operation, TASK_VERIFY_NATIONALITY);
    }

    /** An extradition case from China whose completeness check waits for Myanmar's officer. */
    private String completenessCheck(String original, String latin) {
        Map<String, Object> request = ExtraditionRequestBodies.aRequestFromChinaForAChineseNationalInMyanmar();
        request.put(
                "person",
                Map.of(
                        "nameInOriginalScript",
                        original,
                        "nameInLatinScript",
                        latin,
                        "aliases",
                        List.of(),
                        "sex",
                        "MALE",
                        "dateOfBirth",
                        "1985-01-02",
                        "nationalities",
                        List.of("CN"),
                        "identityDocuments",
                        List.of()));
        TestApi.Response created = withToken("demo-cn-mps").post("/api/v1/extraditions", request);
        String caseId = created.json().get("id").asText();
        RepatriationFixtures.runJobs(management);
        assertThat(as("cn.supervisor")
                        .post(
                                "/api/v1/tasks/" + openTask(caseId, "Task_ReviewRequest") + "/complete",
                                Map.of("reviewDecision", "APPROVE"))
                        .status())
                .isEqualTo(204);
        RepatriationFixtures.runJobs(management);
        return openTask(caseId, "Task_CheckCompleteness");
    }

    private MockHttpServletRequestBuilder complete(List<String> ids, Map<String, String> values) {
        MockHttpServletRequestBuilder request = post("/tasks/bulk")
                .with(csrf())
                .param("bulk.taskIds", String.join(",", ids))
                .param("bulk.taskKey", TASK_VERIFY_NATIONALITY);
        values.forEach(request::param);
        return request;
    }

    private List<String> open(List<String> ids) {
        return ids.stream()
                .filter(id -> tasks.createTaskQuery().taskId(id).count() == 1)
                .toList();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor officer(String name) {
        return user(people.loadUserByUsername(name));
    }

    private String html(MockHttpServletRequestBuilder request, int status) throws Exception {
        return html(request.with(officer("cn.officer")), "cn.officer", status);
    }

    private String html(MockHttpServletRequestBuilder request, String who, int status) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus())
                .as(who + " " + result.getResponse().getContentAsString())
                .isEqualTo(status);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> idsIn(String page) {
        Matcher ids = IDS.matcher(page);
        assertThat(ids.find()).as("the form carries the ids").isTrue();
        return List.of(ids.group(1).split(","));
    }

    private static String failedRow(String page, String taskId) {
        for (String row : page.split("<tr class=\"failed\">")) {
            if (row.contains("href=\"/tasks/" + taskId + "\"")) {
                return row.substring(0, row.indexOf("</tr>"));
            }
        }
        throw new AssertionError("no failed row for " + taskId);
    }
}
