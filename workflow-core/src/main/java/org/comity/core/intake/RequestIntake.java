package org.comity.core.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.comity.core.access.RequestingOfficerMayAmend;
import org.comity.core.access.StateSubmitsOwnRequests;
import org.comity.core.audit.AuditActor;
import org.comity.core.audit.AuditCategory;
import org.comity.core.audit.AuditEvent;
import org.comity.core.audit.AuditLog;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.failure.ConflictException;
import org.comity.core.failure.ForbiddenException;
import org.comity.core.failure.NotVisibleException;
import org.comity.core.idempotency.IdempotencyKeys;
import org.comity.core.idempotency.IdempotentResult;
import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepts and amends requests of every procedure the same way. A request comes from an agency or an
 * officer of the requesting state; it is validated in full before anything is stored; a repeat
 * with the same Idempotency-Key and body returns the first case. A request returned by its
 * supervisor is corrected by an officer of the requesting state while the correction task is open,
 * validated like a new one, and cannot move the case to other states; what the process carries of
 * the request follows the correction. The procedure supplies its validation, its storage and its
 * process ({@link RequestProcedure}).
 */
@Service
public class RequestIntake {

    /** Case status right after intake, for every procedure. */
    public static final String SUBMITTED = "SUBMITTED";

    /** The process variables every request's process carries (names shared by all procedures). */
    public static final String CASE_ID = "caseId";

    public static final String REQUEST_ID = "requestId";
    public static final String REQUESTING_STATE = "requestingState";
    public static final String REQUESTED_STATE = "requestedState";

    private final CaseFiles cases;
    private final IdempotencyKeys idempotency;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final AuditLog audit;

    RequestIntake(
            CaseFiles cases, IdempotencyKeys idempotency, RuntimeService runtime, TaskService tasks, AuditLog audit) {
        this.cases = cases;
        this.idempotency = idempotency;
        this.runtime = runtime;
        this.tasks = tasks;
        this.audit = audit;
    }

    /**
     * Submits a request.
     *
     * @throws ForbiddenException if the actor is not an agency or officer of the requesting state
     * @throws InvalidInputException naming each invalid field, nothing stored
     */
    @Transactional
    public <R extends CaseRequest> Submission submit(
            Actor actor, String idempotencyKey, R request, Locale locale, RequestProcedure<R> procedure) {
        if (actor.role() != Role.AGENCY && actor.role() != Role.OFFICER) {
            throw new ForbiddenException("Only an agency or an officer of the requesting state may submit a request");
        }
        var errors = procedure.validator().validate(request, locale).errors();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!StateSubmitsOwnRequests.POLICY.allows(actor, request.requestingState())) {
            throw new ForbiddenException("A request can only be submitted for the caller's own state");
        }
        IdempotentResult result = idempotency.once(
                actor,
                idempotencyKey,
                request,
                () -> open(actor, request, procedure).id().toString());
        return new Submission(cases.find(UUID.fromString(result.resourceId())).orElseThrow(), result.replayed());
    }

    /** Opens the case, stores the request and starts its process with the case id as business key. */
    private <R extends CaseRequest> CaseFile open(Actor actor, R request, RequestProcedure<R> procedure) {
        CaseFile caseFile = cases.open(
                procedure.caseType(),
                request.requestingState(),
                request.requestedState(),
                SUBMITTED,
                actor,
                procedure.restricted().test(request));
        UUID requestId = procedure.records().store(caseFile.id(), request, actor);
        VariableMap variables = Variables.createVariables()
                .putValue(CASE_ID, caseFile.id().toString())
                .putValue(REQUEST_ID, requestId.toString())
                .putValue(REQUESTING_STATE, request.requestingState())
                .putValue(REQUESTED_STATE, request.requestedState());
        variables.putAll(procedure.requestVariables().apply(request));
        runtime.startProcessInstanceByKey(procedure.processKey(), caseFile.id().toString(), variables);
        audit.record(AuditEvent.of(AuditActor.of(actor), AuditCategory.COLLECTION, procedure.auditName() + ".submit")
                .object(AuditObjectType.CASE, caseFile.id().toString())
                .caseId(caseFile.id())
                .build());
        return caseFile;
    }

    /**
     * Replaces a returned request by its correction.
     *
     * @throws NotVisibleException unless the case is of the procedure's type and of the actor's own
     *     requesting state (the requested state never sees the other side's draft of a request)
     * @throws ForbiddenException unless the actor is an officer (supervisors review, they do not correct)
     * @throws ConflictException unless the request is waiting to be corrected
     * @throws InvalidInputException naming each invalid field, nothing stored
     */
    @Transactional
    public <R extends CaseRequest> CaseFile amend(
            Actor actor, String caseId, R request, Locale locale, RequestProcedure<R> procedure) {
        CaseFile caseFile = cases.visible(actor, caseId);
        if (caseFile.type() != procedure.caseType() || !caseFile.requesting().equals(actor.jurisdiction())) {
            throw new NotVisibleException(procedure.requestNoun(), caseId);
        }
        if (!RequestingOfficerMayAmend.POLICY.allows(actor, caseFile.parties())) {
            throw new ForbiddenException("Only an officer of the requesting state may correct its request");
        }
        Task correction = tasks.createTaskQuery()
                .processInstanceBusinessKey(caseId)
                .taskDefinitionKey(procedure.correctionTaskKey())
                .active()
                .singleResult();
        if (correction == null) {
            throw new ConflictException("The request can be amended only while it is returned for correction");
        }
        List<FieldError> errors =
                new ArrayList<>(procedure.validator().validate(request, locale).errors());
        if (errors.isEmpty() && !request.requestingState().equals(caseFile.requesting())) {
            errors.add(new FieldError("requestingState", "SameCase", "must stay " + caseFile.requesting()));
        }
        if (errors.isEmpty() && !request.requestedState().equals(caseFile.requested())) {
            errors.add(new FieldError("requestedState", "SameCase", "must stay " + caseFile.requested()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        procedure
                .records()
                .amend(
                        caseFile.id(),
                        request,
                        procedure.validator().validate(request, Locale.ENGLISH).warnings(),
                        actor);
        cases.restrict(caseFile.id(), procedure.restricted().test(request));
        runtime.setVariables(
                correction.getProcessInstanceId(), procedure.requestVariables().apply(request));
        audit.record(AuditEvent.of(AuditActor.of(actor), AuditCategory.ALTERATION, procedure.auditName() + ".amend")
                .object(AuditObjectType.CASE, caseId)
                .caseId(caseFile.id())
                .build());
        return caseFile;
    }

    /** The case a submission opened, and whether this call only replayed an earlier one. */
    public record Submission(CaseFile caseFile, boolean replayed) {}
}
