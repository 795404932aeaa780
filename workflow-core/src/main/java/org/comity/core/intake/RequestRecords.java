package org.comity.core.intake;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.comity.core.identity.Actor;
import org.comity.core.validation.FieldError;

/**
 * Where a procedure keeps its requests: every version, so that a reviewer is shown what a
 * correction changed.
 *
 * @param <R> the procedure's request model
 */
public interface RequestRecords<R extends CaseRequest> {

    /**
     * Stores the first version of the case's request.
     *
     * @return the stored request's id, which the process carries
     */
    UUID store(UUID caseId, R request, Actor submittedBy);

    /**
     * Replaces the case's request by its correction, keeping the earlier version.
     *
     * @param warnings the corrected request's warnings, in English, kept with the version
     */
    void amend(UUID caseId, R request, List<FieldError> warnings, Actor amendedBy);

    /** Who drafted the case's request, if a person did (an agency's request has no drafter). */
    Optional<String> drafter(UUID caseId);
}
