package org.comity.core.mla.intake;

import static org.comity.core.mla.process.MlaProcesses.Variables.*;

import java.util.Date;
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
import org.comity.core.failure.ForbiddenException;
import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;
import org.comity.core.idempotency.IdempotencyKeys;
import org.comity.core.idempotency.IdempotentResult;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.mla.process.MlaProcesses.Requesting;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.mla.validation.MlaRequestValidator;
import org.comity.core.validation.InvalidInputException;
import org.comity.core.validation.ValidationReport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepts a request for mutual legal assistance from an agency or an officer of the requesting
 * state: validates it in full (nothing is stored when it is invalid), stores it, opens the case —
 * restricted when the request is confidential (legal-domain.md §9 item 16) — and starts
 * {@code MlaRequestProcess} with the case id as business key. The API and an officer's wizard both
 * call {@link #submit}; the wizard checks each step with {@link #validate}, which stores nothing.
 */
@Service
public class MlaIntake {

    /** Case status right after intake. */
    public static final String SUBMITTED = "SUBMITTED";

    private final MlaRequestValidator validator;
    private final CaseFiles cases;
    private final MlaRecords records;
    private final IdempotencyKeys idempotency;
    private final JurisdictionRegistry jurisdictions;
    private final RuntimeService runtime;
    private final AuditLog audit;

    MlaIntake(MlaRequestValidator validator, CaseFiles cases, MlaRecords records, IdempotencyKeys idempotency,
            JurisdictionRegistry jurisdictions, RuntimeService runtime, AuditLog audit) {
        this.validator = validator;
        this.cases = cases;
        this.records = records;
        this.idempotency = idempotency;
        this.jurisdictions = jurisdictions;
        this.runtime = runtime;
        this.audit = audit;
    }

    /** Every error and warning of the request, messages in {@code locale}; stores and logs nothing. */
    public ValidationReport validate(MlaRequest request, Locale locale) {
        return validator.validate(request, locale);
    }

    /**
     * Submits a request; a repeat with the same Idempotency-Key and body returns the first case.
     *
     * @throws ForbiddenException if the actor is not an agency or officer of the requesting state
     * @throws InvalidInputException naming each invalid field
     */
    @Transactional
    public Submission submit(Actor actor, String idempotencyKey, MlaRequest request, Locale locale) {
        if (actor.role() != Role.AGENCY && actor.role() != Role.OFFICER) {
            throw new ForbiddenException("Only an agency or an officer of the requesting state may submit a request");
        }
        var errors = validate(request, locale).errors();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!StateSubmitsOwnRequests.POLICY.allows(actor, request.requestingState())) {
            throw new ForbiddenException("A request can only be submitted for the caller's own state");
        }
        IdempotentResult result = idempotency.once(actor, idempotencyKey, request, () -> open(actor, request));
        return new Submission(cases.find(UUID.fromString(result.resourceId())).orElseThrow(), result.replayed());
    }

    private String open(Actor actor, MlaRequest request) {
        CaseFile caseFile = cases.open(CaseType.MLA, request.requestingState(), request.requestedState(), SUBMITTED,
                actor, request.confidential());
        UUID requestId = records.store(caseFile.id(), request, actor);
        runtime.startProcessInstanceByKey(Requesting.PROCESS_ID, caseFile.id().toString(), Variables.createVariables()
                .putValue(CASE_ID, caseFile.id().toString())
                .putValue(REQUEST_ID, requestId.toString())
                .putValue(REQUESTING_STATE, request.requestingState())
                .putValue(REQUESTED_STATE, request.requestedState())
                .putValue(LEGAL_BASIS_ID, request.legalBasisId())
                .putValue(CONFIDENTIAL, request.confidential())
                .putValueTyped(DEADLINE_AT, Variables.dateValue(deadlineAt(request))));
        audit.record(AuditEvent.of(AuditActor.of(actor), AuditCategory.COLLECTION, "mla.submit")
                .object(AuditObjectType.CASE, caseFile.id().toString()).caseId(caseFile.id()).build());
        return caseFile.id().toString();
    }

    /**
     * The requested deadline's last day ends at midnight in the requested state, where the request is
     * executed; null without a deadline.
     */
    Date deadlineAt(MlaRequest request) {
        if (request.deadline() == null) {
            return null;
        }
        var zone = jurisdictions.require(request.requestedState()).zone();
        return Date.from(request.deadline().plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The case a submission opened, and whether this call only replayed an earlier one. */
    public record Submission(CaseFile caseFile, boolean replayed) {
    }
}
