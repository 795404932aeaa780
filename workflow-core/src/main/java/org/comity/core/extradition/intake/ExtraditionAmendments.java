package org.comity.core.extradition.intake;

import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.TaskService;
import org.comity.core.access.RequestingOfficerMayAmend;
import org.comity.core.audit.AuditActor;
import org.comity.core.audit.AuditCategory;
import org.comity.core.audit.AuditEvent;
import org.comity.core.audit.AuditLog;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.casefile.CaseType;
import org.comity.core.extradition.process.ExtraditionProcesses.Requesting;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.validation.ExtraditionRequestValidator;
import org.comity.core.failure.ConflictException;
import org.comity.core.failure.ForbiddenException;
import org.comity.core.failure.NotVisibleException;
import org.comity.core.identity.Actor;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Amends a request its supervisor returned (DESIGN §4.1 requesting step 2: {@code RETURN} →
 * {@code Task_CorrectRequest}): an officer of the requesting state replaces the stored request by
 * the corrected one while the correction task is open, validated in full like a new request. The
 * earlier version is kept, so that the reviewer is shown what changed. The states of the request
 * cannot change: they define the case.
 */
@Service
public class ExtraditionAmendments {

    private final CaseFiles cases;
    private final ExtraditionRecords records;
    private final ExtraditionRequestValidator validator;
    private final TaskService tasks;
    private final AuditLog audit;

    ExtraditionAmendments(CaseFiles cases, ExtraditionRecords records, ExtraditionRequestValidator validator,
            TaskService tasks, AuditLog audit) {
        this.cases = cases;
        this.records = records;
        this.validator = validator;
        this.tasks = tasks;
        this.audit = audit;
    }

    /**
     * @throws NotVisibleException unless the case is an extradition case of the actor's own requesting
     *         state (the requested state never sees the other side's draft of a request)
     * @throws ForbiddenException unless the actor is an officer (supervisors review, they do not correct)
     * @throws ConflictException unless the request is waiting to be corrected
     * @throws InvalidInputException naming each invalid field, nothing stored
     */
    @Transactional
    public CaseFile amend(Actor actor, String caseId, ExtraditionRequest request, Locale locale) {
        CaseFile caseFile = cases.visible(actor, caseId);
        if (caseFile.type() != CaseType.EXTRADITION || !caseFile.requesting().equals(actor.jurisdiction())) {
            throw new NotVisibleException("Extradition request", caseId);
        }
        if (!RequestingOfficerMayAmend.POLICY.allows(actor, caseFile.parties())) {
            throw new ForbiddenException("Only an officer of the requesting state may correct its request");
        }
        if (tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKey(Requesting.CORRECT_REQUEST)
                .active().count() == 0) {
            throw new ConflictException("The request can be amended only while it is returned for correction");
        }
        List<FieldError> errors = new java.util.ArrayList<>(validator.errors(request, locale));
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
        audit.record(AuditEvent.of(AuditActor.of(actor), AuditCategory.ALTERATION, "extradition.amend")
                .object(AuditObjectType.CASE, caseId).caseId(caseFile.id()).build());
        return caseFile;
    }
}
