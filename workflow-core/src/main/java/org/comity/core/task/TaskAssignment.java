package org.comity.core.task;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.audit.AuditActor;
import org.comity.core.audit.AuditCategory;
import org.comity.core.audit.AuditEvent;
import org.comity.core.audit.AuditLog;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.failure.ConflictException;
import org.comity.core.failure.ForbiddenException;
import org.comity.core.identity.Actor;
import org.comity.core.identity.CandidateGroups;
import org.comity.core.identity.Role;
import org.comity.core.identity.UserAccount;
import org.comity.core.identity.UserAccounts;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.comity.core.validation.TextRule;
import org.comity.core.validation.Uuids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supervisor gives a task to a named person of the task's own candidate group, or takes it from one
 * and gives it to another (reassignment, with a reason). The person then finds it under "Assigned to
 * me"; the previous holder no longer holds it. Only supervisors do this, only within their own state
 * (the other state's task is "not found", as everywhere), and each change is audited with who moved
 * the task, from whom, to whom and why ({@code task.assign}, {@code task.reassign}).
 *
 * <p>The people of a group are Comity's accounts of the group's state and role ({@link CandidateGroups}
 * names the group {@code <STATE>-<role>}); Camunda's identity tables are not used, so the same table
 * decides who may sign in and who may be given a task.
 */
@Service
public class TaskAssignment {

    /** The longest reason kept, in characters: one or two sentences, as the audit log shows them. */
    public static final int MAX_REASON = 500;

    private final TaskService tasks;
    private final IdentityService identity;
    private final TaskAccess access;
    private final TaskViews views;
    private final UserAccounts accounts;
    private final AuditLog log;

    TaskAssignment(
            TaskService tasks,
            IdentityService identity,
            TaskAccess access,
            TaskViews views,
            UserAccounts accounts,
            AuditLog log) {
        this.tasks = tasks;
        this.identity = identity;
        this.access = access;
        this.views = views;
        this.accounts = accounts;
        this.log = log;
    }

    /**
     * Gives the task to {@code assignee}. A task someone else holds is reassigned, which needs a
     * reason; giving a task to the person who holds it already changes nothing.
     *
     * @return the task as it now stands
     * @throws org.comity.core.failure.NotVisibleException the task is not of the supervisor's state
     * @throws ConflictException the task was completed
     * @throws ForbiddenException the caller is no supervisor
     * @throws InvalidInputException naming {@code assignee} (not a person of the task's group in the
     *     supervisor's state) or {@code reason} (missing for a reassignment, or not storable text)
     */
    @Transactional
    public TaskView assign(Actor supervisor, String taskId, String assignee, String reason) {
        Task task = access.visible(supervisor, taskId);
        if (supervisor.role() != Role.SUPERVISOR) {
            throw new ForbiddenException("Only supervisors assign tasks to officers");
        }
        List<String> groups = access.candidateGroups(taskId);
        String previous = task.getAssignee();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        check(supervisor, groups, assignee, previous, why);
        if (assignee.equals(previous)) {
            return views.of(task, groups);
        }
        identity.setAuthenticatedUserId(supervisor.id());
        try {
            tasks.setAssignee(taskId, assignee);
        } catch (OptimisticLockingException | NullValueException e) {
            throw new ConflictException("The task was changed by someone else at the same time", e);
        } finally {
            identity.clearAuthentication();
        }
        audit(supervisor, task, previous, assignee, why);
        return views.of(
                tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult(), groups);
    }

    /** The people a supervisor may give a task of these candidate groups to: the groups' members in their state. */
    public List<UserAccount> candidates(Actor supervisor, List<String> groups) {
        List<UserAccount> people = new ArrayList<>();
        for (Role role : List.of(Role.OFFICER, Role.SUPERVISOR)) {
            if (groups.contains(CandidateGroups.of(supervisor.jurisdiction(), role))) {
                people.addAll(accounts.members(supervisor.jurisdiction(), role));
            }
        }
        return people;
    }

    private void check(Actor supervisor, List<String> groups, String assignee, String previous, String reason) {
        List<FieldError> errors = new ArrayList<>();
        if (assignee == null || assignee.isBlank()) {
            errors.add(new FieldError("assignee", "NotBlank", "must name the officer who is to work on the task"));
        } else if (assignee.length() > 64
                || candidates(supervisor, groups).stream()
                        .noneMatch(person -> person.username().equals(assignee))) {
            errors.add(new FieldError(
                    "assignee", "MemberOfTheTasksGroup", "must be a person of the task's group in your state"));
        }
        if (reason == null && previous != null && !previous.equals(assignee)) {
            errors.add(new FieldError("reason", "NotBlank", "must say why the task is taken from " + previous));
        }
        if (reason != null) {
            TextRule.check(reason, false, MAX_REASON)
                    .ifPresent(p -> errors.add(new FieldError("reason", p.kind().rule(), p.message(MAX_REASON))));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private void audit(Actor supervisor, Task task, String previous, String assignee, String reason) {
        String what = (previous == null ? "assigned to " + assignee : "reassigned from " + previous + " to " + assignee)
                + (reason == null ? "" : ": " + reason);
        AuditEvent.Builder event = AuditEvent.of(
                        AuditActor.of(supervisor),
                        AuditCategory.ALTERATION,
                        previous == null ? "task.assign" : "task.reassign")
                .object(AuditObjectType.TASK, task.getId())
                .recipient(assignee)
                .purpose(what);
        Uuids.parse(views.caseIdOf(task)).ifPresent(event::caseId);
        log.record(event.build());
    }
}
