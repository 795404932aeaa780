package org.comity.core.extradition;

import java.util.Optional;
import java.util.UUID;
import org.comity.core.extradition.request.ConsentDecision;
import org.comity.core.extradition.request.ProceedingRequest;
import org.comity.core.identity.Actor;

/**
 * The speciality register as the API and the case page use it: after a surrender, the requesting
 * state records each later proceeding against the person, and the requested state decides on the
 * consent one needs (S10 Art. 14). Part of the feature's published surface;
 * {@code speciality.SpecialityRegister} implements it.
 */
public interface SpecialityProceedings {

    /** The case's register, once the person was surrendered. */
    Optional<SpecialityView> view(UUID caseId);

    /** Records a later proceeding, once per idempotency key, and returns where it stands. */
    SpecialityView.Proceeding recordProceeding(
            Actor actor, String caseId, String idempotencyKey, ProceedingRequest request);

    /** The requested state's decision on the consent a proceeding asked for. */
    SpecialityView.Proceeding decideConsent(Actor actor, String caseId, String proceedingId, ConsentDecision decision);
}
