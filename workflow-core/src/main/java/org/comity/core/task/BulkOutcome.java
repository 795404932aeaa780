package org.comity.core.task;

import java.util.List;
import org.comity.core.validation.FieldError;

/**
 * What happened to one task of a bulk completion: {@code COMPLETED} (status 204), or {@code REFUSED}
 * with the status a single completion would have had (422, 404, 403, 409) and its field errors.
 */
public record BulkOutcome(String taskId, String outcome, int status, String detail, List<FieldError> errors) {

    public static final String COMPLETED = "COMPLETED";
    public static final String REFUSED = "REFUSED";

    static BulkOutcome completed(String taskId) {
        return new BulkOutcome(taskId, COMPLETED, 204, null, List.of());
    }

    static BulkOutcome refused(String taskId, int status, String detail, List<FieldError> errors) {
        return new BulkOutcome(taskId, REFUSED, status, detail, errors);
    }
}
