package org.comity.core.intake;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.comity.core.casefile.CaseType;
import org.comity.core.validation.ValidationReport;

/**
 * What one procedure (extradition, mutual legal assistance, any later one) contributes to the
 * shared {@link RequestIntake}: its names, its validation, where its requests are kept, which
 * process a request starts and what that process carries of it. Everything around it — who may
 * submit or correct, that nothing is stored when the request is invalid, idempotent replays, the
 * states staying those of the case, the audit entries — is the same for every procedure and lives
 * in {@link RequestIntake}.
 *
 * @param caseType the kind of case a request opens
 * @param auditName the prefix of the procedure's audit actions ({@code extradition} gives
 *     {@code extradition.submit} and {@code extradition.amend})
 * @param requestNoun how the request is named in a "not found" answer, e.g. "Extradition request"
 * @param processKey the requesting state's process a request starts
 * @param correctionTaskKey the requesting state's correction step (a request returned by its
 *     supervisor can be amended only while it is open)
 * @param validator every error and warning of a request, messages in the locale; stores nothing
 * @param records where the requests and their versions are kept
 * @param restricted whether a request restricts its case to its handlers (a confidential request)
 * @param requestVariables what the process carries of the request besides the case, the request id
 *     and the two states (legal basis, urgency, confidentiality, a deadline…): set when the process
 *     starts and again when a correction replaces the request, since nothing has been sent yet
 * @param <R> the procedure's request model
 */
public record RequestProcedure<R extends CaseRequest>(
        CaseType caseType,
        String auditName,
        String requestNoun,
        String processKey,
        String correctionTaskKey,
        Validator<R> validator,
        RequestRecords<R> records,
        Predicate<R> restricted,
        Function<R, VariableMap> requestVariables) {

    /** A procedure's validation of its requests. */
    @FunctionalInterface
    public interface Validator<R> {

        ValidationReport validate(R request, Locale locale);
    }
}
