package org.comity.core.extradition.speciality;

import java.util.List;
import java.util.UUID;
import org.comity.core.extradition.request.ProceedingRequest;
import org.comity.core.validation.FieldError;

/**
 * A bar to a later proceeding that comes from outside the rule of speciality, such as an assurance
 * limiting prosecution (S10 Art. 50). The register asks every bar before it records a proceeding;
 * the bars depend on this package, not the other way round.
 */
public interface ProceedingBar {

    /** Adds to {@code errors} why the proceeding may not be brought in the case, if it may not. */
    void check(UUID caseId, ProceedingRequest request, List<FieldError> errors);
}
