package org.comity.core.mla.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.validation.Violation;

/**
 * A request to serve a summons to appear reaches the requested state in time for the hearing.
 * China's ICJA Art. 22 para. 1 requires it to be made as the treaty provides or "at least three
 * months before the hearing" ({@code reference/legal-domain.md} §4.2: {@code P3M}; §10 item 18). The
 * law says "shall" and none of the registered legal bases (UNTOC, UNCAC, reciprocity) sets another
 * period, so for a request to China a hearing less than three months away is an <b>error</b>.
 * Myanmar's period was not found (§4.4), so elsewhere it is a <b>warning</b> that service may not be
 * possible in time. A hearing on or before the day of submission is an error everywhere. Exactly
 * three months is enough.
 */
class SummonsAtLeastThreeMonthsBeforeHearing implements MlaRequestRule {

    static final Period MINIMUM_NOTICE = Period.ofMonths(3);
    private static final String CHINA = "CN";
    private static final String FIELD = "summons.hearingDate";

    @Override
    public List<Violation> check(MlaRequest request, MlaRuleContext context) {
        if (request.summons() == null || request.summons().hearingDate() == null) {
            return List.of();
        }
        LocalDate hearing = request.summons().hearingDate();
        if (!hearing.isAfter(context.today())) {
            return List.of(Violation.error(FIELD, "mla.summons.hearingPast"));
        }
        if (!hearing.isBefore(context.today().plus(MINIMUM_NOTICE))) {
            return List.of();
        }
        return List.of(
                CHINA.equals(request.requestedState())
                        ? Violation.error(FIELD, "mla.summons.threeMonthsChina")
                        : Violation.warning(FIELD, "mla.summons.threeMonths"));
    }
}
