package org.comity.core.casefile;

import java.time.Instant;
import java.util.UUID;

/**
 * A case's status changed ({@link CaseFiles#changeStatus}, the one place statuses change, for every
 * procedure). Published synchronously, in the transaction of the change, so that whatever a listener
 * writes (the callback outbox) commits or rolls back with it.
 *
 * @param caseId the case
 * @param status the new status
 * @param occurredAt when it changed, on the application's clock
 */
public record CaseStatusChanged(UUID caseId, String status, Instant occurredAt) {}
