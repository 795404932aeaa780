package org.comity.core.extradition.intake;

import static org.comity.core.extradition.process.ExtraditionProcesses.Variables.*;

import java.util.Locale;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.comity.core.access.StateSubmitsOwnRequests;
import org.comity.core.audit.AuditActor;
import org.comity.core.audit.AuditCategory;
import org.comity.core.audit.AuditEvent;
import org.comity.core.audit.AuditLog;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.casefile.CaseType;
import org.comity.core.extradition.process.ExtraditionProcesses.Requesting;
import org.comity.core.extradition.process.ExtraditionStatus;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.validation.ExtraditionRequestValidator;
import org.comity.core.failure.ForbiddenException;
import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;
import org.comity.core.idempotency.IdempotencyKeys;
import org.comity.core.idempotency.IdempotentResult;
import org.comity.core.validation.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepts an extradition request from an agency or an officer of the requesting state: validates
 * it in full (nothing is stored when it is invalid), stores it, opens the case and starts
 * {@code ExtraditionRequestProcess} with the case id as business key. The API and an officer's
 * form both call {@link #submit}.
 */
@Service
public class ExtraditionIntake {

    /** Case status right after intake. */
    public static final String SUBMITTED = ExtraditionStatus.SUBMITTED.name();

    private final ExtraditionRequestValidator validator;
    private final CaseFiles cases;
    private final ExtraditionRecords records;
    private final IdempotencyKeys idempotency;
    private final RuntimeService runtime;
    private final AuditLog audit;

    ExtraditionIntake(ExtraditionRequestValidator validator, CaseFiles cases, ExtraditionRecords records,
            IdempotencyKeys idempotency, RuntimeService runtime, AuditLog audit) {
        this.validator = validator;
        this.cases = cases;
        this.records = records;
        this.idempotency = idempotency;
        this.runtime = runtime;
        this.audit = audit;
    }

    /**
     * Submits a request; a repeat with the same Idempotency-Key and body returns the first case.
     *
     * @throws ForbiddenException if the actor is not an agency or officer of the requesting state
     * @throws InvalidInputException naming each invalid field
     */
    @Transactional
    public Submission submit(Actor actor, String idempotencyKey, ExtraditionRequest request, Locale locale) {
        if (actor.role() != Role.AGENCY && actor.role() != Role.OFFICER) {
            throw new ForbiddenException("Only an agency or an officer of the requesting state may submit a request");
        }
        var errors = validator.errors(request, locale);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!StateSubmitsOwnRequests.POLICY.allows(actor, request.requestingState())) {
            throw new ForbiddenException("A request can only be submitted for the caller's own state");
        }
        IdempotentResult result = idempotency.once(actor, idempotencyKey, request, () -> open(actor, request));
        return new Submission(cases.find(UUID.fromString(result.resourceId())).orElseThrow(), result.replayed());
    }

    private String open(Actor actor, ExtraditionRequest request) {
        CaseFile caseFile = cases.open(CaseType.EXTRADITION, request.requestingState(), request.requestedState(),
                SUBMITTED, actor);
        UUID requestId = records.store(caseFile.id(), request, actor);
        runtime.startProcessInstanceByKey(Requesting.PROCESS_ID, caseFile.id().toString(), Variables.createVariables()
                .putValue(CASE_ID, caseFile.id().toString())
                .putValue(REQUEST_ID, requestId.toString())
                .putValue(REQUESTING_STATE, request.requestingState())
                .putValue(REQUESTED_STATE, request.requestedState())
                .putValue(LEGAL_BASIS_ID, request.legalBasisId())
                .putValue(URGENCY, request.urgency().name()));
        audit.record(AuditEvent.of(AuditActor.of(actor), AuditCategory.COLLECTION, "extradition.submit")
                .object(AuditObjectType.CASE, caseFile.id().toString()).caseId(caseFile.id()).build());
        return caseFile.id().toString();
    }

    /** The case a submission opened, and whether this call only replayed an earlier one. */
    public record Submission(CaseFile caseFile, boolean replayed) {
    }

}
