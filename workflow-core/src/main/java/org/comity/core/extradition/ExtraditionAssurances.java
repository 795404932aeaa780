package org.comity.core.extradition;

import java.util.UUID;
import org.comity.core.extradition.request.AssuranceRequest;
import org.comity.core.identity.Actor;

/**
 * The assurances the requesting state gives on a case (death penalty, maximum sentence, limits on
 * prosecution) and what the case page shows of them with the sentences recorded later. Part of the
 * feature's published surface; {@code assurance.Assurances} implements it.
 */
public interface ExtraditionAssurances {

    /** Records an assurance given, once per idempotency key. */
    Assurance give(Actor actor, String caseId, String idempotencyKey, AssuranceRequest request);

    /** The assurances given on the case and the sentences recorded against them. */
    AssuranceView view(UUID caseId);
}
