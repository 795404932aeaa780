package org.comity.web.task;

import org.comity.web.WebIT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** {@link TaskRaces} on the default H2 database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskRacesIT extends WebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    TaskRaces races;

    @BeforeAll
    void races() {
        races = new TaskRaces(this::as, () -> openTask(startCase("CN"), TaskApiIT.DECISION), mvc, people);
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
}
