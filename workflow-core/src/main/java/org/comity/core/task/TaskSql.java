package org.comity.core.task;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.comity.core.identity.Actor;

/**
 * A {@link TaskFilter} as SQL over Camunda's runtime tables and Comity's person tables, with every
 * value a bound parameter. Camunda's task query cannot join Comity's tables, so a search by a
 * person's name would have to pass thousands of ids through it; here the ids never leave the
 * database: the person tables give the process instances (a repatriated person's own process) or
 * the business keys (an extradition case) whose tasks are wanted. The same SQL also counts the quick
 * filters in one pass and picks the ids of a bulk completion.
 *
 * <p>The semantics are those of {@code createTaskQuery().taskCandidateGroup(group)
 * .includeAssignedTasks().active()} (candidate group, claimed or not, not suspended); "overdue" is
 * {@link TaskView#overdue()}: a due date before now.
 */
final class TaskSql {

    static final String FROM = " FROM ACT_RU_TASK T WHERE T.SUSPENSION_STATE_ = 1";

    // one IN over a UNION: PostgreSQL then starts from the few matching persons (an OR of two INs
    // made it test all 50,000 tasks against both); a text block drops its leading space, hence " "
    private static final String PERSON = " " + """
             AND T.PROC_INST_ID_ IN (
                SELECT P.process_instance_id FROM repatriation_person P
                    JOIN repatriation_operation O ON O.id = P.operation_id
                    WHERE (P.name_key_original LIKE ? ESCAPE '!' OR P.name_key_latin LIKE ? ESCAPE '!')
                    AND (O.holding_state = ? OR O.receiving_state = ?)
                UNION ALL
                SELECT E.PROC_INST_ID_ FROM ACT_RU_EXECUTION E
                    WHERE E.BUSINESS_KEY_ IN (SELECT CAST(S.case_id AS VARCHAR(36)) FROM extradition_subject_name S
                        JOIN comity_case C ON C.id = S.case_id
                        WHERE (S.name_key_original LIKE ? ESCAPE '!' OR S.name_key_latin LIKE ? ESCAPE '!')
                        AND (C.requesting_jurisdiction = ? OR C.requested_jurisdiction = ?)))""";

    private final StringBuilder where = new StringBuilder(FROM);
    private final List<Object> params = new ArrayList<>();
    private final Timestamp now;

    private TaskSql(Instant now) {
        this.now = Timestamp.from(now);
    }

    /** The condition of the actor's tasks in their group under the filter, at the engine's time {@code now}. */
    static TaskSql of(Actor actor, String group, TaskFilter filter, Instant now) {
        TaskSql sql = new TaskSql(now);
        sql.and(" AND EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK L WHERE L.TASK_ID_ = T.ID_ AND L.TYPE_ = ?"
                + " AND L.GROUP_ID_ = ?)", IdentityLinkType.CANDIDATE, group);
        if (filter.caseId() != null) {
            // the case's id or its reference as officers know it (EXT-CN-2026-000042, any case): an
            // uncorrelated scalar subquery, evaluated once, so the business key's index still serves
            sql.and(" AND T.PROC_INST_ID_ IN (SELECT E.PROC_INST_ID_ FROM ACT_RU_EXECUTION E"
                    + " WHERE E.BUSINESS_KEY_ = COALESCE((SELECT CAST(C.id AS VARCHAR(36)) FROM comity_case C"
                    + " WHERE C.reference = ?), ?))", filter.caseId().toUpperCase(java.util.Locale.ROOT), filter.caseId());
        }
        if (filter.taskKey() != null) {
            sql.and(" AND T.TASK_DEF_KEY_ = ?", filter.taskKey());
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            sql.and(" AND T.DUE_DATE_ < ?", sql.now);
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            sql.and(" AND (T.DUE_DATE_ IS NULL OR T.DUE_DATE_ >= ?)", sql.now);
        }
        if (filter.dueWithinDays() != null) {
            sql.and(" AND T.DUE_DATE_ < ?", Timestamp.from(now.plus(Duration.ofDays(filter.dueWithinDays()))));
        }
        switch (filter.assignment()) {
            case MINE -> sql.and(" AND T.ASSIGNEE_ = ?", actor.id());
            case UNCLAIMED -> sql.and(" AND T.ASSIGNEE_ IS NULL");
            case ANY -> {
            }
        }
        if (filter.person() != null) {
            PersonSearch.Patterns names = PersonSearch.patterns(filter.person());
            String state = actor.jurisdiction();
            sql.and(PERSON, names.original(), names.latin(), state, state, names.original(), names.latin(), state,
                    state);
        }
        return sql;
    }

    /** How many tasks match. */
    String count() {
        return "SELECT COUNT(*)" + where;
    }

    /**
     * How many match and, among them, how many the actor holds, nobody holds, and are overdue: the
     * counts beside the quick filters, in one pass over the tasks.
     */
    String counts() {
        return "SELECT COUNT(*), COALESCE(SUM(CASE WHEN T.ASSIGNEE_ = ? THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN T.ASSIGNEE_ IS NULL THEN 1 ELSE 0 END), 0),"
                + " COALESCE(SUM(CASE WHEN T.DUE_DATE_ < ? THEN 1 ELSE 0 END), 0)" + where;
    }

    List<Object> countsParams(Actor actor) {
        List<Object> all = new ArrayList<>(List.of(actor.id(), now));
        all.addAll(params);
        return all;
    }

    /** The ids of one page in the sort's order; ties end on the id so that pages never overlap. */
    String ids(TaskSort sort) {
        return "SELECT T.ID_" + where + " ORDER BY " + sort.orderBy() + " LIMIT ? OFFSET ?";
    }

    List<Object> params() {
        return List.copyOf(params);
    }

    List<Object> params(Object... more) {
        List<Object> all = new ArrayList<>(params);
        all.addAll(List.of(more));
        return all;
    }

    private void and(String condition, Object... values) {
        where.append(condition);
        params.addAll(List.of(values));
    }
}
