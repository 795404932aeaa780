package org.comity.core.audit;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and appends {@code audit_checkpoint} rows; the newest is the one verification trusts. */
@Repository
class CheckpointTable {

    private final JdbcClient jdbc;

    CheckpointTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AuditCheckpoint checkpoint) {
        jdbc.sql("INSERT INTO audit_checkpoint (entry_count, head_hash, created_at) VALUES (:count, :hash, :at)")
                .param("count", checkpoint.entryCount())
                .param("hash", checkpoint.headHash())
                .param("at", AuditRows.utc(checkpoint.createdAt()))
                .update();
    }

    /** The hash of the chain's first entry, which names this chain in copies kept elsewhere; null while it is empty. */
    String chainIdentity() {
        return jdbc.sql("SELECT entry_hash FROM audit_log WHERE seq = 1")
                .query(String.class)
                .optional()
                .orElse(null);
    }

    Optional<AuditCheckpoint> latest() {
        return jdbc.sql("SELECT entry_count, head_hash, created_at FROM audit_checkpoint "
                        + "ORDER BY checkpoint_id DESC LIMIT 1")
                .query((rs, row) ->
                        new AuditCheckpoint(rs.getLong(1), rs.getString(2), AuditRows.instant(rs, "created_at")))
                .optional();
    }
}
