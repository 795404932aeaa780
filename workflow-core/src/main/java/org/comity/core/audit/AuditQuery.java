package org.comity.core.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * The auditor's filter over the log; every criterion is optional and they combine with AND.
 * Start from {@link #all()} and narrow with the {@code with...} methods.
 *
 * @param actorId exact actor id
 * @param from inclusive lower bound of the recorded time
 * @param to exclusive upper bound of the recorded time
 * @param caseId the case entries belong to
 * @param category one of the six Art. 25 operations
 * @param objectType kind of object; with {@code objectId}, one object
 * @param objectId id of the object, meaningful together with {@code objectType}
 */
public record AuditQuery(
        String actorId,
        Instant from,
        Instant to,
        UUID caseId,
        AuditCategory category,
        AuditObjectType objectType,
        String objectId) {

    public AuditQuery {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
        if (objectId != null && objectType == null) {
            throw new IllegalArgumentException("an object id needs its object type");
        }
    }

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }

    public AuditQuery withActor(String id) {
        return new AuditQuery(id, from, to, caseId, category, objectType, objectId);
    }

    public AuditQuery withTimeRange(Instant fromInclusive, Instant toExclusive) {
        return new AuditQuery(actorId, fromInclusive, toExclusive, caseId, category, objectType, objectId);
    }

    public AuditQuery withCase(UUID id) {
        return new AuditQuery(actorId, from, to, id, category, objectType, objectId);
    }

    public AuditQuery withCategory(AuditCategory value) {
        return new AuditQuery(actorId, from, to, caseId, value, objectType, objectId);
    }

    public AuditQuery withObject(AuditObjectType type, String id) {
        return new AuditQuery(actorId, from, to, caseId, category, type, id);
    }
}
