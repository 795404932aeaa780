package org.comity.core.mla.intake;

import static org.comity.core.mla.process.MlaProcesses.Variables.CONFIDENTIAL;
import static org.comity.core.mla.process.MlaProcesses.Variables.DEADLINE_AT;
import static org.comity.core.mla.process.MlaProcesses.Variables.LEGAL_BASIS_ID;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.comity.core.access.RequestingOfficerMayAmend;
import org.comity.core.audit.AuditActor;
import org.comity.core.audit.AuditCategory;
import org.comity.core.audit.AuditEvent;
import org.comity.core.audit.AuditLog;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.casefile.CaseType;
import org.comity.core.failure.ConflictException;
import org.comity.core.failure.ForbiddenException;
import org.comity.core.failure.NotVisibleException;
import org.comity.core.identity.Actor;
import org.comity.core.mla.process.MlaProcesses.Requesting;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.mla.validation.MlaRequestValidator;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Amends a request for mutual legal assistance its supervisor returned (DESIGN §4.3: the four-eyes
 * review's {@code RETURN} opens {@code Task_CorrectRequest}): an officer of the requesting state
 * replaces the stored request by the corrected one while the correction task is open, validated in
 * full like a new request. The earlier version is kept, so that the reviewer is shown what changed.
 * The two states define the case and cannot change; what the process carries of the request (legal
 * basis, confidentiality, deadline, all sent to the requested state with the letter) and the case's
 * restriction follow the amended request, since nothing has been sent yet.
 */
@Service
public class MlaAmendments {

    private final CaseFiles cases;
    private final MlaRecords records;
    private final MlaIntake intake;
    private final MlaRequestValidator validator;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final AuditLog audit;

    MlaAmendments(CaseFiles cases, MlaRecords records, MlaIntake intake, MlaRequestValidator validator,
            TaskService tasks, RuntimeService runtime, AuditLog audit) {
        this.cases = cases;
        this.records = records;
        this.intake = intake;
        this.validator = validator;
        this.tasks = tasks;
        this.runtime = runtime;
        this.audit = audit;
    }

    /**
     * @throws NotVisibleException unless the case is an MLA case of the actor's own requesting state
     * @throws ForbiddenException unless the actor is an officer (supervisors review, they do not correct)
     * @throws ConflictException unless the request is waiting to be corrected
     * @throws InvalidInputException naming each invalid field, nothing stored
     */
    @Transactional
    public CaseFile amend(Actor actor, String caseId, MlaRequest request, Locale locale) {
        CaseFile caseFile = cases.visible(actor, caseId);
        if (caseFile.type() != CaseType.MLA || !caseFile.requesting().equals(actor.jurisdiction())) {
            throw new NotVisibleException("MLA request", caseId);
        }
        if (!RequestingOfficerMayAmend.POLICY.allows(actor, caseFile.parties())) {
            throw new ForbiddenException("Only an officer of the requesting state may correct its request");
        }
        Task correction = tasks.createTaskQuery().processInstanceBusinessKey(caseId)
                .taskDefinitionKey(Requesting.CORRECT_REQUEST).active().singleResult();
        if (correction == null) {
            throw new ConflictException("The request can be amended only while it is returned for correction");
        }
        List<FieldError> errors = new ArrayList<>(validator.validate(request, locale).errors());
        if (errors.isEmpty() && !request.requestingState().equals(caseFile.requesting())) {
            errors.add(new FieldError("requestingState", "SameCase", "must stay " + caseFile.requesting()));
        }
        if (errors.isEmpty() && !request.requestedState().equals(caseFile.requested())) {
            errors.add(new FieldError("requestedState", "SameCase", "must stay " + caseFile.requested()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        records.amend(caseFile.id(), request, validator.validate(request, Locale.ENGLISH).warnings(), actor);
        cases.restrict(caseFile.id(), request.confidential());
        runtime.setVariables(correction.getProcessInstanceId(), Variables.createVariables()
                .putValue(LEGAL_BASIS_ID, request.legalBasisId())
                .putValue(CONFIDENTIAL, request.confidential())
                .putValueTyped(DEADLINE_AT, Variables.dateValue(intake.deadlineAt(request))));
        audit.record(AuditEvent.of(AuditActor.of(actor), AuditCategory.ALTERATION, "mla.amend")
                .object(AuditObjectType.CASE, caseId).caseId(caseFile.id()).build());
        return caseFile;
    }
}
