package org.comity.core.extradition.process;

import java.util.Locale;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.request.Offence;

/**
 * Whether two extradition requests concern the same person for the same offence, as S10 Art. 40
 * para. 1 ("a new request for the same offence") and Art. 31 para. 3 need. The person is matched by
 * {@link org.comity.core.person.PersonIdentity}; an offence is the same when the provision of the
 * requesting state's law is the same (ignoring case and spacing) and the periods of the conduct
 * overlap. A match raises a question for the requested state, never a decision by itself.
 */
final class SameMatter {

    private SameMatter() {
    }

    static boolean of(ExtraditionRequest earlier, ExtraditionRequest later) {
        return earlier.person().identity().sameAs(later.person().identity())
                && earlier.offences().stream().anyMatch(a -> later.offences().stream().anyMatch(b -> sameOffence(a, b)));
    }

    static boolean sameOffence(Offence a, Offence b) {
        return provision(a).equals(provision(b)) && !a.dateTo().isBefore(b.dateFrom()) && !b.dateTo().isBefore(a.dateFrom());
    }

    private static String provision(Offence offence) {
        return offence.provisionInRequestingLaw().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
