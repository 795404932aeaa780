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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.comity.web.WebIT;
import org.comity.web.repatriation.RepatriationFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The work queue on the server: "complete and open next" opens the task that followed the completed
 * one in the same filtered and sorted list (starting again from the top at its end, and returning to
 * the list when none is left), and the page after a completion says what it did in words, never by
 * model ids. The list's query travels with every task link and form, and the language switch keeps it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkQueueIT extends WebIT {

    private static final Pattern TASK_LINK = Pattern.compile("class=\"task-link\" href=\"/tasks/([0-9a-f-]{36})\\?");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @AfterAll
    void endTheOperations() {
        RepatriationFixtures.deleteRepatriationProcesses(runtime);
    }

    @Test
    void opensTheTaskThatFollowedTheCompletedOneThenStartsAgainFromTheTopThenReturnsToTheList() throws Exception {
        String operation = RepatriationFixtures.open(
                withToken("demo-mm-mpf"),
                theSeedOperation(
                        "Work queue",
                        List.of(
                                aDetainee("欧阳甲", "OUYANG Jia", LocalDate.of(1981, 1, 1)),
                                aDetainee("欧阳乙", "OUYANG Yi", LocalDate.of(1981, 1, 2)),
                                aDetainee("欧阳丙", "OUYANG Bing", LocalDate.of(1981, 1, 3)))));
        String query = "?taskKey=" + TASK_VERIFY_NATIONALITY + "&caseId=" + operation + "&sort=NAME";
        List<String> byName = taskIdsShown("/tasks" + query); // Bing, Jia, Yi
        assertThat(byName).hasSize(3);

        MvcResult second = completeAndOpenNext(byName.get(1), query);
        assertThat(second.getResponse().getRedirectedUrl())
                .isEqualTo("/tasks/" + byName.get(2) + "?taskKey=" + TASK_VERIFY_NATIONALITY + "&caseId=" + operation
                        + "&sort=NAME");
        String next = page(get(second.getResponse().getRedirectedUrl()).flashAttrs(second.getFlashMap()));
        assertThat(next)
                .contains("Task &quot;Verify nationality&quot; completed.")
                .contains("Next step: Issue travel document")
                .doesNotContain("Task_IssueTravelDocument")
                .contains("OUYANG Yi")
                .contains("aria-current=\"page\"")
                .contains("data-completed-task=\"" + byName.get(1) + "\"");

        MvcResult last = completeAndOpenNext(byName.get(2), query);
        assertThat(last.getResponse().getRedirectedUrl())
                .as("from the top again")
                .startsWith("/tasks/" + byName.get(0) + "?");

        MvcResult none = completeAndOpenNext(byName.get(0), query);
        assertThat(none.getResponse().getRedirectedUrl())
                .isEqualTo("/tasks?taskKey=" + TASK_VERIFY_NATIONALITY + "&caseId=" + operation + "&sort=NAME");
        assertThat(page(get(none.getResponse().getRedirectedUrl()).flashAttrs(none.getFlashMap())))
                .contains("No task is left in this list.")
                .contains("Next step: Issue travel document")
                .contains("Showing 0 of 0 task(s)");
    }

    @Test
    void carriesTheListsQueryOnTaskLinksFormsAndTheLanguageSwitch() throws Exception {
        String operation = RepatriationFixtures.open(
                withToken("demo-mm-mpf"),
                theSeedOperation(
                        "Work queue links",
                        List.of(
                                aDetainee("上官甲", "SHANGGUAN Jia", LocalDate.of(1982, 1, 1)),
                                aDetainee("上官乙", "SHANGGUAN Yi", LocalDate.of(1982, 1, 2)))));
        String query = "?taskKey=" + TASK_VERIFY_NATIONALITY + "&caseId=" + operation + "&sort=NAME";
        String list = page(get("/tasks" + query));
        String carried = "?taskKey=" + TASK_VERIFY_NATIONALITY + "&amp;caseId=" + operation + "&amp;sort=NAME";
        assertThat(list).contains("id=\"switch-language\" href=\"/tasks" + carried + "&amp;lang=zh\"");
        String first = taskIdsShown("/tasks" + query).get(0);
        assertThat(list).contains("href=\"/tasks/" + first + carried + "\"");

        String task = page(get("/tasks/" + first + query));
        assertThat(task)
                .contains("action=\"/tasks/" + first + "/complete" + carried + "\"")
                .contains("id=\"back-to-list\" href=\"/tasks" + carried + "\"")
                .contains("Complete and open next")
                .contains("id=\"queue\"")
                .contains("SHANGGUAN Yi")
                .contains("Keyboard shortcuts");
        assertThat(page(get("/tasks/" + first + query).param("lang", "zh")))
                .contains("完成并打开下一个")
                .contains("键盘快捷键");
        assertThat(page(get("/tasks/" + first)))
                .as("opened from elsewhere: no list beside it")
                .doesNotContain("id=\"queue\"");
    }

    @Test
    void refusesAQueryValueOfTheWrongTypeWith400NamingIt() throws Exception {
        MvcResult days = officer(get("/tasks?dueWithinDays=abc"));
        assertThat(days.getResponse().getStatus()).isEqualTo(400);
        assertThat(days.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("The value of “dueWithinDays” in the address is not valid.")
                .contains("It must be a whole number.");
        MvcResult sort = officer(get("/tasks?sort=FOO"));
        assertThat(sort.getResponse().getStatus()).isEqualTo(400);
        assertThat(sort.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("The value of “sort” in the address is not valid.")
                .contains("It must be one of: DUE, CREATED, NAME.");
        assertThat(officer(get("/tasks?overdue=maybe")).getResponse().getStatus())
                .isEqualTo(400);
        assertThat(officer(get("/tasks/" + java.util.UUID.randomUUID() + "?page=x"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);

        var api = as("cn.officer");
        var badDays = api.get("/api/v1/tasks?dueWithinDays=abc");
        assertThat(badDays.status()).isEqualTo(400);
        assertThat(badDays.json().at("/errors/0/field").asText()).isEqualTo("dueWithinDays");
        assertThat(badDays.json().at("/errors/0/message").asText()).isEqualTo("must be a whole number");
        var badSort = api.get("/api/v1/tasks?sort=FOO");
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.json().at("/errors/0/field").asText()).isEqualTo("sort");
        assertThat(badSort.json().at("/errors/0/message").asText()).isEqualTo("must be one of DUE, CREATED, NAME");
    }

    @Test
    void answersAnUnknownAddressWithTheNotFoundPage() throws Exception {
        MvcResult page = officer(get("/no-such-page").accept("text/html"));
        assertThat(page.getResponse().getStatus()).isEqualTo(404);
        MvcResult underTasks = officer(get("/tasks/a/b/c").accept("text/html"));
        assertThat(underTasks.getResponse().getStatus()).isEqualTo(404);
        assertThat(as("cn.officer").get("/api/v1/no-such-resource").status()).isEqualTo(404);
        MvcResult known = officer(post("/tasks").with(csrf()).accept("text/html"));
        assertThat(known.getResponse().getStatus())
                .as("a known page with another method is not hidden")
                .isNotEqualTo(404);
    }

    private MvcResult completeAndOpenNext(String taskId, String query) throws Exception {
        MvcResult done = officer(post("/tasks/" + taskId + "/complete" + query)
                .with(csrf())
                .param("nationalityVerification", "CONFIRMED")
                .param(TaskPageController.OPEN_NEXT, "true"));
        assertThat(done.getResponse().getStatus())
                .as(done.getResponse().getContentAsString())
                .isEqualTo(302);
        return done;
    }

    private List<String> taskIdsShown(String path) throws Exception {
        Matcher links = TASK_LINK.matcher(page(get(path)));
        List<String> ids = new ArrayList<>();
        while (links.find()) {
            ids.add(links.group(1));
        }
        return ids;
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = officer(request);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private MvcResult officer(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(people.loadUserByUsername("cn.officer"))))
                .andReturn();
    }
}
