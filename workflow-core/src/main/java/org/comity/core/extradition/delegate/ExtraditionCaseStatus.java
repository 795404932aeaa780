package org.comity.core.extradition.delegate;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.comity.core.audit.AuditActor;
import org.comity.core.audit.AuditCategory;
import org.comity.core.audit.AuditEvent;
import org.comity.core.audit.AuditLog;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.extradition.ExtraditionStatus;
import org.springframework.stereotype.Component;

/**
 * What the end listener of every end event of both extradition processes does: sets the case status
 * the end stands for (each end event's own delegate in {@link ExtraditionDelegates} says which) and
 * audits the change. One exception: when a provisional arrest lapsed but a late formal request
 * already opened a new examination of the case (S10 Art. 31 para. 3), the old examination's release
 * does not close the case.
 */
@Component
public class ExtraditionCaseStatus {

    private final CaseFiles cases;
    private final AuditLog audit;

    public ExtraditionCaseStatus(CaseFiles cases, AuditLog audit) {
        this.cases = cases;
        this.audit = audit;
    }

    /** Closes the case of {@code execution} with {@code status}, unless another instance of the same side runs. */
    public void set(DelegateExecution execution, ExtraditionStatus status) {
        if (anotherInstanceOfTheSameSideRuns(execution)) {
            return;
        }
        UUID caseId = UUID.fromString(execution.getBusinessKey());
        cases.changeStatus(caseId, status.name());
        audit.record(AuditEvent.of(AuditActor.system("comity-extradition"), AuditCategory.ALTERATION, "case.status")
                .object(AuditObjectType.CASE, caseId.toString())
                .caseId(caseId)
                .purpose(status.name())
                .build());
    }

    private static boolean anotherInstanceOfTheSameSideRuns(DelegateExecution execution) {
        return execution
                .getProcessEngineServices()
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(execution.getBusinessKey())
                .processDefinitionId(execution.getProcessDefinitionId())
                .list()
                .stream()
                .anyMatch(instance -> !instance.getId().equals(execution.getProcessInstanceId()));
    }
}
