package org.comity.web.ui;

import org.comity.core.task.TaskFilter;
import org.comity.core.task.TaskFilter.Assignment;
import org.comity.core.task.TaskSort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The task list's query parameters (filters, sort, page), bound from the request the same way on the
 * list, on a task opened from it and on that task's forms. A task link carries them so that the
 * officer works through one queue: "complete and open next" picks the next task of the same filter
 * and sort, "back to my tasks" returns to the same view, and a wide screen shows the same list
 * beside the task. A value of the wrong type (say {@code dueWithinDays=abc}) never gets here: Spring
 * refuses it with 400 naming the parameter ({@link UiExceptionHandler}).
 *
 * @param sort {@code null} when the request did not come from the list: that is how a task page
 *     knows whether to show the list beside it
 */
record TaskListQuery(
        String taskKey,
        Boolean overdue,
        Assignment assignment,
        Integer dueWithinDays,
        String caseId,
        String person,
        TaskSort sort,
        Integer page) {

    TaskListQuery {
        taskKey = blankToNull(taskKey);
        caseId = blankToNull(caseId);
        person = blankToNull(person);
        assignment = assignment == null ? Assignment.ANY : assignment;
        page = page == null ? 0 : Math.max(0, page);
    }

    /** Whether the task was opened from the list (whose links always carry the sort). */
    public boolean fromList() {
        return sort != null;
    }

    TaskSort sortOrDefault() {
        return sort == null ? TaskSort.DUE : sort;
    }

    /**
     * The engine's filter.
     *
     * @throws org.comity.core.validation.InvalidInputException naming {@code person} for a name that
     *     cannot be searched for
     */
    TaskFilter filter() {
        return new TaskFilter(caseId, taskKey, overdue, assignment, dueWithinDays, person);
    }

    /** The same list on another page. */
    TaskListQuery onPage(int newPage) {
        return new TaskListQuery(taskKey, overdue, assignment, dueWithinDays, caseId, person, sortOrDefault(), newPage);
    }

    /**
     * The query string ({@code ?taskKey=...&sort=DUE}), encoded, with the parameters that are set;
     * always with the sort, so that a task opened with it knows it came from the list.
     */
    public String queryString() {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        if (assignment != Assignment.ANY) {
            uri.queryParam("assignment", assignment.name());
        }
        param(uri, "overdue", overdue);
        param(uri, "taskKey", taskKey);
        param(uri, "caseId", caseId);
        param(uri, "person", person);
        param(uri, "dueWithinDays", dueWithinDays);
        uri.queryParam("sort", sortOrDefault().name());
        if (page > 0) {
            uri.queryParam("page", page);
        }
        return uri.build().encode().toUriString();
    }

    /** The list's address with this query. */
    public String listUrl() {
        return "/tasks" + queryString();
    }

    /** The task's address with this query. */
    public String taskUrl(String taskId) {
        return "/tasks/" + taskId + queryString();
    }

    private static void param(UriComponentsBuilder uri, String name, Object value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
