package org.comity.core.task;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.comity.core.failure.ForbiddenException;
import org.comity.core.identity.Actor;
import org.springframework.stereotype.Component;

/**
 * Queries the caller's tasks and shapes them as {@link TaskView}s. "Now" is the engine's clock, so
 * that tests which move the engine clock see tasks become overdue exactly when timers would fire.
 */
@Component
class TaskViews {

    static final int MAX_PAGE_SIZE = 100;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;

    TaskViews(TaskService tasks, RuntimeService runtime, RepositoryService repository) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
    }

    long count(Actor actor, TaskFilter filter) {
        String group = actor.workGroup().orElseThrow(() -> new ForbiddenException("Your role does not work on tasks"));
        return query(actor, group, filter).count();
    }

    TaskPage page(Actor actor, TaskFilter filter, TaskSort sort, int page, int size) {
        String group = actor.workGroup().orElseThrow(() -> new ForbiddenException("Your role does not work on tasks"));
        int boundedSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int boundedPage = Math.max(0, page);
        TaskQuery query = query(actor, group, filter);
        long total = query.count();
        List<Task> found = sort.apply(query.initializeFormKeys()).listPage(boundedPage * boundedSize, boundedSize);
        Map<String, String> caseIds = caseIds(found);
        List<TaskView> items = found.stream().map(t -> of(t, caseIds.get(t.getProcessInstanceId()), List.of(group)))
                .toList();
        return new TaskPage(items, boundedPage, boundedSize, total);
    }

    TaskView of(Task task, List<String> candidateGroups) {
        return of(task, caseIdOf(task), candidateGroups);
    }

    String caseIdOf(Task task) {
        return caseIds(List.of(task)).get(task.getProcessInstanceId());
    }

    private TaskQuery query(Actor actor, String group, TaskFilter filter) {
        TaskQuery query = tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().active();
        if (filter.caseId() != null) {
            query.processInstanceBusinessKey(filter.caseId());
        }
        if (filter.taskKey() != null) {
            query.taskDefinitionKey(filter.taskKey());
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            query.dueBefore(ClockUtil.getCurrentTime());
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            query.dueAfter(ClockUtil.getCurrentTime());
        }
        if (filter.dueWithinDays() != null) {
            query.dueBefore(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(filter.dueWithinDays()))));
        }
        switch (filter.assignment()) {
            case MINE -> query.taskAssignee(actor.id());
            case UNCLAIMED -> query.taskUnassigned();
            case ANY -> {
            }
        }
        return query;
    }

    private Map<String, String> caseIds(Collection<Task> found) {
        Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId).collect(Collectors.toCollection(HashSet::new));
        if (instanceIds.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                .filter(p -> p.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    private TaskView of(Task task, String caseId, List<String> candidateGroups) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        String definitionId = task.getProcessDefinitionId();
        String processKey = definitionId == null ? null : processKey(definitionId);
        return new TaskView(task.getId(), task.getTaskDefinitionKey(), task.getName(), processKey, caseId,
                task.getCreateTime().toInstant(), due, due != null && due.isBefore(now),
                due == null ? null : Duration.between(now, due), task.getAssignee(), task.getFormKey(), candidateGroups);
    }

    /**
     * The engine names a definition {@code key:version:id} only while that fits in 64 characters;
     * longer keys (e.g. {@code ExtraditionExaminationProcess}) get a bare id, so ask the engine's cache.
     */
    private String processKey(String definitionId) {
        int colon = definitionId.indexOf(':');
        return colon > 0 ? definitionId.substring(0, colon) : repository.getProcessDefinition(definitionId).getKey();
    }
}
