package org.comity.core.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.comity.core.identity.ActorKind;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * Maps {@code audit_log} rows to {@link AuditEntry} and back. Times travel as
 * {@link OffsetDateTime} in UTC, which both H2 and the PostgreSQL driver map to
 * {@code TIMESTAMP WITH TIME ZONE} without shifting them into the JVM's zone.
 */
final class AuditRows {

    static final String COLUMNS = "seq, recorded_at, actor_id, actor_kind, actor_jurisdiction, category, action, "
            + "object_type, object_id, case_id, purpose, recipient, change_digest, previous_hash, entry_hash";

    static final String INSERT = "INSERT INTO audit_log (" + COLUMNS + ") VALUES (:seq, :recordedAt, :actorId, "
            + ":actorKind, :actorJurisdiction, :category, :action, :objectType, :objectId, :caseId, :purpose, "
            + ":recipient, :changeDigest, :previousHash, :hash)";

    static final RowMapper<AuditEntry> MAPPER = AuditRows::map;

    private AuditRows() {}

    /**
     * Binds an entry to {@link #INSERT}. Nullable columns get an explicit SQL type: without one,
     * binding a null asks the PostgreSQL driver for parameter metadata, a round trip per null.
     */
    static StatementSpec bindInsert(StatementSpec insert, AuditEntry entry) {
        AuditEvent event = entry.event();
        return insert.param("seq", entry.sequence())
                .param("recordedAt", utc(entry.recordedAt()))
                .param("actorId", event.actor().id())
                .param("actorKind", event.actor().kind().name())
                .param("actorJurisdiction", event.actor().jurisdiction(), Types.CHAR)
                .param("category", event.category().name())
                .param("action", event.action())
                .param("objectType", event.objectType().name())
                .param("objectId", event.objectId())
                .param("caseId", event.caseId(), event.caseId() == null ? Types.OTHER : SqlTypeValue.TYPE_UNKNOWN)
                .param("purpose", event.purpose(), Types.VARCHAR)
                .param("recipient", event.recipient(), Types.VARCHAR)
                .param("changeDigest", event.changeDigest(), Types.CHAR)
                .param("previousHash", entry.previousHash())
                .param("hash", entry.hash());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        AuditActor actor = new AuditActor(
                rs.getString("actor_id"),
                ActorKind.valueOf(rs.getString("actor_kind")),
                rs.getString("actor_jurisdiction"));
        AuditEvent event = new AuditEvent(
                actor,
                AuditCategory.valueOf(rs.getString("category")),
                rs.getString("action"),
                AuditObjectType.valueOf(rs.getString("object_type")),
                rs.getString("object_id"),
                rs.getObject("case_id", UUID.class),
                rs.getString("purpose"),
                rs.getString("recipient"),
                rs.getString("change_digest"));
        return new AuditEntry(
                rs.getLong("seq"),
                instant(rs, "recorded_at"),
                event,
                rs.getString("previous_hash"),
                rs.getString("entry_hash"));
    }
}
