package org.comity.web.ui;

import java.time.Instant;
import java.util.List;
import org.comity.web.wizard.RequestSheet;

/**
 * The request a review or examination task decides on, shown read-only beside the task's form.
 *
 * @param sheet the request as submitted (its version in force), with its points to check
 * @param returnedAt when this task's reviewers last returned the request, or {@code null} if never
 * @param changes what changed in the request since it was returned (empty if nothing did)
 * @param preview whether the task offers the document as it would be issued
 * @param amendable whether the task is the correction of a returned request and the reader may amend it
 */
record TaskRequest(
        RequestSheet sheet, Instant returnedAt, List<RequestSheet.Change> changes, boolean preview, boolean amendable) {

    TaskRequest {
        changes = List.copyOf(changes);
    }
}
