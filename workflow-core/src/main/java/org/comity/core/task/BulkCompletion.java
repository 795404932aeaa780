package org.comity.core.task;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.comity.core.audit.AuditCheckpoints;
import org.comity.core.failure.ConflictException;
import org.comity.core.failure.ForbiddenException;
import org.comity.core.failure.NotVisibleException;
import org.comity.core.form.FormBinder;
import org.comity.core.form.FormDefinition;
import org.comity.core.form.FormRegistry;
import org.comity.core.form.FormSchema;
import org.comity.core.identity.Actor;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * Completes many tasks with the same values, e.g. 1,523 confirmed nationalities. Each task goes
 * through {@link TaskWork#complete} on its own, in its own transaction, so that it is validated and
 * authorised exactly as a single completion, and one refused task does not stop the others.
 *
 * <p>At most {@value #MAX_TASKS} tasks per call: a whole operation's 1,523 persons fit, while one
 * request stays around a minute of work (25 ms per completion on PostgreSQL, 39 ms on a busy H2,
 * see the README's benchmarks) and its per-task outcomes stay a page a browser can show.
 */
@Service
public class BulkCompletion {

    public static final int MAX_TASKS = 2_000;

    private final TaskWork work;
    private final TaskViews views;
    private final FormRegistry forms;
    private final FormBinder binder;

    private final AuditCheckpoints checkpoints;

    BulkCompletion(
            TaskWork work, TaskViews views, FormRegistry forms, FormBinder binder, AuditCheckpoints checkpoints) {
        this.checkpoints = checkpoints;
        this.work = work;
        this.views = views;
        this.forms = forms;
        this.binder = binder;
    }

    /**
     * The ids of every task of the caller matching the filter ("all N matching"), most urgent first.
     * The filter must name one kind of task, and at most {@value #MAX_TASKS} may match (422 otherwise).
     */
    public List<String> matching(Actor actor, TaskFilter filter) {
        if (filter.taskKey() == null) {
            throw new InvalidInputException(List.of(new FieldError(
                    "taskKey", "NotNull", "must name the kind of task: one form is filled for all of them")));
        }
        List<String> ids = views.ids(actor, filter, TaskSort.DUE, MAX_TASKS + 1);
        if (ids.size() > MAX_TASKS) {
            throw new InvalidInputException(List.of(new FieldError(
                    "taskIds",
                    "Max",
                    "more than " + MAX_TASKS + " tasks match: narrow the filter, e.g. by case or due date")));
        }
        return ids;
    }

    /**
     * The blank form the tasks share: that of the first listed task the caller may work on.
     *
     * @throws NotVisibleException or the failure of the first task if the caller may work on none
     */
    public FormSchema form(Actor actor, List<String> taskIds) {
        RuntimeException first = new NotVisibleException("Task", null);
        for (String taskId : new LinkedHashSet<>(taskIds)) {
            try {
                return work.blankForm(actor, taskId);
            } catch (NotVisibleException | ForbiddenException | ConflictException e) {
                first = taskId.equals(taskIds.get(0)) ? e : first;
            }
        }
        throw first;
    }

    /**
     * Checks the values against the form alone, completing nothing: 422 naming every field otherwise.
     * Dates are read in the actor's jurisdiction, whose tasks these are.
     */
    public void check(Actor actor, String formKey, Map<String, ?> values) {
        FormDefinition<?> form = forms.find(formKey)
                .orElseThrow(() ->
                        new InvalidInputException(List.of(new FieldError("formKey", "Exists", "is not a known form"))));
        binder.bind(form, values, work.clockOf(actor));
    }

    public BulkResult complete(Actor actor, List<String> taskIds, Map<String, ?> values) {
        return complete(actor, taskIds, values, Map.of());
    }

    /**
     * As {@link #complete(Actor, List, Map)}, with values that differ per task (e.g. each person's
     * travel document number) laid over the common values.
     */
    public BulkResult complete(
            Actor actor,
            List<String> taskIds,
            Map<String, ?> values,
            Map<String, ? extends Map<String, ?>> valuesByTask) {
        return complete(actor, null, taskIds, values, valuesByTask);
    }

    /**
     * As {@link #complete(Actor, List, Map)} for tasks of the form {@code formKey} only; a listed
     * task of another form is refused (422), since the values were filled in for this form.
     */
    public BulkResult complete(Actor actor, String formKey, List<String> taskIds, Map<String, ?> values) {
        return complete(actor, formKey, taskIds, values, Map.of());
    }

    /**
     * As {@link #complete(Actor, String, List, Map)}, with values that differ per task laid over the
     * common values (the bulk page's one value per row).
     */
    public BulkResult complete(
            Actor actor,
            String formKey,
            List<String> taskIds,
            Map<String, ?> values,
            Map<String, ? extends Map<String, ?>> valuesByTask) {
        if (taskIds == null || taskIds.isEmpty() || taskIds.size() > MAX_TASKS) {
            throw new InvalidInputException(
                    List.of(new FieldError("taskIds", "Size", "must list between 1 and " + MAX_TASKS + " tasks")));
        }
        if (values == null) {
            throw new InvalidInputException(List.of(new FieldError("values", "NotNull", "must be the form's values")));
        }
        Map<String, ? extends Map<String, ?>> own = valuesByTask == null ? Map.of() : valuesByTask;
        Map<String, Map<String, Object>> merged = new LinkedHashMap<>();
        for (String taskId : new LinkedHashSet<>(taskIds)) {
            Map<String, Object> taskValues = new LinkedHashMap<>(values);
            if (own.get(taskId) != null) {
                taskValues.putAll(own.get(taskId));
            }
            merged.put(taskId, taskValues);
        }
        definition(actor, formKey, merged.keySet()).ifPresent(form -> checkRows(actor, form, merged, false));
        List<BulkOutcome> outcomes = new ArrayList<>(merged.size());
        merged.forEach((taskId, taskValues) -> outcomes.add(completeOne(actor, formKey, taskId, taskValues)));
        long completed = outcomes.stream().filter(o -> o.status() == 204).count();
        if (completed > 0) {
            checkpoints.recordCheckpoint(); // a bulk operation ends on a checkpoint (issue #14 item 6)
        }
        return new BulkResult(outcomes.size(), completed, outcomes.size() - completed, outcomes);
    }

    /**
     * Checks each task's values, completing nothing, where the form takes values per task
     * ({@link PerTaskValue}): a value given to two tasks, and a per-task value a task's own rules
     * refuse (e.g. a number already stored for someone else), are named by task
     * ({@code valuesByTask.<taskId>.<field>}) and refuse the whole completion (422), because one
     * wrong row usually means the rows were shifted. Tasks the caller may not complete are left to
     * their own outcome.
     *
     * @param withCommonErrors also report the errors of the values common to all tasks, once each
     */
    public void checkRows(
            Actor actor,
            FormDefinition<?> form,
            Map<String, ? extends Map<String, ?>> valuesByTask,
            boolean withCommonErrors) {
        List<String> perTask = BulkRows.perTaskFields(form);
        if (perTask.isEmpty()) {
            return;
        }
        List<FieldError> errors = new ArrayList<>(BulkRows.errors(BulkRows.duplicates(form, valuesByTask)));
        Set<FieldError> common = new LinkedHashSet<>();
        valuesByTask.forEach((taskId, taskValues) -> {
            try {
                work.check(actor, taskId, form.formKey(), taskValues);
            } catch (InvalidInputException e) {
                for (FieldError error : e.errors()) {
                    if (perTask.contains(error.field())) {
                        errors.add(new FieldError(
                                BulkRows.PREFIX + taskId + "." + error.field(), error.rule(), error.message()));
                    } else if (withCommonErrors) {
                        common.add(error);
                    }
                }
            } catch (NotVisibleException | ForbiddenException | ConflictException e) {
                // reported as that task's outcome when the tasks are completed
            }
        });
        errors.addAll(0, common);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The form the values were filled in for: the one named, or that of the first task the caller may work on. */
    public Optional<FormDefinition<?>> definition(Actor actor, String formKey, Collection<String> taskIds) {
        if (formKey != null) {
            return forms.find(formKey);
        }
        try {
            return forms.find(form(actor, List.copyOf(taskIds)).formKey());
        } catch (NotVisibleException | ForbiddenException | ConflictException e) {
            return Optional.empty();
        }
    }

    private BulkOutcome completeOne(Actor actor, String formKey, String taskId, Map<String, ?> values) {
        try {
            work.complete(actor, taskId, formKey, values);
            return BulkOutcome.completed(taskId);
        } catch (InvalidInputException e) {
            return BulkOutcome.refused(taskId, 422, "The submitted values break one or more rules", e.errors());
        } catch (NotVisibleException e) {
            return BulkOutcome.refused(taskId, 404, "Task " + taskId + " not found", List.of());
        } catch (ForbiddenException e) {
            return BulkOutcome.refused(taskId, 403, e.getMessage(), List.of());
        } catch (ConflictException
                | org.springframework.dao.DataIntegrityViolationException
                | org.camunda.bpm.engine.OptimisticLockingException e) {
            return BulkOutcome.refused(taskId, 409, "The task was completed or claimed by someone else", List.of());
        }
    }
}
