package org.comity.core.task;

/**
 * Narrows the caller's task list; every criterion is optional.
 *
 * @param caseId only tasks of this case, given by its id or its reference (in any letter case)
 * @param taskKey only tasks of this kind (the BPMN element id, e.g. {@code Task_VerifyNationality})
 * @param overdue {@code true}: only overdue tasks; {@code false}: only tasks not overdue
 * @param assignment who holds the task
 * @param dueWithinDays only tasks due within this many days from now (overdue ones included), bounded
 *     to 0 to {@value #MAX_DUE_WITHIN_DAYS}
 * @param person only tasks of a person whose name, in original script or Latin letters, starts with
 *     this text (see {@link PersonSearch}); validated on construction, blank means no criterion
 */
public record TaskFilter(
        String caseId, String taskKey, Boolean overdue, Assignment assignment, Integer dueWithinDays, String person) {

    public static final int MAX_DUE_WITHIN_DAYS = 3650;

    public static final TaskFilter ALL = new TaskFilter(null, null, null, Assignment.ANY, null, null);

    /**
     * @throws org.comity.core.validation.InvalidInputException naming {@code person} if the name
     *     searched for is too long, holds control characters or no letter
     */
    public TaskFilter {
        assignment = assignment == null ? Assignment.ANY : assignment;
        dueWithinDays = dueWithinDays == null ? null : Math.max(0, Math.min(dueWithinDays, MAX_DUE_WITHIN_DAYS));
        person = PersonSearch.checked(person);
    }

    public TaskFilter(String caseId, String taskKey, Boolean overdue, Assignment assignment, Integer dueWithinDays) {
        this(caseId, taskKey, overdue, assignment, dueWithinDays, null);
    }

    public TaskFilter(String caseId, String taskKey, Boolean overdue, Assignment assignment) {
        this(caseId, taskKey, overdue, assignment, null, null);
    }

    public TaskFilter withAssignment(Assignment newAssignment) {
        return new TaskFilter(caseId, taskKey, overdue, newAssignment, dueWithinDays, person);
    }

    public TaskFilter withOverdue(Boolean newOverdue) {
        return new TaskFilter(caseId, taskKey, newOverdue, assignment, dueWithinDays, person);
    }

    /** The filter without the criteria the quick filters vary: assignment, overdue, due within. */
    public TaskFilter base() {
        return new TaskFilter(caseId, taskKey, null, Assignment.ANY, null, person);
    }

    /** Whether a task is claimed by the caller, by nobody, or either. */
    public enum Assignment {
        ANY,
        MINE,
        UNCLAIMED
    }
}
