package org.comity.core.extradition.process;

import static org.comity.core.extradition.process.ExtraditionProcesses.Variables.EXTRADITION_GRANTED;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.comity.core.audit.AuditActor;
import org.comity.core.audit.AuditCategory;
import org.comity.core.audit.AuditEvent;
import org.comity.core.audit.AuditLog;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.casefile.CaseFiles;
import org.springframework.stereotype.Component;

/**
 * The end listener of every end event of both extradition processes: sets the case status the end
 * stands for ({@link ExtraditionStatus#atEnd}) and audits the change. One exception: when a
 * provisional arrest lapsed but a late formal request already opened a new examination of the case
 * (S10 Art. 31 para. 3), the old examination's release does not close the case.
 */
@Component("extraditionCaseStatus")
class ExtraditionCaseStatus implements ExecutionListener {

    private final CaseFiles cases;
    private final AuditLog audit;

    ExtraditionCaseStatus(CaseFiles cases, AuditLog audit) {
        this.cases = cases;
        this.audit = audit;
    }

    @Override
    public void notify(DelegateExecution execution) {
        ExtraditionStatus status = ExtraditionStatus.atEnd(execution.getCurrentActivityId(),
                Boolean.TRUE.equals(execution.getVariable(EXTRADITION_GRANTED)));
        if (anotherInstanceOfTheSameSideRuns(execution)) {
            return;
        }
        UUID caseId = UUID.fromString(execution.getBusinessKey());
        cases.changeStatus(caseId, status.name());
        audit.record(AuditEvent.of(AuditActor.system("comity-extradition"), AuditCategory.ALTERATION, "case.status")
                .object(AuditObjectType.CASE, caseId.toString()).caseId(caseId).purpose(status.name()).build());
    }

    private static boolean anotherInstanceOfTheSameSideRuns(DelegateExecution execution) {
        return execution.getProcessEngineServices().getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(execution.getBusinessKey())
                .processDefinitionId(execution.getProcessDefinitionId()).list().stream()
                .anyMatch(instance -> !instance.getId().equals(execution.getProcessInstanceId()));
    }
}
