package org.comity.core.task;

/** The orders a task list can be shown in; ties are broken by creation time, then by id. */
public enum TaskSort {
    /** Most urgent first: earliest due date first, tasks without a due date last. */
    DUE("T.candidate_group ASC, T.due_order ASC, T.created_at ASC, T.task_id ASC"),
    /** Newest first. */
    CREATED("T.candidate_group DESC, T.created_at DESC, T.task_id DESC"),
    /**
     * By the name the list shows (its normalised Latin key, so case and spacing do not matter),
     * whatever the procedure: the person whose own process the task belongs to, the person a route
     * decision is about, or the person an extradition request seeks (its name, not an alias; the
     * request's case is the process's business key); then the task's name. Tasks about no person
     * come last. The features give the name keys ({@link PersonProcesses#nameKeysOfTask()}) in the
     * order of the subjects {@code TaskSubjects} names in the list's Person column, so the list is
     * sorted by what it shows.
     */
    NAME(PersonProcessSql.NAME_KEY + " ASC NULLS LAST, T.name ASC, T.created_at ASC, T.task_id ASC");

    private final String orderBy;

    TaskSort(String orderBy) {
        this.orderBy = orderBy;
    }

    /**
     * The ORDER BY of {@link TaskSql} over {@code task_item} (undated tasks sort last by their
     * {@code due_order}). It starts with the candidate group, a constant of the query, because H2 reads
     * a page along an index only when the order names the index's leading columns: without it H2
     * sorted all 10,000 tasks of a group for a page of 25 (scanCount 10,001 against 25). The id ends it so that pages never overlap or skip a
     * task.
     */
    String orderBy(String nameKey) {
        return orderBy.replace(PersonProcessSql.NAME_KEY, nameKey);
    }
}
