package org.comity.core.task;

/**
 * Narrows the caller's task list; every criterion is optional.
 *
 * @param caseId only tasks of this case
 * @param taskKey only tasks of this kind (the BPMN element id, e.g. {@code Task_VerifyNationality})
 * @param overdue {@code true}: only overdue tasks; {@code false}: only tasks not overdue
 * @param assignment who holds the task
 */
public record TaskFilter(String caseId, String taskKey, Boolean overdue, Assignment assignment) {

    public static final TaskFilter ALL = new TaskFilter(null, null, null, Assignment.ANY);

    public TaskFilter {
        assignment = assignment == null ? Assignment.ANY : assignment;
    }

    /** Whether a task is claimed by the caller, by nobody, or either. */
    public enum Assignment {
        ANY,
        MINE,
        UNCLAIMED
    }
}
