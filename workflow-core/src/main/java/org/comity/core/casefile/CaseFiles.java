package org.comity.core.casefile;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.audit.DeniedReads;
import org.comity.core.failure.NotVisibleException;
import org.comity.core.identity.Actor;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.validation.Uuids;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases in table {@code comity_case}, and the door every reader of a case goes through: the rule of
 * who may see one is {@link CaseVisibility}; a case (or an object of a case) the caller may not see is
 * reported exactly like one that does not exist, and the refused read is audited ({@link DeniedReads}).
 */
@Repository
public class CaseFiles {

    private static final RowMapper<CaseFile> ROW = (rs, n) -> new CaseFile(
            rs.getObject("id", UUID.class),
            rs.getString("reference"),
            CaseType.valueOf(rs.getString("case_type")),
            rs.getString("requesting_jurisdiction"),
            rs.getString("requested_jurisdiction"),
            rs.getString("status"),
            rs.getString("created_by"),
            rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("updated_at").toInstant(),
            rs.getBoolean("restricted"),
            Optional.ofNullable(rs.getTimestamp("transmitted_at"))
                    .map(Timestamp::toInstant)
                    .orElse(null));

    private final JdbcClient jdbc;
    private final JurisdictionRegistry jurisdictions;
    private final CaseReferences references;
    private final Clock clock;
    private final DeniedReads denied;
    private final ApplicationEventPublisher events;

    CaseFiles(
            JdbcClient jdbc,
            JurisdictionRegistry jurisdictions,
            CaseReferences references,
            Clock clock,
            DeniedReads denied,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.denied = denied;
        this.jurisdictions = jurisdictions;
        this.references = references;
        this.clock = clock;
    }

    /** Opens a case with a new reference, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public CaseFile open(CaseType type, String requesting, String requested, String status, Actor createdBy) {
        return open(type, requesting, requested, status, createdBy, false);
    }

    /**
     * Opens a case that is {@linkplain CaseFile#restricted() restricted} if {@code restricted}, in the
     * caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CaseFile open(
            CaseType type, String requesting, String requested, String status, Actor createdBy, boolean restricted) {
        jurisdictions.require(requesting);
        jurisdictions.require(requested);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        UUID id = UUID.randomUUID();
        String reference = references.next(type, requesting, now.getYear());
        jdbc.sql("""
                INSERT INTO comity_case (id, reference, case_type, requesting_jurisdiction, requested_jurisdiction,
                    status, created_by, created_by_kind, created_at, updated_at, restricted, transmitted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        reference,
                        type.name(),
                        requesting,
                        requested,
                        status,
                        createdBy.id(),
                        createdBy.kind().name(),
                        now,
                        now,
                        restricted,
                        CaseVisibility.transmittedOnOpening(type) ? now : null)
                .update();
        return find(id).orElseThrow();
    }

    public Optional<CaseFile> find(UUID id) {
        return jdbc.sql("SELECT * FROM comity_case WHERE id = ?")
                .param(id)
                .query(ROW)
                .optional();
    }

    /**
     * The case if the actor may see it; {@link NotVisibleException} (404) otherwise, the refusal of an
     * existing case audited.
     */
    public CaseFile visible(Actor actor, String caseId) {
        CaseFile file =
                Uuids.parse(caseId).flatMap(this::find).orElseThrow(() -> new NotVisibleException("Case", caseId));
        return visibleFor(actor, file, AuditObjectType.CASE, file.id().toString(), "Case");
    }

    /**
     * The case {@code caseId} that an object the actor asked for belongs to (a document, an
     * operation's person), if the actor may see that case; {@link NotVisibleException} (404) naming
     * the object otherwise, the refusal audited as one of that object.
     */
    public CaseFile visibleFor(Actor actor, UUID caseId, AuditObjectType objectType, String objectId) {
        CaseFile file = find(caseId).orElseThrow(() -> new NotVisibleException(label(objectType), objectId));
        return visibleFor(actor, file, objectType, objectId, label(objectType));
    }

    private CaseFile visibleFor(Actor actor, CaseFile file, AuditObjectType objectType, String objectId, String label) {
        if (!CaseVisibility.sees(actor, file)) {
            denied.record(actor, objectType, objectId, file.id());
            throw new NotVisibleException(label, objectId);
        }
        return file;
    }

    private static String label(AuditObjectType type) {
        String name = type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * Marks the case transmitted to the other party at the first message between the sides; later
     * messages keep the first time.
     */
    @EventListener
    public void transmitted(CaseTransmitted event) {
        jdbc.sql("UPDATE comity_case SET transmitted_at = ? WHERE id = ? AND transmitted_at IS NULL")
                .params(Timestamp.from(clock.instant()), event.caseId())
                .update();
    }

    /**
     * Sets the case's status, in the caller's transaction; a change (not a repeat of the status it
     * has) is published as {@link CaseStatusChanged} in that transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changeStatus(UUID id, String status) {
        Instant now = clock.instant();
        int changed = jdbc.sql("UPDATE comity_case SET status = ?, updated_at = ? WHERE id = ? AND status <> ?")
                .params(status, Timestamp.from(now), id, status)
                .update();
        if (changed == 1) {
            events.publishEvent(new CaseStatusChanged(id, status, now));
        }
    }

    /**
     * Restricts the case (a confidential MLA request, legal-domain.md §9 item 16) or lifts the
     * restriction, when an amended request changes its confidentiality before it is sent.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void restrict(UUID id, boolean restricted) {
        jdbc.sql("UPDATE comity_case SET restricted = ?, updated_at = ? WHERE id = ?")
                .params(restricted, Timestamp.from(clock.instant()), id)
                .update();
    }
}
