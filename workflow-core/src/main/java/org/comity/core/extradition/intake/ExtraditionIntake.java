package org.comity.core.extradition.intake;

import static org.comity.core.extradition.process.ExtraditionProcesses.Variables.*;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.casefile.CaseType;
import org.comity.core.extradition.process.ExtraditionProcesses.Requesting;
import org.comity.core.extradition.process.ExtraditionStatus;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.validation.ExtraditionRequestValidator;
import org.comity.core.identity.Actor;
import org.comity.core.intake.RequestIntake;
import org.comity.core.intake.RequestIntake.Submission;
import org.comity.core.intake.RequestProcedure;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.ValidationReport;
import org.springframework.stereotype.Service;

/**
 * Extradition requests through the shared {@link RequestIntake}: a new request opens an
 * extradition case and starts {@code ExtraditionRequestProcess} with the case id as business key; a
 * request its supervisor returned (DESIGN §4.1 requesting step 2: {@code RETURN} →
 * {@code Task_CorrectRequest}) is replaced by its correction, the earlier version kept so that the
 * reviewer is shown what changed. The API and an officer's wizard both call {@link #submit} and
 * {@link #amend}.
 */
@Service
public class ExtraditionIntake implements RequestProcedure<ExtraditionRequest> {

    /** Case status right after intake. */
    public static final String SUBMITTED = ExtraditionStatus.SUBMITTED.name();

    private final RequestIntake intake;
    private final ExtraditionRequestValidator validator;
    private final CaseFiles cases;
    private final ExtraditionRecords records;
    private final RuntimeService runtime;

    ExtraditionIntake(RequestIntake intake, ExtraditionRequestValidator validator, CaseFiles cases,
            ExtraditionRecords records, RuntimeService runtime) {
        this.intake = intake;
        this.validator = validator;
        this.cases = cases;
        this.records = records;
        this.runtime = runtime;
    }

    /** Submits a request; see {@link RequestIntake#submit}. */
    public Submission submit(Actor actor, String idempotencyKey, ExtraditionRequest request, Locale locale) {
        return intake.submit(actor, idempotencyKey, request, locale, this);
    }

    /** Replaces a returned request by its correction; see {@link RequestIntake#amend}. */
    public CaseFile amend(Actor actor, String caseId, ExtraditionRequest request, Locale locale) {
        return intake.amend(actor, caseId, request, locale, this);
    }

    @Override
    public CaseType caseType() {
        return CaseType.EXTRADITION;
    }

    @Override
    public String auditName() {
        return "extradition";
    }

    @Override
    public String requestNoun() {
        return "Extradition request";
    }

    @Override
    public String correctionTaskKey() {
        return Requesting.CORRECT_REQUEST;
    }

    @Override
    public ValidationReport validate(ExtraditionRequest request, Locale locale) {
        return validator.validate(request, locale);
    }

    @Override
    public CaseFile open(Actor actor, ExtraditionRequest request) {
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
        return caseFile;
    }

    @Override
    public void replace(CaseFile caseFile, Task correction, ExtraditionRequest request, List<FieldError> warnings,
            Actor actor) {
        records.amend(caseFile.id(), request, warnings, actor);
    }
}
