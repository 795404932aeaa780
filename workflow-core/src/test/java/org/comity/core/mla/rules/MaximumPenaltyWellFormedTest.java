package org.comity.core.mla.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.mla.request.MlaRequests.aRequestFromChinaForBankAndTelecomRecords;
import static org.comity.core.mla.request.MlaRequests.aTelecomFraud;

import org.comity.core.law.Penalty;
import org.comity.core.law.PenaltyKind;
import org.comity.core.mla.request.MlaRequests;
import org.comity.core.mla.request.Offence;
import org.comity.core.validation.Violation;
import org.junit.jupiter.api.Test;

class MaximumPenaltyWellFormedTest {

    private final MaximumPenaltyWellFormed rule = new MaximumPenaltyWellFormed();

    @Test
    void acceptsATermLifeAndDeath() {
        var request = MlaRequests.from(aRequestFromChinaForBankAndTelecomRecords())
                .offences(aTelecomFraud(), offence(Penalty.life()), offence(Penalty.death()))
                .build();

        assertThat(Rules.check(rule, request)).isEmpty();
    }

    @Test
    void rejectsATermWithoutMonthsAndLifeWithMonths() {
        var request = MlaRequests.from(aRequestFromChinaForBankAndTelecomRecords())
                .offences(offence(Penalty.months(0)), offence(new Penalty(PenaltyKind.LIFE, 12)))
                .build();

        assertThat(Rules.check(rule, request))
                .containsExactly(
                        Violation.error("offences[0].maximumPenalty.months", "mla.penalty.termMonths"),
                        Violation.error("offences[1].maximumPenalty.months", "mla.penalty.noMonthsForLifeOrDeath"));
    }

    private static Offence offence(Penalty penalty) {
        return new Offence("Money laundering", "Criminal Law of the PRC, Art. 191", penalty);
    }
}
