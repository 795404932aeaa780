package org.comity.core.extradition.assurance;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import org.comity.core.access.RequestingStateMayWrite;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.casefile.CaseType;
import org.comity.core.failure.ForbiddenException;
import org.comity.core.failure.NotVisibleException;
import org.comity.core.identity.Actor;
import org.comity.core.jurisdiction.JurisdictionClock;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.comity.core.validation.Violations;
import org.springframework.stereotype.Component;

/**
 * The extradition cases on which an actor may record assurances and sentences: those its own state
 * requested. Assurances and sentences are the requesting state's acts; the requested state reads
 * them in the case view, and a write addressed by it is answered as if the resource did not exist.
 */
@Component
class RequestingSideCases {

    private final CaseFiles cases;
    private final Validator validator;
    private final JurisdictionClock clock;

    RequestingSideCases(CaseFiles cases, Validator validator, JurisdictionClock clock) {
        this.cases = cases;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * The case, once the actor may write to it and {@code request} passes its field constraints.
     *
     * @throws NotVisibleException (404) if the case is not visible, not an extradition, or of the other side
     * @throws ForbiddenException (403) unless the actor is an agency or officer of the requesting state
     * @throws InvalidInputException (422) naming every field that breaks a constraint
     */
    CaseFile writable(Actor actor, String caseId, Object request) {
        CaseFile file = cases.visible(actor, caseId);
        if (file.type() != CaseType.EXTRADITION
                || actor.jurisdiction() != null && !actor.jurisdiction().equals(file.requesting())) {
            throw new NotVisibleException("Extradition", caseId);
        }
        if (!RequestingStateMayWrite.POLICY.allows(actor, file.parties())) {
            throw new ForbiddenException(
                    "Only the requesting state's agency or officers record assurances and sentences");
        }
        List<FieldError> errors = Violations.toFieldErrors(validator.validate(request));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return file;
    }

    /** Today in the requesting state's zone, where its assurances are given and its sentences imposed. */
    LocalDate today(CaseFile file) {
        return clock.today(file.requesting());
    }
}
