package org.comity.core.mla.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.mla.request.MlaRequests.TODAY;
import static org.comity.core.mla.request.MlaRequests.aRequestToServeASummonsOnly;

import java.time.LocalDate;
import org.comity.core.mla.request.MlaLegalBases;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.mla.request.MlaRequests;
import org.comity.core.mla.request.Summons;
import org.comity.core.mla.request.SummonsCapacity;
import org.comity.core.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * legal-domain.md §10 item 18, ICJA Art. 22 para. 1: an error for China (the statute says "shall"),
 * a warning for Myanmar (no period found); exactly three months is enough.
 */
class SummonsAtLeastThreeMonthsBeforeHearingTest {

    private final SummonsAtLeastThreeMonthsBeforeHearing rule = new SummonsAtLeastThreeMonthsBeforeHearing();

    @Test
    void acceptsAHearingExactlyThreeMonthsAway() {
        assertThat(Rules.check(rule, toChina(TODAY.plusMonths(3)))).isEmpty();
        assertThat(Rules.check(rule, toMyanmar(TODAY.plusMonths(3)))).isEmpty();
    }

    @Test
    void rejectsAHearingADayShortOfThreeMonthsInChina() {
        assertThat(Rules.check(rule, toChina(TODAY.plusMonths(3).minusDays(1))))
                .containsExactly(Violation.error("summons.hearingDate", "mla.summons.threeMonthsChina"));
    }

    @Test
    void warnsOfAHearingLessThanThreeMonthsAwayInMyanmar() {
        assertThat(Rules.check(rule, toMyanmar(TODAY.plusMonths(2))))
                .containsExactly(Violation.warning("summons.hearingDate", "mla.summons.threeMonths"));
    }

    @Test
    void rejectsAHearingToday() {
        assertThat(Rules.check(rule, toMyanmar(TODAY)))
                .containsExactly(Violation.error("summons.hearingDate", "mla.summons.hearingPast"));
    }

    private static MlaRequest toMyanmar(LocalDate hearing) {
        return MlaRequests.from(aRequestToServeASummonsOnly())
                .summons(new Summons(1, SummonsCapacity.WITNESS, "Kunming Intermediate People's Court", hearing))
                .build();
    }

    private static MlaRequest toChina(LocalDate hearing) {
        return MlaRequests.from(toMyanmar(hearing))
                .requestingState("MM")
                .requestedState("CN")
                .legalBasisId(MlaLegalBases.UNTOC)
                .build();
    }
}
