package org.comity.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.repatriation.RepatriationModel.TASK_PROVIDE_IDENTITY_INFORMATION;
import static org.comity.core.repatriation.RepatriationModel.TASK_VERIFY_NATIONALITY;
import static org.comity.web.repatriation.RepatriationFixtures.theSeedOperation;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.archive.DocumentArchive;
import org.comity.core.repatriation.request.PersonInput;
import org.comity.web.CaseScenario;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.comity.web.demo.DemoOperationGenerator;
import org.comity.web.extradition.ExtraditionRequestBodies;
import org.comity.web.repatriation.RepatriationFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Tasks about a person say who it is and when it is due: the verification SLA is the task's due date
 * (so Overdue and the due-date order work once the engine clock passes it), the task list names each
 * task's person in both scripts to the officers of that task's group only, logging the read, and the
 * task page shows the person's facts and the earlier answers on them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskSubjectsIT extends WebIT {

    private static final LocalDate BORN = LocalDate.of(1991, 3, 4);

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.camunda.bpm.engine.ManagementService management;

    @Autowired
    List<org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin> plugins;

    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;

    @Autowired
    DocumentArchive archive;

    @AfterEach
    void resetTheEngineClock() {
        TestClock.resetEngineClock();
    }

    @AfterAll
    void endTheOperations() {
        RepatriationFixtures.deleteRepatriationProcesses(runtime);
    }

    @Test
    void aVerificationIsDueWhenItsSlaEndsAndOverdueOnceTheEngineClockPassesIt() throws Exception {
        Instant opened = TestClock.now();
        String operation = anOperation(person("司马懿", "SIMA Yi", "P1111111"), person("司马昭", "SIMA Zhao", null));
        List<String> ids = RepatriationFixtures.taskIds(as("cn.officer"), operation, TASK_VERIFY_NATIONALITY);
        assertThat(ids).hasSize(2);
        for (String id : ids) {
            Task task = tasks.createTaskQuery().taskId(id).singleResult();
            assertThat(task.getDueDate().toInstant())
                    .as("created + P15D")
                    .isBetween(
                            opened.plus(Duration.ofDays(15)).minusSeconds(5),
                            TestClock.now().plus(Duration.ofDays(15)));
            assertThat(task.getDueDate())
                    .as("the SLA timer's own date, computed in the same command")
                    .isCloseTo(
                            management
                                    .createJobQuery()
                                    .processInstanceId(task.getProcessInstanceId())
                                    .timers()
                                    .singleResult()
                                    .getDuedate(),
                            1_000);
        }
        assertThat(overdue(operation)).isEmpty();
        assertThat(page("cn.officer", "/tasks?caseId=" + operation))
                .contains("Overdue (0)")
                .doesNotContain("no due date");

        ClockUtil.setCurrentTime(
                Date.from(TestClock.now().plus(Duration.ofDays(15)).plusSeconds(60)));
        assertThat(overdue(operation)).containsExactlyInAnyOrderElementsOf(ids);
        String list = page("cn.officer", "/tasks?overdue=true&caseId=" + operation);
        assertThat(list)
                .contains("Overdue (2)")
                .contains("SIMA Yi")
                .contains("SIMA Zhao")
                .contains("overdue by 0 day(s)");
        ClockUtil.setCurrentTime(Date.from(TestClock.now().plus(Duration.ofDays(13))));
        assertThat(as("cn.officer")
                        .get("/api/v1/tasks?dueWithinDays=1&caseId=" + operation)
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(as("cn.officer")
                        .get("/api/v1/tasks?dueWithinDays=3&caseId=" + operation)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(2);
        assertThat(page("cn.officer", "/tasks?dueWithinDays=3&caseId=" + operation))
                .contains("SIMA Yi")
                .contains("Showing 2 of 2 task(s)");
    }

    @Test
    void givesATaskCreatedWithoutADueDateThatOfItsTimerAtStartUp() {
        String operation = anOperation(person("慕容博", "MURONG Bo", null));
        String id = RepatriationFixtures.taskIds(as("cn.officer"), operation, TASK_VERIFY_NATIONALITY)
                .get(0);
        Date due = tasks.createTaskQuery().taskId(id).singleResult().getDueDate();
        jdbc.sql("UPDATE ACT_RU_TASK SET DUE_DATE_ = NULL WHERE ID_ = ?")
                .param(id)
                .update();
        assertThat(tasks.createTaskQuery().taskId(id).singleResult().getDueDate())
                .isNull();

        plugins.stream()
                .filter(p -> p.getClass().getSimpleName().equals("TaskDueDates"))
                .findFirst()
                .orElseThrow()
                .postProcessEngineBuild(engine);
        assertThat(tasks.createTaskQuery().taskId(id).singleResult().getDueDate())
                .as("the SLA timer's date")
                .isCloseTo(due, 1_000)
                .isEqualTo(management
                        .createJobQuery()
                        .processInstanceId(tasks.createTaskQuery()
                                .taskId(id)
                                .singleResult()
                                .getProcessInstanceId())
                        .timers()
                        .singleResult()
                        .getDuedate());
    }

    @Test
    void sortsByDueDateAndByThePersonsName() throws Exception {
        ClockUtil.setCurrentTime(Date.from(TestClock.now().minus(Duration.ofDays(3))));
        String earlier = anOperation(person("宇文护", "YUWEN Hu", null));
        TestClock.resetEngineClock();
        String later = anOperation(person("宇文邕", "YUWEN Yong", null), person("宇文泰", "YUWEN Tai", null));

        List<String> byDue = caseIdsListed("/api/v1/tasks?size=100&sort=DUE&person=" + "宇文");
        assertThat(byDue).as("opened three days earlier, so due first").containsExactly(earlier, later, later);

        assertThat(caseIdsListed("/api/v1/tasks?sort=CREATED&person=" + "宇文")).containsExactly(later, later, earlier);
        String page = page("cn.officer", "/tasks?sort=NAME&person=YUWEN");
        assertThat(page.indexOf("YUWEN Hu")).isLessThan(page.indexOf("YUWEN Tai"));
        assertThat(page.indexOf("YUWEN Tai")).isLessThan(page.indexOf("YUWEN Yong"));
    }

    @Test
    void sortsByTheNameOfEachTasksSubjectWhateverTheProcedure() throws Exception {
        String operation = anOperation(person("赫连勃", "HELIAN Bo", null), person("赫连定", "HELIAN Ding", null));
        CaseScenario scenario = new CaseScenario(port, runtime, management, archive);
        CaseScenario.Submitted extradition = scenario.submit(
                "/api/v1/extraditions",
                "demo-cn-mps",
                "sort-" + UUID.randomUUID(),
                ExtraditionRequestBodies.aRequestFromChinaFor("赫连昌", "HELIAN Chang", "1984-02-11"));
        assertThat(extradition.status()).as(extradition.json().toString()).isEqualTo(201);
        scenario.runJobs(extradition.caseId());
        scenario.completeOk(
                "cn.supervisor",
                extradition.caseId(),
                "Task_ReviewRequest",
                Map.of("reviewDecision", "RETURN", "reasons", "The date of birth needs a source"));

        String page = page("cn.officer", "/tasks?sort=NAME&person=HELIAN");
        assertThat(page)
                .as("the extradition subject is listed beside the repatriated persons")
                .contains("HELIAN Bo")
                .contains("HELIAN Chang")
                .contains("HELIAN Ding");
        assertThat(page.indexOf("HELIAN Bo")).isLessThan(page.indexOf("HELIAN Chang"));
        assertThat(page.indexOf("HELIAN Chang"))
                .as("sorted by its person, not after every person's task")
                .isLessThan(page.indexOf("HELIAN Ding"));
        assertThat(caseIdsListed("/api/v1/tasks?size=100&sort=NAME&person=HELIAN"))
                .containsExactly(operation, extradition.caseId(), operation);
    }

    @Test
    void listsEachTasksPersonToItsGroupOnlyAndLogsWhoWasShown() throws Exception {
        String operation = anOperation(person("诸葛恪", "ZHUGE Ke", null), person("诸葛瞻", "ZHUGE Zhan", null));
        String list = page("cn.officer", "/tasks?caseId=" + operation);
        assertThat(list)
                .contains("<th scope=\"col\">Person</th>")
                .contains("<span class=\"name-original\">诸葛恪</span> <span class=\"name-latin\">ZHUGE Ke</span>")
                .contains("<span class=\"name-original\">诸葛瞻</span> <span class=\"name-latin\">ZHUGE Zhan</span>");
        List<String> persons = personIds(operation);
        assertThat(jdbc.sql("SELECT object_id FROM audit_log WHERE action = 'task.list' AND category = 'CONSULTATION'"
                                + " AND object_type = 'PERSON' AND actor_id = 'cn.officer' AND case_id = ?")
                        .param(UUID.fromString(operation))
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrderElementsOf(persons);

        String chinese = page("cn.officer", "/tasks?lang=zh&caseId=" + operation);
        assertThat(chinese).contains("<th scope=\"col\">人员</th>").contains("诸葛恪");
        assertThat(page("mm.officer", "/tasks?person=ZHUGE"))
                .doesNotContain("ZHUGE Ke")
                .doesNotContain("诸葛恪");
    }

    @Test
    void theTaskPageShowsThePersonsFactsAndTheEarlierAnswers() throws Exception {
        String operation = anOperation(person("欧阳修", "OUYANG Xiu", "E7654321"));
        String verification = RepatriationFixtures.taskIds(as("cn.officer"), operation, TASK_VERIFY_NATIONALITY)
                .get(0);
        String page = page("cn.officer", "/tasks/" + verification);
        assertThat(page)
                .contains("The person")
                .contains("欧阳修")
                .contains("OUYANG Xiu")
                .contains("1991-03-04")
                .contains("Male")
                .contains("CN · People&#39;s Republic of China")
                .contains("Suspect")
                .contains(DemoOperationGenerator.callCentres().get(0))
                .contains("Passport E7654321");
        String personId = personIds(operation).get(0);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'task.subject' AND object_id = ?")
                        .param(personId)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(page("cn.officer", "/tasks/" + verification + "?lang=zh"))
                .as("the nationality by the state's configured name in the reader's language")
                .contains("CN · 中华人民共和国");

        assertThat(as("cn.officer")
                        .post(
                                "/api/v1/tasks/" + verification + "/complete",
                                Map.of(
                                        "nationalityVerification",
                                        "MORE_INFORMATION_NEEDED",
                                        "remarks",
                                        "Hukou record of Jiangxi needed"))
                        .status())
                .isEqualTo(204);
        String provide = RepatriationFixtures.taskIds(as("mm.officer"), operation, TASK_PROVIDE_IDENTITY_INFORMATION)
                .get(0);
        String holding = page("mm.officer", "/tasks/" + provide);
        assertThat(holding)
                .contains("OUYANG Xiu")
                .contains("Earlier answers on this person")
                .contains("Verify nationality, ")
                .contains(", by cn.officer")
                .contains(
                        "Result of the verification: More information needed; Remarks: Hukou record of Jiangxi needed");
        assertThat(page("mm.officer", "/tasks?lang=zh&caseId=" + operation)).contains("欧阳修");
    }

    private String anOperation(PersonInput... persons) {
        return RepatriationFixtures.open(
                withToken("demo-mm-mpf"), theSeedOperation("Subjects " + persons[0].nameLatin(), List.of(persons)));
    }

    private static PersonInput person(String original, String latin, String passport) {
        List<PersonInput.DocumentInput> documents = passport == null
                ? List.of()
                : List.of(new PersonInput.DocumentInput("PASSPORT", passport, "2031-01-01"));
        return new PersonInput(
                original,
                latin,
                "MALE",
                BORN.toString(),
                "CN",
                documents,
                DemoOperationGenerator.callCentres().get(0),
                "SUSPECT");
    }

    private List<String> overdue(String operation) {
        List<String> ids = new ArrayList<>();
        as("cn.officer")
                .get("/api/v1/tasks?overdue=true&caseId=" + operation)
                .json()
                .get("items")
                .forEach(t -> ids.add(t.get("id").asText()));
        return ids;
    }

    /** The case ids of the listed tasks, in order. */
    private List<String> caseIdsListed(String path) {
        List<String> cases = new ArrayList<>();
        JsonNode items = as("cn.officer").get(path).json().get("items");
        items.forEach(t -> cases.add(t.get("caseId").asText()));
        return cases;
    }

    private List<String> personIds(String operation) {
        return jdbc.sql(
                        "SELECT CAST(id AS VARCHAR(36)) FROM repatriation_person WHERE operation_id = ? ORDER BY created_at")
                .param(UUID.fromString(operation))
                .query(String.class)
                .list();
    }

    private String page(String who, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(user(people.loadUserByUsername(who))))
                .andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
