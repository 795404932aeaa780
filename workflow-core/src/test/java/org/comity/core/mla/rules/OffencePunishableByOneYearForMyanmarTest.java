package org.comity.core.mla.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.mla.request.MlaRequests.aRequestFromChinaForBankAndTelecomRecords;
import static org.comity.core.mla.request.MlaRequests.aRequestFromMyanmarForAWitnessStatement;

import org.comity.core.law.Penalty;
import org.comity.core.mla.request.MlaRequests;
import org.comity.core.mla.request.Offence;
import org.comity.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** legal-domain.md §4.4: Myanmar's Law 4/2004 s. 3(a), offences punishable by one year and above. */
class OffencePunishableByOneYearForMyanmarTest {

    private final OffencePunishableByOneYearForMyanmar rule = new OffencePunishableByOneYearForMyanmar();

    @Test
    void acceptsExactlyTwelveMonthsBesideAShorterOffence() {
        var request = MlaRequests.from(aRequestFromChinaForBankAndTelecomRecords())
                .offences(offence(Penalty.months(12)), offence(Penalty.months(6)))
                .build();

        assertThat(Rules.check(rule, request)).isEmpty();
    }

    @Test
    void warnsWhenNoOffenceReachesAYear() {
        var request = MlaRequests.from(aRequestFromChinaForBankAndTelecomRecords())
                .offences(offence(Penalty.months(11)))
                .build();

        assertThat(Rules.check(rule, request))
                .containsExactly(Violation.warning("offences", "mla.offence.myanmarThreshold"));
    }

    @Test
    void appliesOnlyToRequestsToMyanmar() {
        var request = MlaRequests.from(aRequestFromMyanmarForAWitnessStatement())
                .offences(offence(Penalty.months(3)))
                .build();

        assertThat(Rules.check(rule, request)).isEmpty();
    }

    private static Offence offence(Penalty penalty) {
        return new Offence("Illegal border crossing", "Immigration Act s. 13(1)", penalty);
    }
}
