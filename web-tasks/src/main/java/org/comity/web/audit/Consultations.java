package org.comity.web.audit;

import java.util.UUID;
import org.comity.core.audit.AuditActor;
import org.comity.core.audit.AuditCategory;
import org.comity.core.audit.AuditEvent;
import org.comity.core.audit.AuditLog;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.identity.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Logs that someone read personal data or the audit log (EU Law Enforcement Directive Art. 25:
 * consultation is logged as well as change). Each consultation is committed on its own, before the
 * data leaves, so that a read is on record even if sending the response fails afterwards.
 */
@Component
public class Consultations {

    /** The purpose recorded for an auditor's reads unless the auditor gives another. */
    public static final String AUDIT_PURPOSE = "Supervisory audit of data processing (LED Art. 25(2))";

    private final AuditLog log;
    private final TransactionTemplate ownTransaction;

    Consultations(AuditLog log, PlatformTransactionManager transactions) {
        this.log = log;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void record(
            Actor actor, String action, AuditObjectType objectType, String objectId, UUID caseId, String purpose) {
        AuditEvent.Builder event = AuditEvent.of(AuditActor.of(actor), AuditCategory.CONSULTATION, action)
                .object(objectType, objectId)
                .purpose(purpose);
        if (caseId != null) {
            event.caseId(caseId);
        }
        ownTransaction.executeWithoutResult(status -> log.record(event.build()));
    }

    /**
     * Logs the read of several objects shown together (e.g. the persons named on one page of the task
     * list), one entry each, committed together in one transaction.
     *
     * @param caseIdByObject each object's id with its case's id ({@code null} if none)
     */
    public void recordEach(
            Actor actor,
            String action,
            AuditObjectType objectType,
            java.util.Map<String, UUID> caseIdByObject,
            String purpose) {
        if (caseIdByObject.isEmpty()) {
            return;
        }
        ownTransaction.executeWithoutResult(status -> caseIdByObject.forEach((objectId, caseId) -> {
            AuditEvent.Builder event = AuditEvent.of(AuditActor.of(actor), AuditCategory.CONSULTATION, action)
                    .object(objectType, objectId)
                    .purpose(purpose);
            if (caseId != null) {
                event.caseId(caseId);
            }
            log.record(event.build());
        }));
    }
}
