package org.comity.core.access;

import org.comity.core.identity.Actor;

/**
 * A route conflict (a person of a repatriation also sought by a third state's extradition request) is
 * the holding state's matter and the auditors': the receiving state is not told of extradition
 * requests made to the holding state. The subject is the holding state's code.
 */
public final class HoldingStateSeesRouteConflicts implements AccessPolicy<String> {

    public static final HoldingStateSeesRouteConflicts POLICY = new HoldingStateSeesRouteConflicts();

    private HoldingStateSeesRouteConflicts() {}

    @Override
    public boolean allows(Actor actor, String holdingState) {
        return actor.jurisdiction() == null || actor.jurisdiction().equals(holdingState);
    }
}
