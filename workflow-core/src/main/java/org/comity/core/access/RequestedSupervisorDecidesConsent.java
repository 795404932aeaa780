package org.comity.core.access;

import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;

/**
 * Consent to a proceeding beyond the speciality rule is the requested state's decision, taken by one
 * of its supervisors (legal-domain.md §2.9): not by an officer, not by the requesting state.
 */
public final class RequestedSupervisorDecidesConsent implements AccessPolicy<CaseParties> {

    public static final RequestedSupervisorDecidesConsent POLICY = new RequestedSupervisorDecidesConsent();

    private RequestedSupervisorDecidesConsent() {}

    @Override
    public boolean allows(Actor actor, CaseParties parties) {
        return actor.role() == Role.SUPERVISOR && parties.requestedState().equals(actor.jurisdiction());
    }
}
