package org.comity.core.task;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.comity.core.identity.Actor;

/**
 * A {@link TaskFilter} as SQL over the task list's read model ({@code task_item}, see {@link TaskItems})
 * and the features' person tables ({@link PersonProcesses}), with every value a bound parameter. Each criterion is a range of one of
 * the read model's indexes (group, then kind, assignee or due order), so a page and its counts cost
 * the same whatever the number of open tasks. Camunda's task query cannot join Comity's tables, so a
 * search by a person's name would have to pass thousands of ids through it; here the ids never leave
 * the database: the person tables give the process instances (a repatriated person's own process) or
 * the business keys (an extradition case) whose tasks are wanted. The same SQL also counts the quick
 * filters and picks the ids of a bulk completion.
 *
 * <p>The semantics are those of {@code createTaskQuery().taskCandidateGroup(group)
 * .includeAssignedTasks()} (candidate group, claimed or not); "overdue" is {@link TaskView#overdue()}:
 * a due date before now (an undated task's {@code due_order} is 9999-12-31, never before now).
 */
final class TaskSql {

    static final String FROM = " FROM task_item T WHERE T.candidate_group = ?";

    /**
     * Up to this many persons' processes found first are listed in the task query as values (each an
     * index lookup), instead of the query repeating the search for every task and in each of the
     * page's statements: on H2 that made a name search at 10,000 open tasks take 91 ms of SQL. A search
     * finding more (a bare family name over a large operation) keeps the subquery.
     */
    static final int MAX_LISTED_PROCESSES = 1_000;

    private final StringBuilder where = new StringBuilder(FROM);
    private final List<Object> params = new ArrayList<>();
    private final Timestamp now;
    private final String nameKey;

    private TaskSql(Instant now, String group, String nameKey) {
        this.now = Timestamp.from(now);
        this.nameKey = nameKey;
        params.add(group);
    }

    /** The condition of the actor's tasks in their group under the filter, at the engine's time {@code now}. */
    static TaskSql of(Actor actor, String group, TaskFilter filter, Instant now, PersonProcessSql persons) {
        return of(actor, group, filter, now, persons, null);
    }

    /**
     * As {@link #of(Actor, String, TaskFilter, Instant, PersonProcessSql)}, with the processes of the
     * searched persons found beforehand ({@link PersonProcessSql#byName()}, at most
     * {@value #MAX_LISTED_PROCESSES} + 1 of them; null to search within the query).
     */
    static TaskSql of(
            Actor actor,
            String group,
            TaskFilter filter,
            Instant now,
            PersonProcessSql persons,
            List<String> personProcesses) {
        TaskSql sql = new TaskSql(now, group, persons.nameKey());
        if (filter.caseId() != null) {
            // the case's id or its reference as officers know it (EXT-CN-2026-000042, any case): an
            // uncorrelated scalar subquery, evaluated once, so the business key's index still serves
            sql.and(
                    " AND T.process_instance_id IN (SELECT E.PROC_INST_ID_ FROM ACT_RU_EXECUTION E"
                            + " WHERE E.BUSINESS_KEY_ = COALESCE((SELECT CAST(C.id AS VARCHAR(36)) FROM comity_case C"
                            + " WHERE C.reference = ?), ?))",
                    filter.caseId().toUpperCase(java.util.Locale.ROOT),
                    filter.caseId());
        }
        if (filter.taskKey() != null) {
            sql.and(" AND T.task_key = ?", filter.taskKey());
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            sql.and(" AND T.due_order < ?", sql.now);
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            sql.and(" AND T.due_order >= ?", sql.now);
        }
        if (filter.dueWithinDays() != null) {
            sql.and(" AND T.due_order < ?", Timestamp.from(now.plus(Duration.ofDays(filter.dueWithinDays()))));
        }
        switch (filter.assignment()) {
            case MINE -> sql.and(" AND T.assignee = ?", actor.id());
            case UNCLAIMED -> sql.and(" AND T.assignee IS NULL");
            case ANY -> {}
        }
        if (filter.person() != null) {
            if (personProcesses != null && personProcesses.size() <= MAX_LISTED_PROCESSES) {
                sql.and(
                        personProcesses.isEmpty()
                                ? " AND 1 = 0"
                                : " AND T.process_instance_id IN ("
                                        + String.join(", ", java.util.Collections.nCopies(personProcesses.size(), "?"))
                                        + ")",
                        personProcesses.toArray());
            } else {
                sql.and(
                        " AND T.process_instance_id IN (" + persons.byName() + ")",
                        persons.byNameParams(actor, filter.person()));
            }
        }
        return sql;
    }

    /** How many tasks match. */
    String count() {
        return "SELECT COUNT(*)" + where;
    }

    /**
     * How many match and, among them, how many the actor holds, nobody holds, and are overdue: the
     * counts beside the quick filters, in one statement of four counts, each a range of one index
     * (not one pass testing every open task against all four conditions).
     */
    String counts() {
        return "SELECT (SELECT COUNT(*)" + where + "), (SELECT COUNT(*)" + where + " AND T.assignee = ?),"
                + " (SELECT COUNT(*)" + where + " AND T.assignee IS NULL), (SELECT COUNT(*)" + where
                + " AND T.due_order < ?)";
    }

    List<Object> countsParams(Actor actor) {
        List<Object> all = new ArrayList<>(params);
        all.addAll(params);
        all.add(actor.id());
        all.addAll(params);
        all.addAll(params);
        all.add(now);
        return all;
    }

    /** The ids of one page in the sort's order; ties end on the id so that pages never overlap. */
    String ids(TaskSort sort) {
        return "SELECT T.task_id" + where + " ORDER BY " + sort.orderBy(nameKey) + " LIMIT ? OFFSET ?";
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
