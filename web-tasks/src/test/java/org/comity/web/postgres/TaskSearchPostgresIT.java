package org.comity.web.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.web.repatriation.RepatriationFixtures.aDetainee;
import static org.comity.web.repatriation.RepatriationFixtures.theSeedOperation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.comity.core.extradition.ExtraditionSubjectNames;
import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;
import org.comity.core.task.SubjectFacts;
import org.comity.core.task.TaskSubject;
import org.comity.core.task.TaskWork;
import org.comity.web.TestApi;
import org.comity.web.extradition.ExtraditionRequestBodies;
import org.comity.web.repatriation.RepatriationFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The search by a person's name on PostgreSQL ({@link PostgresWebIT}): the pattern indexes of V9_1,
 * the join of an extradition subject's names to the engine's business key, paging, and the migration
 * that indexes requests stored before V9. Each search is narrowed to the operation or case the test
 * opened, as the database is shared with the other PostgreSQL tests.
 */
class TaskSearchPostgresIT extends PostgresWebIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    TaskWork work;

    @Test
    void findsRepatriatedPersonsByHanziAndPinyinAndPagesThem() {
        List<org.comity.core.repatriation.request.PersonInput> persons = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            persons.add(aDetainee("欧阳锋", "OUYANG Feng", LocalDate.of(1970, 2, 1).plusDays(i)));
        }
        persons.add(aDetainee("西门吹雪", "XIMEN Chuixue", LocalDate.of(1970, 2, 1)));
        String operation = RepatriationFixtures.open(withToken("demo-mm-mpf"), theSeedOperation("PG search", persons));

        TestApi officer = as("cn.officer");
        String inOperation = "/api/v1/tasks?caseId=" + operation + "&person=";
        assertThat(officer.get(inOperation + "欧阳锋").json().get("total").asLong())
                .isEqualTo(3);
        assertThat(officer.get(inOperation + "OuYang FENG").json().get("total").asLong())
                .isEqualTo(3);
        assertThat(officer.get(inOperation + "ximen").json().get("total").asLong())
                .isEqualTo(1);
        Set<String> seen = new LinkedHashSet<>();
        for (int page = 0; page < 2; page++) {
            officer.get("/api/v1/tasks?size=2&page=" + page + "&caseId=" + operation + "&person=ouyang")
                    .json()
                    .get("items")
                    .forEach(item -> seen.add(item.get("id").asText()));
        }
        assertThat(seen).hasSize(3);
        assertThat(as("mm.officer").get(inOperation + "欧阳锋").json().get("total").asLong())
                .isZero();

        List<String> byName = new ArrayList<>();
        officer.get("/api/v1/tasks?sort=NAME&caseId=" + operation)
                .json()
                .get("items")
                .forEach(item -> byName.add(item.get("id").asText()));
        Actor china = Actor.person("cn.officer", Role.OFFICER, "CN");
        assertThat(byName).hasSize(4);
        Map<String, TaskSubject> subjects = work.subjectsOf(china, byName);
        assertThat(byName.stream().map(id -> subjects.get(id).nameLatin()).toList())
                .as("sorted by the person's name")
                .containsExactly("OUYANG Feng", "OUYANG Feng", "OUYANG Feng", "XIMEN Chuixue");
        SubjectFacts facts = work.subjectFacts(china, byName.get(3)).orElseThrow();
        assertThat(facts.subject().nameOriginal()).isEqualTo("西门吹雪");
        assertThat(facts.dateOfBirth()).isEqualTo(LocalDate.of(1970, 2, 1));
        assertThat(work.subjectsOf(Actor.person("mm.officer", Role.OFFICER, "MM"), byName))
                .isEmpty();
    }

    @Test
    void findsAnExtraditionSubjectAlsoWhenIndexedByTheMigration() {
        Map<String, Object> request = ExtraditionRequestBodies.aRequestFromChinaForAChineseNationalInMyanmar();
        request.put(
                "person",
                Map.of(
                        "nameInOriginalScript",
                        "南宫问天",
                        "nameInLatinScript",
                        "NANGONG Wentian",
                        "aliases",
                        List.of("Nangong Tian"),
                        "sex",
                        "MALE",
                        "dateOfBirth",
                        "1979-11-30",
                        "nationalities",
                        List.of("CN"),
                        "identityDocuments",
                        List.of()));
        TestApi.Response created = withToken("demo-cn-mps").post("/api/v1/extraditions", request);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String caseId = created.json().get("id").asText();
        RepatriationFixtures.runJobs(management);
        String review = tasks.createTaskQuery()
                .processInstanceBusinessKey(caseId)
                .singleResult()
                .getId();
        TestApi supervisor = as("cn.supervisor");
        assertThat(ids(supervisor, caseId, "南宫问天")).containsExactly(review);
        assertThat(ids(supervisor, caseId, "nangong tian")).containsExactly(review);

        jdbc.sql("DELETE FROM extradition_subject_name WHERE case_id = ?")
                .param(UUID.fromString(caseId))
                .update();
        assertThat(ids(supervisor, caseId, "南宫问天")).isEmpty();
        ExtraditionSubjectNames.indexStoredRequests(new JdbcTemplate(dataSource));
        assertThat(ids(supervisor, caseId, "Nangong Wentian")).containsExactly(review);
        assertThat(ids(supervisor, caseId, "nangong tian")).containsExactly(review);
    }

    @Test
    void sortsAMixedListByEachTasksPersonOnPostgresql() {
        String operation = RepatriationFixtures.open(
                withToken("demo-mm-mpf"),
                theSeedOperation(
                        "PG sort",
                        List.of(
                                aDetainee("公冶长", "GONGYE Chang", LocalDate.of(1971, 3, 1)),
                                aDetainee("公冶乾", "GONGYE Qian", LocalDate.of(1971, 3, 2)))));
        Map<String, Object> request = ExtraditionRequestBodies.aRequestFromChinaFor("公冶明", "GONGYE Ming", "1972-05-06");
        TestApi.Response created = withToken("demo-cn-mps").post("/api/v1/extraditions", request);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String caseId = created.json().get("id").asText();
        RepatriationFixtures.runJobs(management);
        String review = tasks.createTaskQuery()
                .processInstanceBusinessKey(caseId)
                .singleResult()
                .getId();
        assertThat(as("cn.supervisor")
                        .post(
                                "/api/v1/tasks/" + review + "/complete",
                                Map.of("reviewDecision", "RETURN", "reasons", "Sort test"))
                        .status())
                .isEqualTo(204);
        RepatriationFixtures.runJobs(management);

        List<String> cases = new ArrayList<>();
        as("cn.officer")
                .get("/api/v1/tasks?sort=NAME&person=GONGYE")
                .json()
                .get("items")
                .forEach(item -> cases.add(item.get("caseId").asText()));
        assertThat(cases)
                .as("Chang, Ming (the extradition's person), Qian")
                .containsExactly(operation, caseId, operation);
    }

    /** The caller's tasks of the case whose person's name starts with {@code name}. */
    private static List<String> ids(TestApi caller, String caseId, String name) {
        List<String> ids = new ArrayList<>();
        caller.get("/api/v1/tasks?caseId=" + caseId + "&person=" + name)
                .json()
                .get("items")
                .forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }
}
