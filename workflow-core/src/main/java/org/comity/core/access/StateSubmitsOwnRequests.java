package org.comity.core.access;

import org.comity.core.identity.Actor;

/**
 * A request is submitted only for the caller's own state: the subject is the requesting state the
 * request names. Nobody, not even an auditor, opens a case in another state's name.
 */
public final class StateSubmitsOwnRequests implements AccessPolicy<String> {

    public static final StateSubmitsOwnRequests POLICY = new StateSubmitsOwnRequests();

    private StateSubmitsOwnRequests() {}

    @Override
    public boolean allows(Actor actor, String requestingState) {
        return requestingState != null && requestingState.equals(actor.jurisdiction());
    }
}
