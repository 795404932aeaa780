package org.comity.core.audit;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds realistic chains through the public append API, in batches of appends per transaction
 * so that 10,000 or 100,000 entries take seconds, not minutes.
 */
@Component
class ChainFixture {

    private static final AuditCategory[] CATEGORIES = AuditCategory.values();

    private final AuditLog log;

    private final TransactionTemplate tx;

    ChainFixture(AuditLog log, TransactionTemplate tx) {
        this.log = log;
        this.tx = tx;
    }

    void append(int entries, int perTransaction) {
        for (int done = 0; done < entries; done += perTransaction) {
            int start = done;
            int end = Math.min(entries, done + perTransaction);
            tx.executeWithoutResult(status -> {
                for (int i = start; i < end; i++) {
                    log.record(anEvent(i));
                }
            });
        }
    }

    /** The i-th event of a varied, plausible mix: officers and agencies of both states, all six categories. */
    static AuditEvent anEvent(int i) {
        AuditCategory category = CATEGORIES[i % CATEGORIES.length];
        AuditActor actor = switch (i % 3) {
            case 0 -> AuditActor.person("cn.officer", "CN");
            case 1 -> AuditActor.agency("demo-mm-mpf", "MM");
            default -> AuditActor.system("checkpoint-job");
        };
        UUID caseId = new UUID(0x2026L, i % 97);
        return AuditEvent.of(actor, category, "case." + category.name().toLowerCase())
                .onCase(caseId)
                .purpose("review of request " + i)
                .recipient(category == AuditCategory.DISCLOSURE ? "MM/Myanmar Police Force" : null)
                .changeDigest(ChangeDigest.of("change " + i))
                .build();
    }
}
