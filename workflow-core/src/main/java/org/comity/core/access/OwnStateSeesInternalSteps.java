package org.comity.core.access;

import org.comity.core.identity.Actor;

/**
 * Each state's internal deliberation (stages, tasks, users, process ids, timers) is its own: a party
 * sees its own state's, an auditor every state's, and work both states do together (subject
 * {@code null}: a joint operation's processes) everyone who sees the case (DESIGN.md §7).
 */
public final class OwnStateSeesInternalSteps implements AccessPolicy<String> {

    public static final OwnStateSeesInternalSteps POLICY = new OwnStateSeesInternalSteps();

    private OwnStateSeesInternalSteps() {}

    /** @param party the state whose work it is; {@code null} for joint work */
    @Override
    public boolean allows(Actor actor, String party) {
        return actor.jurisdiction() == null
                || party == null
                || actor.jurisdiction().equals(party);
    }
}
