package org.comity.core.access;

import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;

/**
 * An agency or officer of the requesting state (for a repatriation: the holding state) may write
 * what that state gives on the case: ask for a longer period, record a later proceeding under the
 * speciality rule, record assurances and sentences, register an operation's persons. Supervisors
 * review and decide, they do not enter the state's statements; the other state and auditors never.
 */
public final class RequestingStateMayWrite implements AccessPolicy<CaseParties> {

    public static final RequestingStateMayWrite POLICY = new RequestingStateMayWrite();

    private RequestingStateMayWrite() {}

    @Override
    public boolean allows(Actor actor, CaseParties parties) {
        return (actor.role() == Role.AGENCY || actor.role() == Role.OFFICER)
                && parties.requestingState().equals(actor.jurisdiction());
    }
}
