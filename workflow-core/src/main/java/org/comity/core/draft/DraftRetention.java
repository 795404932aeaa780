package org.comity.core.draft;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.comity.core.audit.AuditActor;
import org.comity.core.audit.AuditCategory;
import org.comity.core.audit.AuditEvent;
import org.comity.core.audit.AuditLog;
import org.comity.core.audit.AuditObjectType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases drafts nobody has touched for {@code comity.drafts.retention} (ISO-8601, default
 * {@code P90D}). A draft holds personal data of a person sought that no case justifies yet, so it
 * is kept only as long as someone is working on it (storage limitation, EU Law Enforcement
 * Directive Art. 4(1)(e)); each erasure is an audit entry by the system. Runs every
 * {@code comity.drafts.retention-check} (default daily) where scheduling is enabled.
 */
@Component
public class DraftRetention {

    static final String ACTOR = "draft-retention";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration retention;

    DraftRetention(
            JdbcClient jdbc,
            AuditLog audit,
            Clock clock,
            @Value("${comity.drafts.retention:P90D}") Duration retention) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(
            initialDelayString = "${comity.drafts.retention-check:P1D}",
            fixedDelayString = "${comity.drafts.retention-check:P1D}")
    void scheduled() {
        eraseStale();
    }

    /** Erases every draft last changed before the retention period began; returns how many. */
    @Transactional
    public int eraseStale() {
        OffsetDateTime cutoff =
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).minus(retention);
        List<UUID> stale = jdbc.sql("SELECT id FROM request_draft WHERE updated_at < ? ORDER BY id FOR UPDATE")
                .param(cutoff)
                .query(UUID.class)
                .list();
        for (UUID id : stale) {
            jdbc.sql("DELETE FROM request_draft WHERE id = ?").param(id).update();
            audit.record(AuditEvent.of(AuditActor.system(ACTOR), AuditCategory.ERASURE, "draft.expire")
                    .object(AuditObjectType.DRAFT, id.toString())
                    .build());
        }
        return stale.size();
    }
}
