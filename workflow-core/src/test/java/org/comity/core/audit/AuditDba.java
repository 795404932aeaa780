package org.comity.core.audit;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A database administrator with direct SQL access, as the tamper tests need one. On PostgreSQL
 * it first disables the append-only triggers ({@code ALTER TABLE ... DISABLE TRIGGER USER}), as a
 * table owner or superuser could; the hash chain must catch what it does regardless.
 */
@Component
class AuditDba {

    private static final String[] TABLES = {"audit_log", "audit_chain_head", "audit_checkpoint"};

    private final JdbcTemplate jdbc;

    private final boolean postgres;

    AuditDba(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.postgres = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName())
                .toLowerCase()
                .contains("postgres");
    }

    boolean onPostgres() {
        return postgres;
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    /** Runs statements with the append-only triggers disabled, re-enabling them afterwards. */
    void tamper(String... statements) {
        triggers("DISABLE");
        try {
            for (String sql : statements) {
                jdbc.execute(sql);
            }
        } finally {
            triggers("ENABLE");
        }
    }

    /** Empties the log, its checkpoints and rewinds the head: a fresh log for the next test. */
    void reset() {
        tamper(
                "DELETE FROM audit_log",
                "DELETE FROM audit_checkpoint",
                "UPDATE audit_chain_head SET last_seq = 0, last_hash = '" + EntryHasher.GENESIS_HASH + "'");
    }

    long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_log", Long.class);
    }

    String hashAt(long seq) {
        return jdbc.queryForObject("SELECT entry_hash FROM audit_log WHERE seq = ?", String.class, seq);
    }

    private void triggers(String action) {
        if (postgres) {
            for (String table : TABLES) {
                jdbc.execute("ALTER TABLE " + table + " " + action + " TRIGGER USER");
            }
        }
    }
}
