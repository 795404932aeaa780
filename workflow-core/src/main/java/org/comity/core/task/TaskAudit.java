package org.comity.core.task;

import org.camunda.bpm.engine.task.Task;
import org.comity.core.audit.AuditActor;
import org.comity.core.audit.AuditCategory;
import org.comity.core.audit.AuditEvent;
import org.comity.core.audit.AuditLog;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.audit.ChangeDigest;
import org.comity.core.identity.Actor;
import org.comity.core.validation.Uuids;
import org.springframework.stereotype.Component;

/**
 * Writes the audit entry of every change to a task (claim, release, completion) in the same
 * transaction as the change. The entry carries a digest of the submitted values, never the values.
 */
@Component
class TaskAudit {

    private final AuditLog log;

    TaskAudit(AuditLog log) {
        this.log = log;
    }

    void changed(Actor actor, Task task, String caseId, String action, String submittedJson) {
        AuditEvent.Builder event = AuditEvent.of(AuditActor.of(actor), AuditCategory.ALTERATION, action)
                .object(AuditObjectType.TASK, task.getId());
        Uuids.parse(caseId).ifPresent(event::caseId);
        if (submittedJson != null) {
            event.changeDigest(ChangeDigest.of(submittedJson));
        }
        log.record(event.build());
    }
}
