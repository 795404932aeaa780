package org.comity.core.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The activities the running process instances of one business key are in, as
 * {@code RuntimeService.getActiveActivityIds} reads them from the execution tree, in one query for
 * all instances. This is the one place Comity reads the engine's tables itself, because no query of
 * the engine's Java API serves it at an acceptable cost: {@code getActiveActivityIds} and
 * {@code getActivityInstance} take one instance each, and a joint operation has a process per person
 * (1,523 in the seed), which made its case view take seconds; {@code createExecutionQuery} does not
 * filter on, nor expose, an execution's activity and whether it is the active leaf;
 * {@code createHistoricActivityInstanceQuery} takes one instance id and lists scopes (sub-process,
 * multi-instance body) that the execution tree does not count as active.
 */
@Component
public class ActiveActivities {

    private final JdbcClient jdbc;

    ActiveActivities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Process instance id to the ids of the activities its active executions are in. */
    public Map<String, List<String>> ofBusinessKey(String businessKey) {
        Map<String, List<String>> active = new HashMap<>();
        jdbc.sql("""
                SELECT e.PROC_INST_ID_, e.ACT_ID_ FROM ACT_RU_EXECUTION e
                WHERE e.IS_ACTIVE_ = TRUE AND e.ACT_ID_ IS NOT NULL AND e.PROC_INST_ID_ IN (
                    SELECT p.ID_ FROM ACT_RU_EXECUTION p WHERE p.BUSINESS_KEY_ = ? AND p.ID_ = p.PROC_INST_ID_)
                ORDER BY e.PROC_INST_ID_, e.ID_""").param(businessKey).query(rs -> {
            active.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        return active;
    }
}
