package org.comity.core.mla.validation;

import java.util.List;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.mla.request.PersonConcerned;
import org.comity.core.mla.request.SummonsCapacity;
import org.comity.core.validation.Violation;

/**
 * China has no obligation to serve a summons requiring a PRC citizen to appear abroad as a
 * defendant (ICJA Art. 22 para. 3; {@code reference/legal-domain.md} §4.2, §10 item 18). China may
 * still serve it, so the request stays valid; the drafter is warned, and the requested side's
 * refusal-grounds table offers the optional ground {@code OTHER} for it.
 */
class SummonsOfOwnNationalAsDefendantInChina implements MlaRequestRule {

    private static final String CHINA = "CN";

    @Override
    public List<Violation> check(MlaRequest request, MlaRuleContext context) {
        if (!CHINA.equals(request.requestedState()) || !calledAsDefendant(request)) {
            return List.of();
        }
        PersonConcerned addressee = addressee(request);
        if (addressee != null && addressee.isNationalOf(CHINA)) {
            return List.of(Violation.warning("summons.capacity", "mla.summons.nationalAsDefendant"));
        }
        return List.of();
    }

    private static boolean calledAsDefendant(MlaRequest request) {
        return request.summons() != null && request.summons().capacity() == SummonsCapacity.DEFENDANT
                && request.summons().addressee() != null;
    }

    /** The summons' addressee, or null when the number is out of range (reported by another rule). */
    static PersonConcerned addressee(MlaRequest request) {
        int index = request.summons().addresseeIndex();
        return index >= 0 && index < request.personsConcerned().size() ? request.personsConcerned().get(index) : null;
    }

}
