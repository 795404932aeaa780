package org.comity.core.mla.rules;

import java.util.ArrayList;
import java.util.List;
import org.comity.core.law.Penalty;
import org.comity.core.law.PenaltyKind;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.mla.request.Offence;
import org.comity.core.validation.Violation;

/**
 * An offence's maximum penalty is a term of a positive number of months, or life, or death, and
 * life or death carry no months; the one-year threshold of Myanmar's law compares penalties, which
 * is only sound if the kinds are not mixed ({@code reference/legal-domain.md} §4.4, §9 item 5).
 */
class MaximumPenaltyWellFormed implements MlaRequestRule {

    @Override
    public List<Violation> check(MlaRequest request, MlaRuleContext context) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < request.offences().size(); i++) {
            Offence offence = request.offences().get(i);
            Penalty penalty = offence == null ? null : offence.maximumPenalty();
            if (penalty == null || penalty.kind() == null) {
                continue;
            }
            String field = Violation.offence(i, "maximumPenalty.months");
            if (penalty.kind() == PenaltyKind.TERM && (penalty.months() == null || penalty.months() <= 0)) {
                violations.add(Violation.error(field, "mla.penalty.termMonths"));
            } else if (penalty.kind() != PenaltyKind.TERM && penalty.months() != null) {
                violations.add(Violation.error(field, "mla.penalty.noMonthsForLifeOrDeath"));
            }
        }
        return violations;
    }
}
