package org.comity.core.extradition.request;

/**
 * Undertakings and assurances the requesting state gives (S10 Arts. 8(8), 14, 15; S1 Art. 4(d);
 * legal-domain.md §2.6.3).
 *
 * @param speciality no proceedings for other offences committed before surrender (S10 Art. 14(1))
 * @param noReExtradition no re-extradition to a third state (S10 Art. 14(1))
 * @param retrialIfInAbsentia a retrial in the person's presence, for a judgment in absentia
 *     (S10 Art. 8(8))
 * @param reciprocity reciprocity, when no treaty binds the states (S10 Art. 15)
 * @param deathPenaltyAssurance the death penalty will not be imposed or carried out (S1 Art. 4(d))
 */
public record Undertakings(
        boolean speciality,
        boolean noReExtradition,
        boolean retrialIfInAbsentia,
        boolean reciprocity,
        boolean deathPenaltyAssurance) {}
