package org.comity.web.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.comity.core.identity.Actor;
import org.comity.core.task.TaskPage;
import org.comity.core.task.TaskView;
import org.comity.core.task.TaskWork;
import org.comity.core.validation.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * The officer's work queue: the task list under one filter and sort, seen from one task of it. It
 * answers "which task comes next" for "complete and open next", so that an officer who works
 * through a list of people opens each next one without going back to the list.
 *
 * <p>The next task is the one that followed the completed task in the list: its position is read
 * before the completion, and once the completed task has left the list the task now at that
 * position is the next one. Tasks claimed by another officer are skipped (the officer could not
 * complete them); when nothing follows, the queue starts again from the top, so that tasks passed
 * over earlier are not lost; when nothing is left at all there is no next task.
 */
@Component
class WorkQueue {

    private final TaskWork work;

    WorkQueue(TaskWork work) {
        this.work = work;
    }

    /**
     * Runs the completion and returns the task to open after it.
     *
     * @param completion completes the task; whatever it throws is thrown unchanged, before any
     *     other task is looked for
     */
    Optional<TaskView> completeAndFindNext(Actor actor, TaskListQuery query, String completedId, Runnable completion) {
        int position;
        try {
            position = positionOf(completedId, page(actor, query));
        } catch (InvalidInputException unusableFilter) {
            completion.run(); // a person's name no list could be searched by: there is no list to go on in
            return Optional.empty();
        }
        completion.run();
        List<TaskView> after = page(actor, query).items();
        Optional<TaskView> next =
                firstWorkable(actor, completedId, after.subList(Math.min(position, after.size()), after.size()));
        if (next.isEmpty() && (position > 0 || query.page() > 0)) {
            next = firstWorkable(
                    actor, completedId, page(actor, query.onPage(0)).items());
        }
        return next;
    }

    /** The page of the list the officer came from, as it is now. */
    TaskPage page(Actor actor, TaskListQuery query) {
        return work.list(actor, query.filter(), query.sortOrDefault(), query.page(), TaskListController.PAGE_SIZE);
    }

    /** The task before and after the given one on the page, for moving through the list from a task. */
    record Neighbours(TaskView previous, TaskView next) {}

    static Neighbours neighbours(String taskId, TaskPage page) {
        List<TaskView> items = page.items();
        int at = positionOf(taskId, page);
        if (at >= items.size() || !items.get(at).id().equals(taskId)) {
            return new Neighbours(null, null);
        }
        return new Neighbours(at > 0 ? items.get(at - 1) : null, at + 1 < items.size() ? items.get(at + 1) : null);
    }

    /** The task's index on the page, or 0 when it is not on it (the list changed since it was shown). */
    private static int positionOf(String taskId, TaskPage page) {
        List<TaskView> items = page.items();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(taskId)) {
                return i;
            }
        }
        return 0;
    }

    private static Optional<TaskView> firstWorkable(Actor actor, String completedId, List<TaskView> candidates) {
        return candidates.stream()
                .filter(t -> !t.id().equals(completedId))
                .filter(t -> t.assignee() == null || Objects.equals(t.assignee(), actor.id()))
                .findFirst();
    }
}
