package org.comity.core.extradition.assurance;

import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.casefile.CaseType;
import org.comity.core.failure.ForbiddenException;
import org.comity.core.failure.NotVisibleException;
import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;
import org.springframework.stereotype.Component;

/**
 * The extradition cases on which an actor may record assurances and sentences: those its own state
 * requested. Assurances and sentences are the requesting state's acts; the requested state reads
 * them in the case view, and a write addressed by it is answered as if the resource did not exist.
 */
@Component
class RequestingSideCases {

    private final CaseFiles cases;

    RequestingSideCases(CaseFiles cases) {
        this.cases = cases;
    }

    /**
     * @throws NotVisibleException (404) if the case is not visible, not an extradition, or of the other side
     * @throws ForbiddenException (403) unless the actor is an agency or officer of the requesting state
     */
    CaseFile writable(Actor actor, String caseId) {
        CaseFile file = cases.visible(actor, caseId);
        if (file.type() != CaseType.EXTRADITION
                || actor.jurisdiction() != null && !actor.jurisdiction().equals(file.requesting())) {
            throw new NotVisibleException("Extradition", caseId);
        }
        if (actor.jurisdiction() == null || actor.role() != Role.AGENCY && actor.role() != Role.OFFICER) {
            throw new ForbiddenException("Only the requesting state's agency or officers record assurances and sentences");
        }
        return file;
    }
}
