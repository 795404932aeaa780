package org.comity.core.extradition.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.extradition.request.Offence;
import org.comity.core.law.Penalty;
import org.comity.core.law.PenaltyKind;
import org.comity.core.validation.Violation;

/**
 * A penalty is either a term of a positive number of months, or life, or death, and life or death
 * carry no months; a remaining sentence is not negative. Thresholds compare life and death as
 * above any term, which is only sound if the kinds are not mixed ({@code reference/legal-domain.md}
 * §2.7 {@code offence.maxPenaltyRequesting}: "duration or enum {LIFE, DEATH}"; §9 item 5).
 */
class PenaltyIsPositiveTermOrLifeOrDeath implements ExtraditionRequestRule {

    @Override
    public List<Violation> check(ExtraditionRequest request, RuleContext context) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < request.offences().size(); i++) {
            Offence offence = request.offences().get(i);
            if (offence != null) {
                check(offence.maximumPenalty(), Violation.offence(i, "maximumPenalty.months"))
                        .ifPresent(violations::add);
            }
        }
        if (request.judgment() != null) {
            check(request.judgment().sentenceImposed(), "judgment.sentenceImposed.months")
                    .ifPresent(violations::add);
            if (request.judgment().remainingSentence() != null
                    && request.judgment().remainingSentence().isNegative()) {
                violations.add(Violation.error("judgment.remainingSentence", "extradition.penalty.negative"));
            }
        }
        return violations;
    }

    private static Optional<Violation> check(Penalty penalty, String field) {
        if (penalty == null || penalty.kind() == null) {
            return Optional.empty();
        }
        if (penalty.kind() == PenaltyKind.TERM && (penalty.months() == null || penalty.months() <= 0)) {
            return Optional.of(Violation.error(field, "extradition.penalty.termMonths"));
        }
        if (penalty.kind() != PenaltyKind.TERM && penalty.months() != null) {
            return Optional.of(Violation.error(field, "extradition.penalty.noMonthsForLifeOrDeath"));
        }
        return Optional.empty();
    }
}
