package org.comity.web.task;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.comity.core.form.FormSchema;
import org.comity.core.identity.Actor;
import org.comity.core.task.TaskFilter;
import org.comity.core.task.TaskPage;
import org.comity.core.task.TaskSort;
import org.comity.core.task.TaskView;
import org.comity.core.task.TaskWork;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The task API of DESIGN.md §7 for officers and supervisors. */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks", description = "Work on the caller's user tasks")
class TaskApiController {

    private final TaskWork work;

    TaskApiController(TaskWork work) {
        this.work = work;
    }

    @GetMapping
    @Operation(
            operationId = "listTasks",
            summary = "The caller's tasks: those of their jurisdiction and role, most urgent first (sort=DUE), "
                    + "newest first (CREATED) or by the person's name (NAME); dueWithinDays= those due within so many days, "
                    + "overdue ones included; person= finds the tasks of persons whose name, in original script or Latin "
                    + "letters, starts so")
    TaskPage list(
            Actor actor,
            @RequestParam(required = false) String caseId,
            @RequestParam(required = false) String taskKey,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(defaultValue = "ANY") TaskFilter.Assignment assignment,
            @RequestParam(required = false) Integer dueWithinDays,
            @RequestParam(required = false) String person,
            @RequestParam(defaultValue = "DUE") TaskSort sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        checkPaging(page, size);
        return work.list(
                actor, new TaskFilter(caseId, taskKey, overdue, assignment, dueWithinDays, person), sort, page, size);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getTask", summary = "One task")
    TaskView get(Actor actor, @PathVariable String id) {
        return work.get(actor, id);
    }

    @GetMapping("/{id}/form")
    @Operation(
            operationId = "getTaskForm",
            summary = "The task's form: fields, types, rules, options, labels in English and Chinese, current values")
    FormSchema form(Actor actor, @PathVariable String id) {
        return work.form(actor, id);
    }

    @PostMapping("/{id}/claim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "claimTask", summary = "Claim the task; 409 if another officer holds it")
    void claim(Actor actor, @PathVariable String id) {
        work.claim(actor, id);
    }

    @PostMapping("/{id}/unclaim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "unclaimTask", summary = "Release a task the caller holds")
    void unclaim(Actor actor, @PathVariable String id) {
        work.unclaim(actor, id);
    }

    @PostMapping("/{id}/complete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            operationId = "completeTask",
            summary = "Complete the task with the form's values; 422 lists every field error and changes nothing")
    void complete(Actor actor, @PathVariable String id, @RequestBody Map<String, Object> values) {
        work.complete(actor, id, values);
    }

    private static void checkPaging(int page, int size) {
        List<FieldError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(new FieldError("page", "Min", "must be 0 or more"));
        }
        if (size < 1 || size > 100) {
            errors.add(new FieldError("size", "Range", "must be between 1 and 100"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
