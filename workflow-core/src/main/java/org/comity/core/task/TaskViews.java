package org.comity.core.task;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.engine.EngineClock;
import org.comity.core.failure.ForbiddenException;
import org.comity.core.identity.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Queries the caller's tasks and shapes them as {@link TaskView}s. The filter runs as SQL
 * ({@link TaskSql}) that yields one page of ids; Camunda then loads those few tasks with their form
 * keys. "Now" is the {@link EngineClock}, so that tests which move the engine clock see tasks become
 * overdue exactly when timers would fire.
 */
@Component
class TaskViews {

    static final int MAX_PAGE_SIZE = 100;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final JdbcClient jdbc;
    private final PersonProcessSql persons;

    TaskViews(
            TaskService tasks,
            RuntimeService runtime,
            RepositoryService repository,
            JdbcClient jdbc,
            PersonProcessSql persons) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.jdbc = jdbc;
        this.persons = persons;
    }

    long count(Actor actor, TaskFilter filter) {
        TaskSql sql = sql(actor, filter);
        return jdbc.sql(sql.count()).params(sql.params()).query(Long.class).single();
    }

    TaskCounts counts(Actor actor, TaskFilter filter) {
        TaskSql sql = sql(actor, filter.base());
        return jdbc.sql(sql.counts())
                .params(sql.countsParams(actor))
                .query((rs, n) -> new TaskCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }

    TaskPage page(Actor actor, TaskFilter filter, TaskSort sort, int page, int size) {
        return page(actor, filter, sort, page, size, OptionalLong.empty());
    }

    /** One page; {@code knownTotal} saves counting the tasks again when the caller has counted them. */
    TaskPage page(Actor actor, TaskFilter filter, TaskSort sort, int page, int size, OptionalLong knownTotal) {
        String group = groupOf(actor);
        int boundedSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int boundedPage = Math.max(0, page);
        long offset = (long) boundedPage * boundedSize;
        TaskSql sql = TaskSql.of(actor, group, filter, EngineClock.now(), persons, personProcesses(actor, filter));
        List<String> ids = jdbc.sql(sql.ids(sort))
                .params(sql.params(boundedSize, offset))
                .query(String.class)
                .list();
        boolean lastPage = ids.size() < boundedSize && (!ids.isEmpty() || offset == 0);
        long total = lastPage
                ? offset + ids.size()
                : knownTotal.orElseGet(() -> jdbc.sql(sql.count())
                        .params(sql.params())
                        .query(Long.class)
                        .single());
        List<Task> found = load(ids);
        Map<String, String> caseIds = caseIds(found);
        List<TaskView> items = found.stream()
                .map(t -> of(t, caseIds.get(t.getProcessInstanceId()), List.of(group)))
                .toList();
        return new TaskPage(items, boundedPage, boundedSize, total);
    }

    /** The ids of the first {@code limit} matching tasks in the sort's order. */
    List<String> ids(Actor actor, TaskFilter filter, TaskSort sort, int limit) {
        TaskSql sql = sql(actor, filter);
        return jdbc.sql(sql.ids(sort))
                .params(sql.params(limit, 0L))
                .query(String.class)
                .list();
    }

    TaskView of(Task task, List<String> candidateGroups) {
        return of(task, caseIdOf(task), candidateGroups);
    }

    String caseIdOf(Task task) {
        return caseIds(List.of(task)).get(task.getProcessInstanceId());
    }

    private TaskSql sql(Actor actor, TaskFilter filter) {
        return TaskSql.of(actor, groupOf(actor), filter, EngineClock.now(), persons, personProcesses(actor, filter));
    }

    /** The processes of the persons a name search finds, looked up once (see {@link TaskSql#MAX_LISTED_PROCESSES}). */
    private List<String> personProcesses(Actor actor, TaskFilter filter) {
        if (filter.person() == null) {
            return null;
        }
        return jdbc.sql("SELECT DISTINCT X.process_instance_id FROM (" + persons.byName()
                        + ") X (process_instance_id) FETCH FIRST " + (TaskSql.MAX_LISTED_PROCESSES + 1) + " ROWS ONLY")
                .params(persons.byNameParams(actor, filter.person()))
                .query(String.class)
                .list();
    }

    private static String groupOf(Actor actor) {
        return actor.workGroup().orElseThrow(() -> new ForbiddenException("Your role does not work on tasks"));
    }

    /** The tasks with their form keys, in the order of the ids; a task completed meanwhile is left out. */
    private List<Task> load(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Task> byId = tasks
                .createTaskQuery()
                .taskIdIn(ids.toArray(String[]::new))
                .initializeFormKeys()
                .listPage(0, ids.size())
                .stream()
                .collect(Collectors.toMap(Task::getId, t -> t));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private Map<String, String> caseIds(Collection<Task> found) {
        Set<String> instanceIds =
                found.stream().map(Task::getProcessInstanceId).collect(Collectors.toCollection(HashSet::new));
        if (instanceIds.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                .filter(p -> p.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    private TaskView of(Task task, String caseId, List<String> candidateGroups) {
        Instant now = EngineClock.now();
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        String definitionId = task.getProcessDefinitionId();
        String processKey = definitionId == null ? null : processKey(definitionId);
        return new TaskView(
                task.getId(),
                task.getTaskDefinitionKey(),
                task.getName(),
                processKey,
                caseId,
                task.getCreateTime().toInstant(),
                due,
                due != null && due.isBefore(now),
                due == null ? null : Duration.between(now, due),
                task.getAssignee(),
                task.getFormKey(),
                candidateGroups);
    }

    /**
     * The engine names a definition {@code key:version:id} only while that fits in 64 characters;
     * longer keys (e.g. {@code ExtraditionExaminationProcess}) get a bare id, so ask the engine's cache.
     */
    private String processKey(String definitionId) {
        int colon = definitionId.indexOf(':');
        return colon > 0
                ? definitionId.substring(0, colon)
                : repository.getProcessDefinition(definitionId).getKey();
    }
}
