package org.comity.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.comity.web.casefile.CaseFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The case page and the task list read deadlines against the same clock, the engine's: moving the
 * engine clock past a task's due date turns it overdue on both at once.
 */
class CaseDeadlinesClockIT extends WebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetTheEngineClock() {
        TestClock.resetEngineClock();
    }

    @Test
    void turnsADeadlineOverdueOnTheCasePageWhenTheEngineClockPassesIt() throws Exception {
        Instant due = TestClock.now().plus(Duration.ofDays(2));
        String caseId = CaseFixtures.aCaseFile(jdbc, startCase("CN", due), "CN", "MM");
        try {
            String before = deadlines(caseId);
            assertThat(before).doesNotContain("class=\"overdue\"").contains("1 day(s) 23 h left");
            assertThat(listedAsOverdue(caseId)).isFalse();

            ClockUtil.setCurrentTime(Date.from(due.plus(Duration.ofDays(1)).plusSeconds(60)));

            String after = deadlines(caseId);
            assertThat(after).contains("<tr class=\"overdue\">").contains("overdue by 1 day(s)");
            assertThat(listedAsOverdue(caseId)).as("the task list agrees").isTrue();
        } finally {
            TestClock.resetEngineClock();
            runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(caseId)
                    .list()
                    .forEach(p -> runtime.deleteProcessInstance(p.getId(), "end of a clock test"));
        }
    }

    private String deadlines(String caseId) throws Exception {
        String html = mvc.perform(get("/cases/" + caseId).with(user(people.loadUserByUsername("cn.officer"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return CasePagesIT.section(html, "deadlines");
    }

    private boolean listedAsOverdue(String caseId) {
        JsonNode items =
                as("cn.officer").get("/api/v1/tasks?caseId=" + caseId).json().get("items");
        assertThat(items).hasSize(1);
        return items.get(0).get("overdue").asBoolean();
    }
}
