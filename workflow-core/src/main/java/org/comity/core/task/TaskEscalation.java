package org.comity.core.task;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.TaskQuery;
import org.comity.core.engine.EngineClock;
import org.comity.core.failure.ForbiddenException;
import org.comity.core.identity.Actor;
import org.comity.core.identity.CandidateGroups;
import org.comity.core.identity.Role;
import org.comity.core.identity.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The supervisor's view of the officers' workload in their own state: per officer (and "nobody" for
 * unclaimed tasks) and per kind of task, how many are open, overdue, and due within so many days,
 * counted in one query at the engine's time (so that a test moving the engine clock sees tasks fall
 * overdue exactly when their timers would fire); and the tasks behind each count, to be assigned.
 * Only the officers' group of the supervisor's state is counted: the other state's work is none of
 * theirs (DESIGN.md §7), and their own group's tasks are in their own task list.
 */
@Service
public class TaskEscalation {

    /** The default horizon of "due soon", in days. */
    public static final int DEFAULT_DUE_WITHIN_DAYS = 3;

    private static final String COUNTS = """
            SELECT T.ASSIGNEE_, T.TASK_DEF_KEY_, COUNT(*),
                COALESCE(SUM(CASE WHEN T.DUE_DATE_ < ? THEN 1 ELSE 0 END), 0),
                COALESCE(SUM(CASE WHEN T.DUE_DATE_ < ? THEN 1 ELSE 0 END), 0)
            FROM ACT_RU_TASK T WHERE T.SUSPENSION_STATE_ = 1
            AND EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK L WHERE L.TASK_ID_ = T.ID_ AND L.TYPE_ = ? AND L.GROUP_ID_ = ?)
            GROUP BY T.ASSIGNEE_, T.TASK_DEF_KEY_""";

    private final JdbcClient jdbc;
    private final TaskService tasks;
    private final TaskViews views;
    private final UserAccounts accounts;

    TaskEscalation(JdbcClient jdbc, TaskService tasks, TaskViews views, UserAccounts accounts) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.views = views;
        this.accounts = accounts;
    }

    /** The counts per officer and kind, officers of the state without open tasks included with none. */
    public EscalationCounts counts(Actor supervisor, int dueWithinDays) {
        String group = officersGroup(supervisor);
        int days = bounded(dueWithinDays);
        Instant now = EngineClock.now();
        List<EscalationCounts.Row> rows = jdbc.sql(COUNTS)
                .params(
                        Timestamp.from(now),
                        Timestamp.from(now.plus(Duration.ofDays(days))),
                        IdentityLinkType.CANDIDATE,
                        group)
                .query((rs, n) -> new EscalationCounts.Row(
                        rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .list();
        return new EscalationCounts(days, accounts.members(supervisor.jurisdiction(), Role.OFFICER), rows);
    }

    /**
     * One page of the officers' tasks behind a count, most urgent first.
     *
     * @param assignee an officer's user name, {@link EscalationCounts#NOBODY} for unclaimed tasks, or
     *     {@code null} for all
     */
    public TaskPage tasks(
            Actor supervisor,
            String assignee,
            String taskKey,
            boolean overdue,
            Integer dueWithinDays,
            int page,
            int size) {
        String group = officersGroup(supervisor);
        TaskQuery query = tasks.createTaskQuery()
                .taskCandidateGroup(group)
                .includeAssignedTasks()
                .active();
        if (EscalationCounts.NOBODY.equals(assignee)) {
            query.taskUnassigned();
        } else if (assignee != null) {
            query.taskAssignee(assignee);
        }
        if (taskKey != null) {
            query.taskDefinitionKey(taskKey);
        }
        Instant now = EngineClock.now();
        if (overdue) {
            query.dueBefore(Date.from(now));
        } else if (dueWithinDays != null) {
            query.dueBefore(Date.from(now.plus(Duration.ofDays(bounded(dueWithinDays)))));
        }
        int boundedSize = Math.max(1, Math.min(size, TaskViews.MAX_PAGE_SIZE));
        int boundedPage = Math.max(0, page);
        long total = query.count();
        List<TaskView> items = query
                .initializeFormKeys()
                .orderByDueDate()
                .asc()
                .orderByTaskCreateTime()
                .asc()
                .listPage(boundedPage * boundedSize, boundedSize)
                .stream()
                .map(task -> views.of(task, List.of(group)))
                .toList();
        return new TaskPage(items, boundedPage, boundedSize, total);
    }

    private static int bounded(int days) {
        return Math.max(0, Math.min(days, TaskFilter.MAX_DUE_WITHIN_DAYS));
    }

    private static String officersGroup(Actor supervisor) {
        if (supervisor.role() != Role.SUPERVISOR) {
            throw new ForbiddenException("Only supervisors see the officers' workload");
        }
        return CandidateGroups.of(supervisor.jurisdiction(), Role.OFFICER);
    }
}
