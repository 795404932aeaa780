package org.comity.web.task;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.comity.core.identity.Actor;
import org.comity.core.task.EscalationCounts;
import org.comity.core.task.TaskAssignment;
import org.comity.core.task.TaskEscalation;
import org.comity.core.task.TaskPage;
import org.comity.core.task.TaskView;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Supervisors' API for the officers' workload: the counts per officer and kind of task, the tasks
 * behind a count, and assigning a task to a named officer or moving it to another ({@link TaskAssignment}).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Escalation", description = "Supervisors: the officers' workload, assignment and reassignment")
class EscalationApiController {

    private final TaskEscalation escalation;
    private final TaskAssignment assignment;

    EscalationApiController(TaskEscalation escalation, TaskAssignment assignment) {
        this.escalation = escalation;
        this.assignment = assignment;
    }

    /** The body of an assignment: the officer's user name and, to take a task from someone, why. */
    record AssigneeChange(String assignee, String reason) {}

    /** An officer as the workload shows them: the user name and the name people know them by. */
    record Officer(String username, String displayName) {}

    /** The workload: the state's officers and one row per holder and kind with open tasks ({@code assignee} null: nobody). */
    record Workload(int dueWithinDays, List<Officer> officers, List<EscalationCounts.Row> rows) {}

    @PostMapping("/tasks/{id}/assignee")
    @Operation(
            operationId = "assignTask",
            summary = "Give the task to a named person of its group in the supervisor's state, or move it from its "
                    + "holder to another (reason required); 422 naming assignee or reason, 403 not a supervisor, 404 the other "
                    + "state's task, 409 completed")
    TaskView assign(Actor actor, @PathVariable String id, @RequestBody AssigneeChange change) {
        return assignment.assign(actor, id, change.assignee(), change.reason());
    }

    @GetMapping("/escalation")
    @Operation(
            operationId = "getEscalationWorkload",
            summary = "Per officer of the supervisor's state (and nobody) and per kind of task: open, overdue, "
                    + "and due within dueWithinDays days (overdue included)")
    Workload workload(
            Actor actor, @RequestParam(defaultValue = "" + TaskEscalation.DEFAULT_DUE_WITHIN_DAYS) int dueWithinDays) {
        checkRange("dueWithinDays", dueWithinDays, 0, 3650);
        EscalationCounts counts = escalation.counts(actor, dueWithinDays);
        return new Workload(
                counts.dueWithinDays(),
                counts.officers().stream()
                        .map(o -> new Officer(o.username(), o.displayName()))
                        .toList(),
                counts.rows());
    }

    @GetMapping("/escalation/tasks")
    @Operation(
            operationId = "listEscalationTasks",
            summary = "The officers' tasks behind a count: assignee= a user name or '-' for nobody, taskKey=, "
                    + "overdue=true, dueWithinDays=")
    TaskPage tasks(
            Actor actor,
            @RequestParam(required = false) String assignee,
            @RequestParam(required = false) String taskKey,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) Integer dueWithinDays,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        checkRange("page", page, 0, Integer.MAX_VALUE);
        checkRange("size", size, 1, 100);
        if (dueWithinDays != null) {
            checkRange("dueWithinDays", dueWithinDays, 0, 3650);
        }
        return escalation.tasks(actor, assignee, taskKey, overdue, dueWithinDays, page, size);
    }

    private static void checkRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidInputException(
                    List.of(new FieldError(field, "Range", "must be between " + min + " and " + max)));
        }
    }
}
