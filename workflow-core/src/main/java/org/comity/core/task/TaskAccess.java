package org.comity.core.task;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.failure.ConflictException;
import org.comity.core.failure.ForbiddenException;
import org.comity.core.failure.NotVisibleException;
import org.comity.core.identity.Actor;
import org.comity.core.identity.CandidateGroups;
import org.springframework.stereotype.Component;

/**
 * Decides, from a task's candidate groups, whether an actor may see it and work on it.
 *
 * <p>A task is visible to the jurisdiction named in its candidate groups and to nobody else: an
 * officer of the other state gets "not found", never "forbidden", so that task ids cannot be
 * probed. Within the jurisdiction, only the role of the group may work on it. Camunda's own
 * authorisation is not relied on because the embedded engine only checks it for authenticated calls.
 */
@Component
class TaskAccess {

    private final TaskService tasks;
    private final HistoryService history;

    TaskAccess(TaskService tasks, HistoryService history) {
        this.tasks = tasks;
        this.history = history;
    }

    /** The open task the actor may work on; 404, 403 or 409 (completed) otherwise. */
    Task workable(Actor actor, String taskId) {
        Task task = visible(actor, taskId);
        String group = actor.workGroup().orElseThrow(() -> new ForbiddenException("Your role does not work on tasks"));
        if (!candidateGroups(taskId).contains(group)) {
            throw new ForbiddenException("Task " + taskId + " is not for group " + group);
        }
        return task;
    }

    /** The open task if its jurisdiction is the actor's; 404 or 409 (already completed) otherwise. */
    Task visible(Actor actor, String taskId) {
        Task task = taskId == null || taskId.length() > 64 ? null
                : tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            if (completedAndVisible(actor, taskId)) {
                throw new ConflictException("Task " + taskId + " is already completed");
            }
            throw new NotVisibleException("Task", taskId);
        }
        if (!visibleTo(actor, candidateGroups(taskId))) {
            throw new NotVisibleException("Task", taskId);
        }
        return task;
    }

    List<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).filter(Objects::nonNull).sorted().toList();
    }

    private boolean completedAndVisible(Actor actor, String taskId) {
        if (taskId == null || taskId.length() > 64
                || history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() == 0) {
            return false;
        }
        List<String> groups = history.createHistoricIdentityLinkLogQuery().taskId(taskId)
                .type(IdentityLinkType.CANDIDATE).list().stream()
                .map(HistoricIdentityLinkLog::getGroupId).filter(Objects::nonNull).toList();
        return visibleTo(actor, groups);
    }

    private static boolean visibleTo(Actor actor, List<String> groups) {
        return actor.jurisdiction() != null && groups.stream()
                .map(CandidateGroups::jurisdictionOf)
                .anyMatch(j -> j.isPresent() && j.get().equals(actor.jurisdiction()));
    }
}
