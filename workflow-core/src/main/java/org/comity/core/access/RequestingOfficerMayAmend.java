package org.comity.core.access;

import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;

/**
 * Only an officer of the requesting state corrects its request returned for correction: the
 * supervisor who reviews it does not (four-eyes, DESIGN §4.1), agencies submit but do not correct,
 * and the requested state never sees the draft.
 */
public final class RequestingOfficerMayAmend implements AccessPolicy<CaseParties> {

    public static final RequestingOfficerMayAmend POLICY = new RequestingOfficerMayAmend();

    private RequestingOfficerMayAmend() {}

    @Override
    public boolean allows(Actor actor, CaseParties parties) {
        return actor.role() == Role.OFFICER && parties.requestingState().equals(actor.jurisdiction());
    }
}
