package org.comity.core.extradition;

import java.util.Locale;
import org.comity.core.casefile.CaseFile;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.identity.Actor;
import org.comity.core.intake.RequestIntake;
import org.comity.core.intake.RequestIntake.Submission;
import org.comity.core.validation.ValidationReport;

/**
 * Extradition requests as the API and the officers' wizard submit them: checked step by step,
 * submitted once, corrected while returned. The rules behind it are the shared
 * {@link RequestIntake}'s.
 */
public interface ExtraditionSubmissions {

    /** Every error and warning of the request, messages in {@code locale}; stores and logs nothing. */
    ValidationReport validate(ExtraditionRequest request, Locale locale);

    /** Submits a request; see {@link RequestIntake#submit}. */
    Submission submit(Actor actor, String idempotencyKey, ExtraditionRequest request, Locale locale);

    /** Replaces a returned request by its correction; see {@link RequestIntake#amend}. */
    CaseFile amend(Actor actor, String caseId, ExtraditionRequest request, Locale locale);
}
