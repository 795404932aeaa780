package org.comity.core.extradition.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.comity.core.law.Penalty;
import org.junit.jupiter.api.Test;

class JudgmentTest {

    private static final LocalDate REQUEST_DATE = LocalDate.of(2026, 3, 2);

    @Test
    void remainingSentenceIsMeasuredAtTheRequestDate() {
        Judgment sixMonths = judgment(Penalty.months(24), Period.ofMonths(6));
        Judgment almost = judgment(Penalty.months(24), Period.of(0, 5, 30));

        assertThat(sixMonths.remainingReaches(Period.ofMonths(6), REQUEST_DATE)).isTrue();
        assertThat(sixMonths.remainingWholeMonths(REQUEST_DATE)).isEqualTo(6);
        assertThat(almost.remainingReaches(Period.ofMonths(6), REQUEST_DATE)).isFalse();
        assertThat(almost.remainingWholeMonths(REQUEST_DATE)).isEqualTo(5);
    }

    @Test
    void lifeSentenceAlwaysHasEnoughLeft() {
        Judgment life = judgment(Penalty.life(), null);

        assertThat(life.remainingReaches(Period.ofMonths(6), REQUEST_DATE)).isTrue();
        assertThat(life.remainingWholeMonths(REQUEST_DATE)).isNull();
    }

    private static Judgment judgment(Penalty sentence, Period remaining) {
        return new Judgment(
                "Kunming Intermediate People's Court", LocalDate.of(2025, 9, 1), true, false, sentence, remaining);
    }
}
