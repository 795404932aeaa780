package org.comity.web.task;

import static org.assertj.core.api.Assertions.assertThat;

import org.comity.web.WebIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every task completion looks for the task's sub-tasks by {@code PARENT_TASK_ID_}; Camunda's schema
 * has no index for it, so without Comity's ({@code EngineIndexes}) the database reads every open task
 * per completion (issue #16). H2 must plan the engine's statement along that index.
 */
class EngineIndexesIT extends WebIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theEnginesLookupOfSubTasksReadsAnIndexNotEveryOpenTask() {
        startCase("CN");
        String plan = jdbc.sql("EXPLAIN SELECT * FROM ACT_RU_TASK WHERE PARENT_TASK_ID_ = ?")
                .param("some-task")
                .query(String.class)
                .single();
        assertThat(plan).as(plan).contains("COMITY_IDX_TASK_PARENT").doesNotContain("tableScan");
    }
}
