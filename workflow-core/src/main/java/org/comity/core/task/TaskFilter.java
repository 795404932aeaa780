package org.comity.core.task;

/**
 * Narrows the caller's task list; every criterion is optional.
 *
 * @param caseId only tasks of this case
 * @param taskKey only tasks of this kind (the BPMN element id, e.g. {@code Task_VerifyNationality})
 * @param overdue {@code true}: only overdue tasks; {@code false}: only tasks not overdue
 * @param assignment who holds the task
 * @param dueWithinDays only tasks due within this many days from now (overdue ones included)
 */
public record TaskFilter(String caseId, String taskKey, Boolean overdue, Assignment assignment, Integer dueWithinDays) {

    public static final TaskFilter ALL = new TaskFilter(null, null, null, Assignment.ANY, null);

    public TaskFilter {
        assignment = assignment == null ? Assignment.ANY : assignment;
    }

    public TaskFilter(String caseId, String taskKey, Boolean overdue, Assignment assignment) {
        this(caseId, taskKey, overdue, assignment, null);
    }

    public TaskFilter withAssignment(Assignment newAssignment) {
        return new TaskFilter(caseId, taskKey, overdue, newAssignment, dueWithinDays);
    }

    public TaskFilter withOverdue(Boolean newOverdue) {
        return new TaskFilter(caseId, taskKey, newOverdue, assignment, dueWithinDays);
    }

    /** Whether a task is claimed by the caller, by nobody, or either. */
    public enum Assignment {
        ANY,
        MINE,
        UNCLAIMED
    }
}
