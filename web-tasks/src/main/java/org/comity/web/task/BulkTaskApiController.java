package org.comity.web.task;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.comity.core.identity.Actor;
import org.comity.core.task.BulkCompletion;
import org.comity.core.task.BulkResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Completes many tasks of the caller with the same values; each task succeeds or fails on its own. */
@RestController
@Tag(name = "Tasks")
class BulkTaskApiController {

    private final BulkCompletion bulk;

    BulkTaskApiController(BulkCompletion bulk) {
        this.bulk = bulk;
    }

    /**
     * The request: up to {@value BulkCompletion#MAX_TASKS} task ids, the form values they share, and
     * optionally values of single tasks (by task id) laid over the shared ones.
     */
    record BulkRequest(
            List<String> taskIds, Map<String, Object> values, Map<String, Map<String, Object>> valuesByTask) {}

    @PostMapping(path = "/api/v1/tasks/bulk-complete", consumes = "application/json")
    @Operation(
            operationId = "completeTasksInBulk",
            summary = "Complete up to 2,000 tasks with the same values; 200 with each task's outcome")
    BulkResult complete(Actor actor, @RequestBody BulkRequest request) {
        return bulk.complete(actor, request.taskIds(), request.values(), request.valuesByTask());
    }
}
