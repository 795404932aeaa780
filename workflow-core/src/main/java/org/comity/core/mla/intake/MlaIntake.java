package org.comity.core.mla.intake;

import static org.comity.core.mla.process.MlaProcesses.Variables.*;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.casefile.CaseType;
import org.comity.core.identity.Actor;
import org.comity.core.intake.RequestIntake;
import org.comity.core.intake.RequestIntake.Submission;
import org.comity.core.intake.RequestProcedure;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.mla.process.MlaProcesses.Requesting;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.mla.validation.MlaRequestValidator;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.ValidationReport;
import org.springframework.stereotype.Service;

/**
 * Requests for mutual legal assistance through the shared {@link RequestIntake}: a new request
 * opens a case — restricted when the request is confidential (legal-domain.md §9 item 16) — and
 * starts {@code MlaRequestProcess} with the case id as business key. A request its supervisor
 * returned (DESIGN §4.3: the four-eyes review's {@code RETURN} opens {@code Task_CorrectRequest}) is
 * replaced by its correction; what the process carries of the request (legal basis,
 * confidentiality, deadline, all sent to the requested state with the letter) and the case's
 * restriction follow the amended request, since nothing has been sent yet. The API and an
 * officer's wizard call {@link #submit} and {@link #amend}; the wizard checks each step with
 * {@link #validate}, which stores nothing.
 */
@Service
public class MlaIntake implements RequestProcedure<MlaRequest> {

    /** Case status right after intake. */
    public static final String SUBMITTED = "SUBMITTED";

    private final RequestIntake intake;
    private final MlaRequestValidator validator;
    private final CaseFiles cases;
    private final MlaRecords records;
    private final JurisdictionRegistry jurisdictions;
    private final RuntimeService runtime;

    MlaIntake(RequestIntake intake, MlaRequestValidator validator, CaseFiles cases, MlaRecords records,
            JurisdictionRegistry jurisdictions, RuntimeService runtime) {
        this.intake = intake;
        this.validator = validator;
        this.cases = cases;
        this.records = records;
        this.jurisdictions = jurisdictions;
        this.runtime = runtime;
    }

    /** Submits a request; see {@link RequestIntake#submit}. */
    public Submission submit(Actor actor, String idempotencyKey, MlaRequest request, Locale locale) {
        return intake.submit(actor, idempotencyKey, request, locale, this);
    }

    /** Replaces a returned request by its correction; see {@link RequestIntake#amend}. */
    public CaseFile amend(Actor actor, String caseId, MlaRequest request, Locale locale) {
        return intake.amend(actor, caseId, request, locale, this);
    }

    @Override
    public CaseType caseType() {
        return CaseType.MLA;
    }

    @Override
    public String auditName() {
        return "mla";
    }

    @Override
    public String requestNoun() {
        return "MLA request";
    }

    @Override
    public String correctionTaskKey() {
        return Requesting.CORRECT_REQUEST;
    }

    /** Every error and warning of the request, messages in {@code locale}; stores and logs nothing. */
    @Override
    public ValidationReport validate(MlaRequest request, Locale locale) {
        return validator.validate(request, locale);
    }

    @Override
    public CaseFile open(Actor actor, MlaRequest request) {
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
        return caseFile;
    }

    @Override
    public void replace(CaseFile caseFile, Task correction, MlaRequest request, List<FieldError> warnings,
            Actor actor) {
        records.amend(caseFile.id(), request, warnings, actor);
        cases.restrict(caseFile.id(), request.confidential());
        runtime.setVariables(correction.getProcessInstanceId(), Variables.createVariables()
                .putValue(LEGAL_BASIS_ID, request.legalBasisId())
                .putValue(CONFIDENTIAL, request.confidential())
                .putValueTyped(DEADLINE_AT, Variables.dateValue(deadlineAt(request))));
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
}
