package org.comity.core.audit;

import java.util.Objects;
import java.util.UUID;

/**
 * One operation to be logged, as the caller describes it. It carries identifiers and a digest of
 * the change, never the personal data itself, so the log can be kept longer than the data and an
 * erasure entry does not resurrect what it erased. Build it with
 * {@link #of(AuditActor, AuditCategory, String)}; the rules of {@link Art25Requirements} are
 * checked on construction, so an event that reaches the log is always complete.
 *
 * @param actor who acted
 * @param category which of the six Art. 25 operations this is
 * @param action short code of the use case, e.g. {@code case.read}, {@code task.complete}
 * @param objectType kind of the object acted on
 * @param objectId id of the object acted on
 * @param caseId the case the object belongs to, if any
 * @param purpose the justification; required for consultation and disclosure
 * @param recipient who received the data; required for disclosure
 * @param changeDigest SHA-256 (hex) of a canonical representation of the change, if any
 */
public record AuditEvent(
        AuditActor actor,
        AuditCategory category,
        String action,
        AuditObjectType objectType,
        String objectId,
        UUID caseId,
        String purpose,
        String recipient,
        String changeDigest) {

    public AuditEvent {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(category, "category");
        FieldRules.requireText("action", action, 64);
        if (!action.matches("[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)+")) {
            throw new IllegalArgumentException("action must be a dotted lower-case code such as case.read");
        }
        Objects.requireNonNull(objectType, "object type");
        FieldRules.requireText("object id", objectId, 100);
        FieldRules.optionalText("purpose", purpose, 1000);
        FieldRules.optionalText("recipient", recipient, 200);
        FieldRules.optionalSha256("change digest", changeDigest);
        Art25Requirements.check(category, purpose, recipient);
    }

    /** Starts an event; add the object and, where the category asks, purpose and recipient. */
    public static Builder of(AuditActor actor, AuditCategory category, String action) {
        return new Builder(actor, category, action);
    }

    /** Fluent construction, because nine positional arguments invite swapped strings. */
    public static final class Builder {

        private final AuditActor actor;

        private final AuditCategory category;

        private final String action;

        private AuditObjectType objectType;

        private String objectId;

        private UUID caseId;

        private String purpose;

        private String recipient;

        private String changeDigest;

        private Builder(AuditActor actor, AuditCategory category, String action) {
            this.actor = actor;
            this.category = category;
            this.action = action;
        }

        public Builder object(AuditObjectType type, String id) {
            this.objectType = type;
            this.objectId = id;
            return this;
        }

        /** The object is the case itself: sets both the object and the case id. */
        public Builder onCase(UUID id) {
            this.caseId = id;
            return object(AuditObjectType.CASE, id.toString());
        }

        public Builder caseId(UUID id) {
            this.caseId = id;
            return this;
        }

        public Builder purpose(String justification) {
            this.purpose = justification;
            return this;
        }

        public Builder recipient(String recipientId) {
            this.recipient = recipientId;
            return this;
        }

        public Builder changeDigest(String sha256Hex) {
            this.changeDigest = sha256Hex;
            return this;
        }

        public AuditEvent build() {
            return new AuditEvent(
                    actor, category, action, objectType, objectId, caseId, purpose, recipient, changeDigest);
        }
    }
}
