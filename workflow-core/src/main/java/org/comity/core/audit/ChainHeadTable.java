package org.comity.core.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one-row table that serialises appends. {@code SELECT ... FOR UPDATE} is honoured by both
 * H2 and PostgreSQL and holds the lock until the caller's transaction ends, so the next writer
 * reads the head this one wrote, or the old one if this one rolled back: no fork, no gap.
 */
@Repository
class ChainHeadTable {

    private final JdbcClient jdbc;

    ChainHeadTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ChainHead lockForAppend() {
        return jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, row) -> new ChainHead(rs.getLong(1), rs.getString(2)))
                .single();
    }

    ChainHead read() {
        return jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
                .query((rs, row) -> new ChainHead(rs.getLong(1), rs.getString(2)))
                .single();
    }

    void advance(ChainHead from, ChainHead to) {
        int updated = jdbc.sql("UPDATE audit_chain_head SET last_seq = :toSeq, last_hash = :toHash "
                        + "WHERE id = 1 AND last_seq = :fromSeq AND last_hash = :fromHash")
                .param("toSeq", to.lastSequence())
                .param("toHash", to.lastHash())
                .param("fromSeq", from.lastSequence())
                .param("fromHash", from.lastHash())
                .update();
        if (updated != 1) {
            throw new IllegalStateException("audit chain head moved while locked; is the lock honoured?");
        }
    }
}
