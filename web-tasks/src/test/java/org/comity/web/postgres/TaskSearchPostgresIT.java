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
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.comity.core.extradition.intake.ExtraditionSubjectNames;
import org.comity.web.TestApi;
import org.comity.web.extradition.ExtraditionRequestBodies;
import org.comity.web.repatriation.RepatriationFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The search by a person's name on PostgreSQL (the same context as {@link PostgresIT}): the
 * pattern indexes of V9_1, the join of an extradition subject's names to the engine's business key,
 * paging, and the migration that indexes requests stored before V9.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles({"demo", "postgres"})
class TaskSearchPostgresIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedPostgresServer.use(registry, "postgres");
    }

    @LocalServerPort
    int port;

    @Autowired
    ManagementService management;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void findsRepatriatedPersonsByHanziAndPinyinAndPagesThem() {
        List<org.comity.core.repatriation.PersonInput> persons = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            persons.add(aDetainee("欧阳锋", "OUYANG Feng", LocalDate.of(1970, 2, 1).plusDays(i)));
        }
        persons.add(aDetainee("西门吹雪", "XIMEN Chuixue", LocalDate.of(1970, 2, 1)));
        RepatriationFixtures.open(TestApi.withToken(port, "demo-mm-mpf"), theSeedOperation("PG search", persons));

        TestApi officer = TestApi.as(port, "cn.officer", "demo");
        assertThat(officer.get("/api/v1/tasks?person=欧阳锋").json().get("total").asLong()).isEqualTo(3);
        assertThat(officer.get("/api/v1/tasks?person=OuYang FENG").json().get("total").asLong()).isEqualTo(3);
        assertThat(officer.get("/api/v1/tasks?person=ximen").json().get("total").asLong()).isEqualTo(1);
        Set<String> seen = new LinkedHashSet<>();
        for (int page = 0; page < 2; page++) {
            officer.get("/api/v1/tasks?size=2&page=" + page + "&person=ouyang").json().get("items")
                    .forEach(item -> seen.add(item.get("id").asText()));
        }
        assertThat(seen).hasSize(3);
        assertThat(TestApi.as(port, "mm.officer", "demo").get("/api/v1/tasks?person=欧阳锋").json().get("total")
                .asLong()).isZero();
    }

    @Test
    void findsAnExtraditionSubjectAlsoWhenIndexedByTheMigration() {
        Map<String, Object> request = ExtraditionRequestBodies.aRequestFromChinaForAChineseNationalInMyanmar();
        request.put("person", Map.of("nameInOriginalScript", "南宫问天", "nameInLatinScript", "NANGONG Wentian",
                "aliases", List.of("Nangong Tian"), "sex", "MALE", "dateOfBirth", "1979-11-30",
                "nationalities", List.of("CN"), "identityDocuments", List.of()));
        TestApi.Response created = TestApi.withToken(port, "demo-cn-mps").post("/api/v1/extraditions", request);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String caseId = created.json().get("id").asText();
        RepatriationFixtures.runJobs(management);
        String review = tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult().getId();
        TestApi supervisor = TestApi.as(port, "cn.supervisor", "demo");
        assertThat(ids(supervisor, "南宫问天")).containsExactly(review);
        assertThat(ids(supervisor, "nangong tian")).containsExactly(review);

        jdbc.sql("DELETE FROM extradition_subject_name WHERE case_id = ?").param(UUID.fromString(caseId)).update();
        assertThat(ids(supervisor, "南宫问天")).isEmpty();
        ExtraditionSubjectNames.indexStoredRequests(new JdbcTemplate(dataSource));
        assertThat(ids(supervisor, "Nangong Wentian")).containsExactly(review);
        assertThat(ids(supervisor, "nangong tian")).containsExactly(review);
    }

    private static List<String> ids(TestApi caller, String name) {
        List<String> ids = new ArrayList<>();
        caller.get("/api/v1/tasks?person=" + name).json().get("items").forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }
}
