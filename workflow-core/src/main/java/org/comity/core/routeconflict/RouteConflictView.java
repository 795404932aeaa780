package org.comity.core.routeconflict;

import java.time.Instant;

/**
 * A route conflict as the holding state and auditors see it (legal-domain.md §10 item 22).
 *
 * @param personId the person of the repatriation
 * @param nameOriginal the person's name in the original script, as registered in the repatriation
 * @param nameLatin the person's name in Latin script
 * @param extraditionCaseId the extradition case whose request seeks the person
 * @param extraditionReference that case's reference
 * @param transferId the planned transfer the person was held back from, if any
 * @param status {@code OPEN} while the person is held back, {@code DECIDED} after the supervisor's decision
 * @param decision the route decided, once decided
 * @param reasons the supervisor's reasons, once decided
 */
public record RouteConflictView(
        String id,
        String personId,
        String nameOriginal,
        String nameLatin,
        String extraditionCaseId,
        String extraditionReference,
        String transferId,
        String status,
        String decision,
        String reasons,
        Instant detectedAt,
        String decidedBy,
        Instant decidedAt) {}
