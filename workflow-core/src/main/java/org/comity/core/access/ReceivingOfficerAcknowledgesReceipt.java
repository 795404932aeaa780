package org.comity.core.access;

import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;

/**
 * The receipt of a handover is acknowledged by an officer of the receiving state, who counts the
 * persons at the border: the holding state cannot acknowledge its own handover.
 */
public final class ReceivingOfficerAcknowledgesReceipt implements AccessPolicy<CaseParties> {

    public static final ReceivingOfficerAcknowledgesReceipt POLICY = new ReceivingOfficerAcknowledgesReceipt();

    private ReceivingOfficerAcknowledgesReceipt() {}

    @Override
    public boolean allows(Actor actor, CaseParties parties) {
        return actor.role() == Role.OFFICER && parties.requestedState().equals(actor.jurisdiction());
    }
}
