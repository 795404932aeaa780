package org.comity.core.extradition.intake;

import static org.comity.core.extradition.ExtraditionProcesses.Variables.LEGAL_BASIS_ID;
import static org.comity.core.extradition.ExtraditionProcesses.Variables.URGENCY;

import java.util.Locale;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseType;
import org.comity.core.extradition.ExtraditionProcesses.Requesting;
import org.comity.core.extradition.ExtraditionSubmissions;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.rules.ExtraditionRequestValidator;
import org.comity.core.identity.Actor;
import org.comity.core.intake.RequestIntake;
import org.comity.core.intake.RequestIntake.Submission;
import org.comity.core.intake.RequestProcedure;
import org.comity.core.validation.ValidationReport;
import org.springframework.stereotype.Service;

/**
 * Extradition requests through the shared {@link RequestIntake}: a new request opens an
 * extradition case and starts {@code ExtraditionRequestProcess}; a request its supervisor returned
 * (DESIGN §4.1 requesting step 2: {@code RETURN} → {@code Task_CorrectRequest}) is replaced by its
 * correction. The API and an officer's wizard both call {@link #submit} and {@link #amend}.
 */
@Service
class ExtraditionIntake implements ExtraditionSubmissions {

    private final RequestIntake intake;
    private final ExtraditionRequestValidator validator;
    private final RequestProcedure<ExtraditionRequest> procedure;

    ExtraditionIntake(RequestIntake intake, ExtraditionRequestValidator validator, ExtraditionRecords records) {
        this.intake = intake;
        this.validator = validator;
        this.procedure = new RequestProcedure<>(
                CaseType.EXTRADITION,
                "extradition",
                "Extradition request",
                Requesting.PROCESS_ID,
                Requesting.CORRECT_REQUEST,
                validator::validate,
                records,
                request -> false,
                ExtraditionIntake::requestVariables);
    }

    @Override
    public ValidationReport validate(ExtraditionRequest request, Locale locale) {
        return validator.validate(request, locale);
    }

    @Override
    public Submission submit(Actor actor, String idempotencyKey, ExtraditionRequest request, Locale locale) {
        return intake.submit(actor, idempotencyKey, request, locale, procedure);
    }

    @Override
    public CaseFile amend(Actor actor, String caseId, ExtraditionRequest request, Locale locale) {
        return intake.amend(actor, caseId, request, locale, procedure);
    }

    /** The legal basis and urgency travel with the request to the requested state. */
    private static VariableMap requestVariables(ExtraditionRequest request) {
        return Variables.createVariables()
                .putValue(LEGAL_BASIS_ID, request.legalBasisId())
                .putValue(URGENCY, request.urgency().name());
    }
}
