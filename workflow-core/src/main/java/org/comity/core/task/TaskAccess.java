package org.comity.core.task;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.audit.DeniedReads;
import org.comity.core.failure.ConflictException;
import org.comity.core.failure.ForbiddenException;
import org.comity.core.failure.NotVisibleException;
import org.comity.core.identity.Actor;
import org.comity.core.identity.CandidateGroups;
import org.comity.core.identity.Role;
import org.comity.core.validation.Uuids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Decides, from a task's candidate groups, whether an actor may see it and work on it.
 *
 * <p>A task is visible to the jurisdiction named in its candidate groups and to nobody else: an
 * officer of the other state gets "not found", never "forbidden", so that task ids cannot be
 * probed; the refusal of a task that exists is audited ({@link DeniedReads}). Within the jurisdiction, only the role of the group may work on it. Camunda's own
 * authorisation is not relied on because the embedded engine only checks it for authenticated calls.
 */
@Component
class TaskAccess {

    private final TaskService tasks;
    private final HistoryService history;
    private final DeniedReads denied;
    private final JdbcClient jdbc;

    TaskAccess(TaskService tasks, HistoryService history, DeniedReads denied, JdbcClient jdbc) {
        this.tasks = tasks;
        this.history = history;
        this.denied = denied;
        this.jdbc = jdbc;
    }

    /**
     * The open task the actor may work on; 404, 403 or 409 (completed) otherwise. The common case, a
     * task of the actor's own group, costs one query (bulk completion does this for every task); only
     * a refusal takes the further queries that tell which answer is due.
     */
    Task workable(Actor actor, String taskId) {
        if (taskId != null && taskId.length() <= 64 && actor.workGroup().isPresent()) {
            Task own = withGroups(taskId, List.of(actor.workGroup().get()));
            if (own != null) {
                return own;
            }
        }
        Task visible = visible(actor, taskId);
        String group = actor.workGroup().orElseThrow(() -> new ForbiddenException("Your role does not work on tasks"));
        Task task = withGroups(taskId, List.of(group));
        if (task == null) {
            if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
                throw new ConflictException("Task " + taskId + " was completed meanwhile");
            }
            throw new ForbiddenException("Task " + visible.getId() + " is not for group " + group);
        }
        return task;
    }

    /**
     * The open task if its jurisdiction is the actor's; 404 or 409 (already completed) otherwise.
     * Each check is one query on task and candidate groups together, so that a task completed by
     * someone else between two queries is reported as a conflict, never as "not found".
     */
    Task visible(Actor actor, String taskId) {
        if (taskId == null || taskId.length() > 64) {
            throw new NotVisibleException("Task", taskId);
        }
        Task task = actor.jurisdiction() == null ? null : withGroups(taskId, workGroupsOf(actor.jurisdiction()));
        if (task != null) {
            return task;
        }
        if (tasks.createTaskQuery().taskId(taskId).count() == 0 && completedAndVisible(actor, taskId)) {
            throw new ConflictException("Task " + taskId + " is already completed");
        }
        auditIfItExists(actor, taskId);
        throw new NotVisibleException("Task", taskId);
    }

    /** A task that exists but is not the actor's to see: the attempt is audited, with the task's case. */
    private void auditIfItExists(Actor actor, String taskId) {
        HistoricTaskInstance task =
                history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        if (task == null) {
            return;
        }
        HistoricProcessInstance instance = task.getProcessInstanceId() == null
                ? null
                : history.createHistoricProcessInstanceQuery()
                        .processInstanceId(task.getProcessInstanceId())
                        .singleResult();
        denied.record(
                actor,
                AuditObjectType.TASK,
                taskId,
                instance == null ? null : Uuids.parse(instance.getBusinessKey()).orElse(null));
    }

    /** The task's candidate groups; a conflict if the task was completed since it was read. */
    List<String> candidateGroups(String taskId) {
        try {
            return tasks.getIdentityLinksForTask(taskId).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                    .map(IdentityLink::getGroupId)
                    .filter(Objects::nonNull)
                    .sorted()
                    .toList();
        } catch (NullValueException e) {
            throw new ConflictException("Task " + taskId + " was completed meanwhile", e);
        }
    }

    /**
     * The open task if one of the groups is its candidate group: the group is looked up by key in the
     * task list's read model ({@link TaskItems}), then the task by its id. Camunda's query by task id
     * and candidate groups joins the identity links in a way H2 answered by scanning them, a cost that
     * grew with every open task and was paid by every completion. A task completed between the two
     * lookups comes back as none, which the callers then report as a conflict.
     */
    private Task withGroups(String taskId, List<String> groups) {
        boolean candidate =
                jdbc.sql("SELECT COUNT(*) FROM task_item WHERE task_id = :id AND candidate_group IN (:groups)")
                                .param("id", taskId)
                                .param("groups", groups)
                                .query(Long.class)
                                .single()
                        > 0;
        return candidate
                ? tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult()
                : null;
    }

    private static List<String> workGroupsOf(String jurisdiction) {
        return Arrays.stream(Role.values())
                .filter(Role::worksOnTasks)
                .map(r -> CandidateGroups.of(jurisdiction, r))
                .toList();
    }

    private boolean completedAndVisible(Actor actor, String taskId) {
        if (history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() == 0) {
            return false;
        }
        List<String> groups =
                history
                        .createHistoricIdentityLinkLogQuery()
                        .taskId(taskId)
                        .type(IdentityLinkType.CANDIDATE)
                        .list()
                        .stream()
                        .map(HistoricIdentityLinkLog::getGroupId)
                        .filter(Objects::nonNull)
                        .toList();
        return visibleTo(actor, groups);
    }

    private static boolean visibleTo(Actor actor, List<String> groups) {
        return actor.jurisdiction() != null
                && groups.stream()
                        .map(CandidateGroups::jurisdictionOf)
                        .anyMatch(j -> j.isPresent() && j.get().equals(actor.jurisdiction()));
    }
}
