package org.comity.core.casefile;

import org.comity.core.validation.Uuids;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.comity.core.failure.NotVisibleException;
import org.comity.core.identity.Actor;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases in table {@code comity_case}, and the one rule of who may see one: the two parties and
 * auditors, narrowed for a restricted case ({@link CaseFile#isVisibleTo}). A case the caller may not
 * see is reported exactly like a case that does not exist.
 */
@Repository
public class CaseFiles {

    private static final RowMapper<CaseFile> ROW = (rs, n) -> new CaseFile(rs.getObject("id", UUID.class),
            rs.getString("reference"), CaseType.valueOf(rs.getString("case_type")),
            rs.getString("requesting_jurisdiction"), rs.getString("requested_jurisdiction"), rs.getString("status"),
            rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("updated_at").toInstant(), rs.getBoolean("restricted"));

    private final JdbcClient jdbc;
    private final JurisdictionRegistry jurisdictions;
    private final CaseReferences references;
    private final Clock clock;

    CaseFiles(JdbcClient jdbc, JurisdictionRegistry jurisdictions, CaseReferences references, Clock clock) {
        this.jdbc = jdbc;
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
    public CaseFile open(CaseType type, String requesting, String requested, String status, Actor createdBy,
            boolean restricted) {
        jurisdictions.require(requesting);
        jurisdictions.require(requested);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        UUID id = UUID.randomUUID();
        String reference = references.next(type, requesting, now.getYear());
        jdbc.sql("""
                INSERT INTO comity_case (id, reference, case_type, requesting_jurisdiction, requested_jurisdiction,
                    status, created_by, created_at, updated_at, restricted)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, reference, type.name(), requesting, requested, status, createdBy.id(), now, now, restricted)
                .update();
        return find(id).orElseThrow();
    }

    public Optional<CaseFile> find(UUID id) {
        return jdbc.sql("SELECT * FROM comity_case WHERE id = ?").param(id).query(ROW).optional();
    }

    /** The case if the actor may see it; {@link NotVisibleException} (404) otherwise. */
    public CaseFile visible(Actor actor, String caseId) {
        return Uuids.parse(caseId).flatMap(this::find).filter(c -> c.isVisibleTo(actor))
                .orElseThrow(() -> new NotVisibleException("Case", caseId));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void changeStatus(UUID id, String status) {
        jdbc.sql("UPDATE comity_case SET status = ?, updated_at = ? WHERE id = ?")
                .params(status, Timestamp.from(clock.instant()), id).update();
    }
}
