package org.comity.web.task;

import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.comity.web.TestClock;
import org.comity.web.postgres.PostgresWebIT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** {@link TaskRaces} on PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskRacesPostgresIT extends PostgresWebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    TaskRaces races;

    @BeforeAll
    void races() {
        races = new TaskRaces(this::as, this::newTask, mvc, people);
    }

    @AfterAll
    void stop() {
        races.close();
    }

    @Test
    void twoApiCompletionsGiveOne204AndOne409() throws Exception {
        races.twoApiCompletionsGiveOne204AndOne409();
    }

    @Test
    void aFormReadRacingACompletionIsAnsweredOr409() throws Exception {
        races.aFormReadRacingACompletionIsAnsweredOr409();
    }

    @Test
    void aClaimRacingACompletionIsDoneOr409() throws Exception {
        races.aClaimRacingACompletionIsDoneOr409();
    }

    @Test
    void twoTasklistCompletionsGiveOneRedirectAndOneConflictPage() throws Exception {
        races.twoTasklistCompletionsGiveOneRedirectAndOneConflictPage();
    }

    /** A China officer's decision task of the test process, as {@code WebIT#startCase} opens one on H2. */
    private String newTask() {
        String caseId = UUID.randomUUID().toString();
        runtime.startProcessInstanceByKey(
                "PlatformTestProcess",
                caseId,
                Map.of("jurisdiction", "CN", "due", Date.from(TestClock.now().plusSeconds(86_400))));
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(caseId)
                .taskDefinitionKey(TaskApiIT.DECISION)
                .singleResult()
                .getId();
    }
}
