package org.comity.core.repatriation;

import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;
import org.comity.core.audit.AuditActor;
import org.comity.core.audit.AuditCategory;
import org.comity.core.audit.AuditEvent;
import org.comity.core.audit.AuditLog;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.audit.ChangeDigest;
import org.comity.core.identity.Actor;
import org.springframework.stereotype.Component;

/**
 * The audit entries of repatriation writes, each in the transaction of its write and as its last
 * step. Digests cover the ids of the persons concerned, never their names or documents.
 */
@Component
class RepatriationAudit {

    private final AuditLog log;

    RepatriationAudit(AuditLog log) {
        this.log = log;
    }

    void collected(Actor actor, String action, UUID operationId, Collection<UUID> personIds) {
        log.record(AuditEvent.of(AuditActor.of(actor), AuditCategory.COLLECTION, action)
                .object(AuditObjectType.OPERATION, operationId.toString())
                .caseId(operationId)
                .changeDigest(ChangeDigest.of(ids(personIds)))
                .build());
    }

    void transferPlanned(Actor actor, UUID operationId, UUID transferId, Collection<UUID> personIds) {
        log.record(AuditEvent.of(AuditActor.of(actor), AuditCategory.ALTERATION, "transfer.plan")
                .object(AuditObjectType.OPERATION, transferId.toString())
                .caseId(operationId)
                .changeDigest(ChangeDigest.of(ids(personIds)))
                .build());
    }

    private static String ids(Collection<UUID> personIds) {
        return personIds.stream().map(UUID::toString).sorted().collect(Collectors.joining(","));
    }
}
