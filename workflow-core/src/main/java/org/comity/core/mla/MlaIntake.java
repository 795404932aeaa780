package org.comity.core.mla;

import static org.comity.core.mla.MlaProcesses.Variables.CONFIDENTIAL;
import static org.comity.core.mla.MlaProcesses.Variables.DEADLINE_AT;
import static org.comity.core.mla.MlaProcesses.Variables.LEGAL_BASIS_ID;

import java.util.Date;
import java.util.Locale;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseType;
import org.comity.core.identity.Actor;
import org.comity.core.intake.RequestIntake;
import org.comity.core.intake.RequestIntake.Submission;
import org.comity.core.intake.RequestProcedure;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.mla.MlaProcesses.Requesting;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.mla.rules.MlaRequestValidator;
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
public class MlaIntake {

    /** Case status right after intake. */
    public static final String SUBMITTED = RequestIntake.SUBMITTED;

    private final RequestIntake intake;
    private final RequestProcedure<MlaRequest> procedure;
    private final MlaRequestValidator validator;
    private final JurisdictionRegistry jurisdictions;

    MlaIntake(
            RequestIntake intake,
            MlaRequestValidator validator,
            MlaRecords records,
            JurisdictionRegistry jurisdictions) {
        this.intake = intake;
        this.validator = validator;
        this.jurisdictions = jurisdictions;
        // a confidential request restricts its case to its handlers (legal-domain.md §9 item 16)
        this.procedure = new RequestProcedure<>(
                CaseType.MLA,
                "mla",
                "MLA request",
                Requesting.PROCESS_ID,
                Requesting.CORRECT_REQUEST,
                validator::validate,
                records,
                MlaRequest::confidential,
                this::requestVariables);
    }

    /** Every error and warning of the request, messages in {@code locale}; stores and logs nothing. */
    public ValidationReport validate(MlaRequest request, Locale locale) {
        return validator.validate(request, locale);
    }

    /** Submits a request; see {@link RequestIntake#submit}. */
    public Submission submit(Actor actor, String idempotencyKey, MlaRequest request, Locale locale) {
        return intake.submit(actor, idempotencyKey, request, locale, procedure);
    }

    /** Replaces a returned request by its correction; see {@link RequestIntake#amend}. */
    public CaseFile amend(Actor actor, String caseId, MlaRequest request, Locale locale) {
        return intake.amend(actor, caseId, request, locale, procedure);
    }

    /** The legal basis, confidentiality and deadline are sent to the requested state with the letter. */
    private VariableMap requestVariables(MlaRequest request) {
        return Variables.createVariables()
                .putValue(LEGAL_BASIS_ID, request.legalBasisId())
                .putValue(CONFIDENTIAL, request.confidential())
                .putValueTyped(DEADLINE_AT, Variables.dateValue(deadlineAt(request)));
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
