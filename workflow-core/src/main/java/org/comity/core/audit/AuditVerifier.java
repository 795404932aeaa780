package org.comity.core.audit;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proves the audit log unaltered: walks the whole chain in sequence order, a page at a time
 * (keyset paging, so memory stays flat at any length), recomputes every hash, then compares the
 * end with the chain head and the latest checkpoint. Writers may keep appending meanwhile: entries
 * committed during the walk are walked too before the head is judged.
 */
@Service
public class AuditVerifier {

    static final int PAGE_SIZE = 5_000;

    private final JdbcClient jdbc;

    private final ChainHeadTable head;

    private final AuditCheckpoints checkpoints;

    AuditVerifier(JdbcClient jdbc, ChainHeadTable head, AuditCheckpoints checkpoints) {
        this.jdbc = jdbc;
        this.head = head;
        this.checkpoints = checkpoints;
    }

    @Transactional(readOnly = true)
    public ChainVerification verify() {
        ChainWalker walker = new ChainWalker(checkpoints.latest().orElse(null));
        Walk walk = walkToEnd(walker, 0);
        while (walk.broken().isEmpty()) {
            ChainHead current = head.read();
            if (current.lastSequence() <= walk.lastSequence()) {
                return walker.finish(current);
            }
            Walk more = walkToEnd(walker, walk.lastSequence());
            if (more.broken().isEmpty() && more.lastSequence() == walk.lastSequence()) {
                return walker.finish(current);
            }
            walk = more;
        }
        return walk.broken().get();
    }

    private Walk walkToEnd(ChainWalker walker, long after) {
        long last = after;
        while (true) {
            List<ChainRow> page = page(last);
            for (ChainRow row : page) {
                Optional<ChainVerification> broken = walker.accept(row);
                if (broken.isPresent()) {
                    return new Walk(row.sequence(), broken);
                }
                last = row.sequence();
            }
            if (page.size() < PAGE_SIZE) {
                return new Walk(last, Optional.empty());
            }
        }
    }

    private List<ChainRow> page(long afterSequence) {
        return jdbc.sql("SELECT " + AuditRows.COLUMNS + " FROM audit_log WHERE seq > :after ORDER BY seq LIMIT :size")
                .param("after", afterSequence)
                .param("size", PAGE_SIZE)
                .query((rs, row) -> new ChainRow(
                        rs.getLong("seq"),
                        rs.getString("previous_hash"),
                        rs.getString("entry_hash"),
                        EntryHasher.hashOfRow(rs)))
                .list();
    }

    private record Walk(long lastSequence, Optional<ChainVerification> broken) {}
}
