package org.comity.core.intake;

import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseType;
import org.comity.core.identity.Actor;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.ValidationReport;

/**
 * What one procedure (extradition, mutual legal assistance, any later one) contributes to the
 * shared {@link RequestIntake}: its validation, how a new case is opened (stored, process started)
 * and how a returned request is replaced. Everything around it — who may submit or correct, that
 * nothing is stored when the request is invalid, idempotent replays, the states staying those of
 * the case, the audit entries — is the same for every procedure and lives in {@link RequestIntake}.
 *
 * @param <R> the procedure's request model
 */
public interface RequestProcedure<R extends CaseRequest> {

    /** The kind of case the request opens. */
    CaseType caseType();

    /** The prefix of this procedure's audit actions ({@code extradition} gives {@code extradition.submit}). */
    String auditName();

    /** How the request is named in a "not found" answer, e.g. "Extradition request". */
    String requestNoun();

    /** The task definition key of the requesting state's correction step (a returned request). */
    String correctionTaskKey();

    /** Every error and warning of the request, messages in {@code locale}; stores nothing. */
    ValidationReport validate(R request, Locale locale);

    /**
     * Stores the request, opens its case and starts its process; runs once per idempotency key.
     *
     * @return the new case
     */
    CaseFile open(Actor actor, R request);

    /**
     * Replaces the stored request of a case returned for correction by a valid amended one, keeping
     * the earlier version, and brings what the process carries of the request up to date.
     *
     * @param warnings the amended request's warnings, in English, kept with the version
     */
    void replace(CaseFile caseFile, Task correction, R request, List<FieldError> warnings, Actor actor);
}
