package org.comity.core.mla.rules;

import java.util.List;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.validation.Violation;

/**
 * China has no obligation to serve a summons requiring a PRC citizen to appear abroad as a
 * defendant (ICJA Art. 22 para. 3; {@code reference/legal-domain.md} §4.2, §10 item 18). China may
 * still serve it, so the request stays valid; the drafter is warned, and the requested side's
 * refusal-grounds table offers the optional ground {@code OTHER} for it.
 */
class SummonsOfOwnNationalAsDefendantInChina implements MlaRequestRule {

    @Override
    public List<Violation> check(MlaRequest request, MlaRuleContext context) {
        if ("CN".equals(request.requestedState()) && request.summonsOfOwnNationalAsDefendant()) {
            return List.of(Violation.warning("summons.capacity", "mla.summons.nationalAsDefendant"));
        }
        return List.of();
    }
}
