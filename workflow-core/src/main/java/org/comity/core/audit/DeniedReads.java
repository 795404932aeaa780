package org.comity.core.audit;

import java.util.Locale;
import java.util.UUID;
import org.comity.core.identity.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Logs an attempt to read an object that exists but that the caller may not see (the other state's
 * case before its transmission, its documents or tasks): who, which object, when, refused. The caller
 * gets the same 404 as for an unknown id, so the attempt is on record only here; a state probing the
 * other's ids is exactly what an auditor must be able to find (EU Law Enforcement Directive Art. 25
 * logs consultations; this is the refused one).
 *
 * <p>The entry is written in its own transaction, which must survive the refusal that follows: the
 * caller's transaction, if any, is rolled back by the 404. When a transaction is active, the entry
 * waits until it has ended, because that transaction may already hold the audit chain's head row
 * and a second one writing meanwhile would wait for it forever.
 */
@Component
public class DeniedReads {

    /** The purpose recorded with a refused read: there was none the caller could have. */
    public static final String REFUSED = "Refused: not visible to the caller";

    private final AuditLog log;
    private final TransactionTemplate ownTransaction;

    DeniedReads(AuditLog log, PlatformTransactionManager transactions) {
        this.log = log;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The action code of a refused read of {@code type}, e.g. {@code case.read.denied}. */
    public static String action(AuditObjectType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".read.denied";
    }

    /**
     * Records that {@code actor} was refused {@code objectId} of {@code type}, which belongs to case
     * {@code caseId} (or none).
     */
    public void record(Actor actor, AuditObjectType type, String objectId, UUID caseId) {
        AuditEvent.Builder event = AuditEvent.of(AuditActor.of(actor), AuditCategory.CONSULTATION, action(type))
                .object(type, objectId)
                .purpose(REFUSED);
        if (caseId != null) {
            event.caseId(caseId);
        }
        AuditEvent built = event.build();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    write(built);
                }
            });
        } else {
            write(built);
        }
    }

    private void write(AuditEvent event) {
        ownTransaction.executeWithoutResult(status -> log.record(event));
    }
}
