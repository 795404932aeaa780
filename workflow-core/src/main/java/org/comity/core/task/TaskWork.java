package org.comity.core.task;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.failure.ConflictException;
import org.comity.core.failure.ForbiddenException;
import org.comity.core.form.FormBinder;
import org.comity.core.form.FormDefinition;
import org.comity.core.form.FormRegistry;
import org.comity.core.form.FormSchema;
import org.comity.core.form.FormVariables;
import org.comity.core.identity.Actor;
import org.comity.core.jurisdiction.JurisdictionClock;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What officers and supervisors do with their tasks: read the form, claim, release, complete. Every
 * method checks visibility and role first (see {@link TaskAccess}); a completion is validated in full
 * before anything reaches the engine, and records the submission in the same transaction.
 */
@Service
public class TaskWork {

    private final TaskService tasks;
    private final IdentityService identity;
    private final TaskAccess access;
    private final TaskViews views;
    private final FormRegistry forms;
    private final FormBinder binder;
    private final TaskSubmissions submissions;
    private final TaskAudit audit;
    private final JurisdictionClock clock;
    private final TaskSubjects subjects;
    private final TaskCompletionRules completionRules;
    private final ObjectProvider<TaskCompletionListener> completionListeners;

    TaskWork(
            TaskService tasks,
            IdentityService identity,
            TaskAccess access,
            TaskViews views,
            FormRegistry forms,
            FormBinder binder,
            TaskSubmissions submissions,
            TaskAudit audit,
            JurisdictionClock clock,
            TaskSubjects subjects,
            TaskCompletionRules completionRules,
            ObjectProvider<TaskCompletionListener> completionListeners) {
        this.tasks = tasks;
        this.identity = identity;
        this.access = access;
        this.views = views;
        this.forms = forms;
        this.binder = binder;
        this.submissions = submissions;
        this.audit = audit;
        this.clock = clock;
        this.subjects = subjects;
        this.completionRules = completionRules;
        this.completionListeners = completionListeners;
    }

    /** The caller's tasks: those of their group, claimed by anyone or by nobody, most urgent first. */
    public TaskPage list(Actor actor, TaskFilter filter, int page, int size) {
        return list(actor, filter, TaskSort.DUE, page, size);
    }

    public TaskPage list(Actor actor, TaskFilter filter, TaskSort sort, int page, int size) {
        return views.page(actor, filter, sort, page, size);
    }

    /** How many of the caller's tasks match the filter. */
    public long count(Actor actor, TaskFilter filter) {
        return views.count(actor, filter);
    }

    /**
     * The counts beside the quick filters (all, claimed by the caller, unclaimed, overdue) under the
     * filter's case, kind and person, counted in one pass.
     */
    public TaskCounts counts(Actor actor, TaskFilter filter) {
        return views.counts(actor, filter);
    }

    /**
     * One page and the quick filters' counts. The page's total is taken from the counts when the
     * filter is one of the quick filters, so that the tasks are counted once, not twice.
     */
    public TaskOverview overview(Actor actor, TaskFilter filter, TaskSort sort, int page, int size) {
        TaskCounts counts = views.counts(actor, filter);
        return new TaskOverview(views.page(actor, filter, sort, page, size, counts.totalOf(filter)), counts);
    }

    /**
     * The person each task of the page is about, by task id (tasks about no one person are absent),
     * read in one query for the whole page. The page is one the caller was given by {@link #list} or
     * {@link #overview}, so it holds only tasks of the caller's group.
     */
    public Map<String, TaskSubject> subjects(Actor actor, TaskPage page) {
        return subjectsOf(actor, page.items().stream().map(TaskView::id).toList());
    }

    /**
     * The person each of the listed tasks is about, for tasks of the caller's group only: ids that
     * come back from a browser (a bulk selection) name no one the caller does not work on.
     */
    public Map<String, TaskSubject> subjectsOf(Actor actor, List<String> taskIds) {
        return subjects.of(taskIds, groupOf(actor));
    }

    /** The facts on the person the task is about, if it is about one; the caller must be able to work on the task. */
    public Optional<SubjectFacts> subjectFacts(Actor actor, String taskId) {
        access.workable(actor, taskId);
        return subjects.facts(taskId, groupOf(actor));
    }

    /**
     * What the other tasks of this task's own process instance recorded, oldest first: the findings
     * one state's officers made before this step. A process instance is one state's side of a case,
     * so the other state's internal steps are never among them.
     */
    public List<SubjectFacts.EarlierAnswer> earlierAnswers(Actor actor, String taskId) {
        Task task = access.workable(actor, taskId);
        return subjects.answers(task.getProcessInstanceId(), taskId);
    }

    public TaskView get(Actor actor, String taskId) {
        return views.of(access.workable(actor, taskId), access.candidateGroups(taskId));
    }

    /** The task's form with the current values the engine holds for its fields. */
    public FormSchema form(Actor actor, String taskId) {
        Task task = access.workable(actor, taskId);
        FormDefinition<?> form = formOf(task);
        // through asActor: a completion committed since the access check is a conflict, not a 500
        Map<String, Object> current = asActor(actor, () -> tasks.getVariables(taskId, form.fieldNames()));
        return form.schema().withValues(current);
    }

    /** The task's form without values, to be filled once for many tasks (see {@link BulkCompletion}). */
    public FormSchema blankForm(Actor actor, String taskId) {
        return formOf(access.workable(actor, taskId)).schema();
    }

    @Transactional
    public void claim(Actor actor, String taskId) {
        Task task = access.workable(actor, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(actor.id())) {
            throw new ConflictException("Task " + taskId + " is claimed by another officer");
        }
        asActor(actor, () -> {
            tasks.claim(taskId, actor.id());
            return null;
        });
        audit.changed(actor, task, views.caseIdOf(task), "task.claim", null);
    }

    @Transactional
    public void unclaim(Actor actor, String taskId) {
        Task task = access.workable(actor, taskId);
        if (task.getAssignee() == null) {
            return;
        }
        if (!task.getAssignee().equals(actor.id())) {
            throw new ConflictException("Task " + taskId + " is claimed by another officer");
        }
        asActor(actor, () -> {
            tasks.setAssignee(taskId, null);
            return null;
        });
        audit.changed(actor, task, views.caseIdOf(task), "task.unclaim", null);
    }

    /**
     * Validates the submitted values against the task's form and completes the task with the form's
     * decision values as variables. Nothing is stored or changed when the values are invalid.
     */
    @Transactional
    public void complete(Actor actor, String taskId, Map<String, ?> submitted) {
        complete(actor, taskId, null, submitted);
    }

    /**
     * As {@link #complete(Actor, String, Map)}, and only if the task's form is {@code formKey}: values
     * filled in one form are never applied to a task of another form (422 otherwise).
     */
    @Transactional
    public void complete(Actor actor, String taskId, String formKey, Map<String, ?> submitted) {
        Task task = access.workable(actor, taskId);
        FormDefinition<?> form = formOf(task);
        String caseId = views.caseIdOf(task);
        Record values = checked(actor, task, caseId, form, formKey, submitted);
        String submittedJson = submissions.record(task, caseId, actor, form.formKey(), values);
        completionListeners.orderedStream().forEach(listener -> listener.completed(actor, task, caseId, values));
        asActor(actor, () -> {
            tasks.complete(taskId, FormVariables.of(values));
            return null;
        });
        audit.changed(actor, task, caseId, "task.complete", submittedJson);
    }

    /**
     * The clock of the actor's own jurisdiction, whose tasks they work on: "today" on a form is the
     * date of the state whose officer performs the act. A task that passed {@link TaskAccess#workable}
     * is one of the actor's own work group, so its jurisdiction is the actor's, and a completion
     * needs no further query for it (it used to read the task's identity links once more, issue #16).
     */
    Clock clockOf(Actor actor) {
        return clock.clockOf(actor.jurisdiction());
    }

    /**
     * Everything {@link #complete(Actor, String, String, Map)} checks before it stores anything, and
     * nothing more: a bulk completion checks every task's own values this way before completing any.
     */
    @Transactional(readOnly = true)
    public void check(Actor actor, String taskId, String formKey, Map<String, ?> submitted) {
        Task task = access.workable(actor, taskId);
        checked(actor, task, views.caseIdOf(task), formOf(task), formKey, submitted);
    }

    private Record checked(
            Actor actor, Task task, String caseId, FormDefinition<?> form, String formKey, Map<String, ?> submitted) {
        if (task.getAssignee() != null && !task.getAssignee().equals(actor.id())) {
            throw new ConflictException("Task " + task.getId() + " is claimed by another officer");
        }
        if (formKey != null && !formKey.equals(form.formKey())) {
            throw new InvalidInputException(List.of(new FieldError(
                    "formKey", "SameForm", "the task's form is " + form.formKey() + ", not " + formKey)));
        }
        Record values = binder.bind(form, submitted, clockOf(actor));
        completionRules.check(actor, task, caseId, values);
        return values;
    }

    private static String groupOf(Actor actor) {
        return actor.workGroup().orElseThrow(() -> new ForbiddenException("Your role does not work on tasks"));
    }

    private FormDefinition<?> formOf(Task task) {
        return forms.find(task.getFormKey())
                .orElseThrow(() -> new IllegalStateException(
                        "Task " + task.getTaskDefinitionKey() + " has no registered form '" + task.getFormKey() + "'"));
    }

    /**
     * Runs an engine command as the actor, so that Camunda's user operation log names them, and turns
     * the engine's concurrency failures into conflicts.
     */
    private <T> T asActor(Actor actor, Supplier<T> command) {
        identity.setAuthenticatedUserId(actor.id());
        try {
            return command.get();
        } catch (OptimisticLockingException | TaskAlreadyClaimedException e) {
            throw new ConflictException("The task was changed by someone else at the same time", e);
        } catch (NullValueException e) {
            // by type, not by message: the engine's "task is null" once another transaction completed it
            throw new ConflictException("The task was completed by someone else at the same time", e);
        } finally {
            identity.clearAuthentication();
        }
    }
}
