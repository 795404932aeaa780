package org.comity.web.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.web.repatriation.RepatriationFixtures.aDetainee;
import static org.comity.web.repatriation.RepatriationFixtures.theSeedOperation;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.comity.core.repatriation.RepatriationModel;
import org.comity.core.repatriation.request.PersonInput;
import org.comity.web.TestApi;
import org.comity.web.WebIT;
import org.comity.web.extradition.ExtraditionRequestBodies;
import org.comity.web.repatriation.RepatriationFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Finding tasks by a person's name: repatriated persons' own tasks and extradition cases' tasks, by
 * 汉字 or by pinyin in any case and spacing, only among the caller's own tasks, with right counts and
 * pages, the same through the API and the task list page, and 422 for a name that is no name. Every
 * test uses family names the demo generator never draws (欧阳, 司马, 诸葛, 上官, 东方), so that
 * persons of other test classes in the shared context never match.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskSearchIT extends WebIT {

    private static final LocalDate BORN = LocalDate.of(1988, 3, 14);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ManagementService management;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @AfterAll
    void endTheOperations() {
        RepatriationFixtures.deleteRepatriationProcesses(runtime);
    }

    @Test
    void findsAPersonsTasksByHanziAndByPinyinInAnyCaseAndSpacing() {
        String operation = anOperation(
                aDetainee("欧阳震华", "OUYANG Zhenhua", BORN),
                aDetainee("欧阳震", "OUYANG Zhen", BORN.plusDays(1)),
                aDetainee("司马光", "SIMA Guang", BORN));
        String zhenhua = verificationOf(operation, "OUYANG Zhenhua");

        for (String name : List.of(
                "欧阳震华",
                "欧阳 震华",
                "Ouyang Zhenhua",
                "ouyang zhenhua",
                "OUYANG Zhenhua",
                "  OuYang   ZhenHua ",
                "ouyangzhenhua",
                "Ōuyáng Zhènhuá",
                "Ou-yang Zhen.hua")) {
            assertThat(ids("cn.officer", "person=" + q(name))).as(name).containsExactly(zhenhua);
        }
        assertThat(ids("cn.officer", "person=" + q("欧阳"))).hasSize(2).contains(zhenhua);
        assertThat(ids("cn.officer", "person=" + q("ouyang zhen"))).hasSize(2);
        assertThat(ids("cn.officer", "person=" + q("司马光"))).containsExactly(verificationOf(operation, "SIMA Guang"));
        assertThat(ids("cn.officer", "person=" + q("东方不败"))).isEmpty();
        assertThat(ids("cn.officer", "person=" + q("欧阳%")))
                .as("% is a letter of the name, not a wildcard")
                .isEmpty();
    }

    @Test
    void findsAnExtraditionCaseByItsSubjectOrAliasOnlyForTheSideThatHoldsATask() {
        Map<String, Object> request = ExtraditionRequestBodies.aRequestFromChinaForAChineseNationalInMyanmar();
        request.put(
                "person",
                Map.of(
                        "nameInOriginalScript",
                        "上官婉儿",
                        "nameInLatinScript",
                        "SHANGGUAN Wan'er",
                        "aliases",
                        List.of("Wan Er", "上官昭容"),
                        "sex",
                        "FEMALE",
                        "dateOfBirth",
                        "1991-07-02",
                        "nationalities",
                        List.of("CN"),
                        "identityDocuments",
                        List.of()));
        TestApi.Response created = withToken("demo-cn-mps").post("/api/v1/extraditions", request);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String caseId = created.json().get("id").asText();
        RepatriationFixtures.runJobs(management);
        String review = openTask(caseId, "Task_ReviewRequest");

        for (String name : List.of("上官婉儿", "shangguan wan'er", "SHANGGUAN WANER", "Shangguan", "wan er", "上官昭容")) {
            assertThat(ids("cn.supervisor", "person=" + q(name))).as(name).containsExactly(review);
        }
        assertThat(ids("cn.officer", "person=" + q("上官婉儿")))
                .as("not the officer's task")
                .isEmpty();
        assertThat(ids("mm.officer", "person=" + q("上官婉儿")))
                .as("Myanmar holds no task yet")
                .isEmpty();

        assertThat(as("cn.supervisor")
                        .post("/api/v1/tasks/" + review + "/complete", Map.of("reviewDecision", "APPROVE"))
                        .status())
                .isEqualTo(204);
        RepatriationFixtures.runJobs(management);
        String completeness = openTask(caseId, "Task_CheckCompleteness");
        assertThat(ids("mm.officer", "person=" + q("Shangguan Wan'er"))).containsExactly(completeness);
        assertThat(ids("cn.supervisor", "person=" + q("上官婉儿"))).isEmpty();
    }

    @Test
    void findsACasesTasksByItsReferenceInAnyLetterCaseOrByItsId() throws Exception {
        TestApi.Response created = withToken("demo-cn-mps")
                .post(
                        "/api/v1/extraditions",
                        ExtraditionRequestBodies.aRequestFromChinaFor("诸葛亮", "ZHUGE Liang", "1981-04-04"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String caseId = created.json().get("id").asText();
        String reference = created.json().get("reference").asText();
        RepatriationFixtures.runJobs(management);
        String review = openTask(caseId, "Task_ReviewRequest");

        for (String given : List.of(reference, reference.toLowerCase(java.util.Locale.ROOT), caseId)) {
            assertThat(ids("cn.supervisor", "caseId=" + q(given))).as(given).containsExactly(review);
        }
        assertThat(ids("mm.supervisor", "caseId=" + q(reference)))
                .as("not Myanmar's task")
                .isEmpty();
        assertThat(ids("cn.supervisor", "caseId=" + q(reference + "9"))).isEmpty();
        MvcResult result = mvc.perform(get("/tasks")
                        .param("caseId", reference.toLowerCase(java.util.Locale.ROOT))
                        .with(user(people.loadUserByUsername("cn.supervisor"))))
                .andReturn();
        assertThat(linkedTaskIds(result.getResponse().getContentAsString(StandardCharsets.UTF_8)))
                .containsExactly(review);
    }

    @Test
    void neverFindsTheTasksOfTheOtherState() {
        String operation = anOperation(aDetainee("东方明珠", "DONGFANG Mingzhu", BORN));
        String verification = verificationOf(operation, "DONGFANG Mingzhu");
        assertThat(ids("mm.officer", "person=" + q("东方明珠"))).isEmpty();
        assertThat(as("cn.officer")
                        .post(
                                "/api/v1/tasks/" + verification + "/complete",
                                Map.of(
                                        "nationalityVerification",
                                        "MORE_INFORMATION_NEEDED",
                                        "remarks",
                                        "No document found"))
                        .status())
                .isEqualTo(204);

        String provide = openTask(operation, RepatriationModel.TASK_PROVIDE_IDENTITY_INFORMATION);
        assertThat(ids("mm.officer", "person=" + q("Dongfang Mingzhu"))).containsExactly(provide);
        assertThat(ids("cn.officer", "person=" + q("东方明珠"))).isEmpty();
        assertThat(ids("cn.supervisor", "person=" + q("东方明珠"))).isEmpty();
    }

    @Test
    void countsAndPagesTheMatchesLikeAnyOtherFilter() {
        List<PersonInput> persons = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            persons.add(aDetainee("诸葛亮", "ZHUGE Liang", BORN.plusDays(i)));
        }
        persons.add(aDetainee("诸葛瑾", "ZHUGE Jin", BORN));
        persons.add(aDetainee("诸葛诞", "ZHUGE Dan", BORN));
        anOperation(persons.toArray(PersonInput[]::new));

        Set<String> seen = new LinkedHashSet<>();
        for (int page = 0; page < 3; page++) {
            JsonNode json = as("cn.officer")
                    .get("/api/v1/tasks?size=10&page=" + page + "&person=" + q("诸葛"))
                    .json();
            assertThat(json.get("total").asLong()).isEqualTo(25);
            assertThat(json.get("items")).hasSize(page < 2 ? 10 : 5);
            json.get("items").forEach(item -> seen.add(item.get("id").asText()));
        }
        assertThat(seen).as("pages neither overlap nor skip").hasSize(25);
        assertThat(total("cn.officer", "person=" + q("诸葛亮"))).isEqualTo(23);
        assertThat(total("cn.officer", "person=" + q("zhuge liang") + "&overdue=true"))
                .isZero();

        List<String> first = List.copyOf(seen).subList(0, 2);
        first.forEach(id -> assertThat(as("cn.officer")
                        .post("/api/v1/tasks/" + id + "/claim", Map.of())
                        .status())
                .isEqualTo(204));
        assertThat(ids("cn.officer", "assignment=MINE&person=" + q("诸葛"))).containsExactlyInAnyOrderElementsOf(first);
        assertThat(total("cn.officer", "assignment=UNCLAIMED&person=" + q("诸葛")))
                .isEqualTo(23);
    }

    @Test
    void theTaskListPageShowsWhatTheApiLists() throws Exception {
        List<PersonInput> persons = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            persons.add(aDetainee("慕容复", "MURONG Fu", BORN.plusDays(i)));
        }
        anOperation(persons.toArray(PersonInput[]::new));
        List<String> api = new ArrayList<>();
        as("cn.officer")
                .get("/api/v1/tasks?size=25&person=" + q("murong fu"))
                .json()
                .get("items")
                .forEach(item -> api.add(item.get("id").asText()));

        String page = page("/tasks?person=" + q("慕容复"), 200);
        assertThat(linkedTaskIds(page)).containsExactlyElementsOf(api);
        assertThat(page)
                .contains("All (30)")
                .contains("Unclaimed (30)")
                .contains("Overdue (0)")
                .contains("Showing 25 of 30 task(s)")
                .contains("value=\"慕容复\"");
        assertThat(page)
                .as("each row names its person in both scripts")
                .contains("<span class=\"name-latin\">MURONG Fu</span>")
                .contains("<span class=\"name-original\">慕容复</span>");
        assertThat(linkedTaskIds(page("/tasks?page=1&person=" + q("MURONG FU"), 200)))
                .hasSize(5)
                .doesNotContainAnyElementsOf(api);
    }

    @Test
    void refusesTextThatIsNoNameWith422() throws Exception {
        Map<String, String> bad = new HashMap<>();
        bad.put("x".repeat(201), "Size");
        bad.put("张\u0007伟", "ControlCharacter");
        bad.put("Zhang\u202EWei", "InvisibleCharacter");
        bad.put("--- ...", "Letter");
        bad.put("%", "Letter");
        for (Map.Entry<String, String> name : bad.entrySet()) {
            TestApi.Response response = as("cn.officer").get("/api/v1/tasks?person=" + q(name.getKey()));
            assertThat(response.status()).as(name.getValue()).isEqualTo(422);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("errors").get(0).get("field").asText())
                    .isEqualTo("person");
            assertThat(response.json().get("errors").get(0).get("rule").asText())
                    .isEqualTo(name.getValue());
        }
        String page = page("/tasks?person=" + q("Zhang\u202EWei"), 422);
        assertThat(page)
                .contains("id=\"person-error\"")
                .contains("The name may not contain invisible or control characters.")
                .contains("aria-invalid=\"true\"");
        assertThat(page("/tasks?person=" + q("x".repeat(201)), 422)).contains("at most 200 characters");
        assertThat(page("/tasks?person=" + q("张\u0007伟"), 422)).contains("may not contain control characters");
    }

    /** Opens an operation of the seed's states (Myanmar holds, China receives) with the persons. */
    private String anOperation(PersonInput... persons) {
        return RepatriationFixtures.open(
                withToken("demo-mm-mpf"), theSeedOperation("Search " + persons[0].nameLatin(), List.of(persons)));
    }

    /** The verification task of the operation's person of that Latin name (read from Comity's table). */
    private String verificationOf(String operationId, String nameLatin) {
        String instance = jdbc.sql("SELECT process_instance_id FROM repatriation_person WHERE operation_id = ?"
                        + " AND name_latin = ?")
                .params(java.util.UUID.fromString(operationId), nameLatin)
                .query(String.class)
                .single();
        return tasks.createTaskQuery()
                .processInstanceId(instance)
                .taskDefinitionKey(RepatriationModel.TASK_VERIFY_NATIONALITY)
                .singleResult()
                .getId();
    }

    private List<String> ids(String user, String query) {
        List<String> ids = new ArrayList<>();
        TestApi.Response response = as(user).get("/api/v1/tasks?size=100&" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        response.json().get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private long total(String user, String query) {
        return as(user).get("/api/v1/tasks?" + query).json().get("total").asLong();
    }

    private String page(String path, int status) throws Exception {
        MvcResult result = mvc.perform(get(path).with(user(people.loadUserByUsername("cn.officer"))))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The tasks a page links to (a task's link carries the list's filters after its id). */
    private static List<String> linkedTaskIds(String html) {
        List<String> ids = new ArrayList<>();
        Matcher link = Pattern.compile("href=\"/tasks/([0-9a-f-]{36})[?\"]").matcher(html);
        while (link.find()) {
            ids.add(link.group(1));
        }
        return ids;
    }

    /** The text as a query value: the HTTP clients (RestClient, MockMvc) encode it themselves. */
    private static String q(String text) {
        return text;
    }
}
