package org.comity.core.access;

import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;

/**
 * A transfer of persons is planned by a supervisor of the holding state (DESIGN.md §4.2): the state
 * that holds the persons decides when and by which route they leave; the receiving state is told.
 */
public final class HoldingStateMayPlanTransfer implements AccessPolicy<CaseParties> {

    public static final HoldingStateMayPlanTransfer POLICY = new HoldingStateMayPlanTransfer();

    private HoldingStateMayPlanTransfer() {}

    @Override
    public boolean allows(Actor actor, CaseParties parties) {
        return actor.role() == Role.SUPERVISOR && parties.requestingState().equals(actor.jurisdiction());
    }
}
