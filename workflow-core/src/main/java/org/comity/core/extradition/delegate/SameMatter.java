package org.comity.core.extradition.delegate;

import org.comity.core.extradition.decision.SameOffence;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.request.Offence;

/**
 * Whether two extradition requests concern the same person for the same offence, as S10 Art. 40
 * para. 1 ("a new request for the same offence") needs: the person matched by
 * {@link org.comity.core.person.PersonIdentity}, one offence in common by {@link SameOffence}. A
 * match raises a question for the requested state, never a decision by itself.
 */
final class SameMatter {

    private SameMatter() {}

    static boolean of(ExtraditionRequest earlier, ExtraditionRequest later) {
        return earlier.person().identity().sameAs(later.person().identity())
                && earlier.offences().stream()
                        .anyMatch(a -> later.offences().stream().anyMatch(b -> sameOffence(a, b)));
    }

    private static boolean sameOffence(Offence a, Offence b) {
        return SameOffence.of(
                a.provisionInRequestingLaw(),
                a.dateFrom(),
                a.dateTo(),
                b.provisionInRequestingLaw(),
                b.dateFrom(),
                b.dateTo());
    }
}
