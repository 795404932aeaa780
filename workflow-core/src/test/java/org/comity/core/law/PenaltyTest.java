package org.comity.core.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.junit.jupiter.api.Test;

class PenaltyTest {

    @Test
    void termReachesAThresholdFromExactlyItsMonths() {
        assertThat(Penalty.months(12).reaches(Period.ofYears(1))).isTrue();
        assertThat(Penalty.months(11).reaches(Period.ofYears(1))).isFalse();
    }

    @Test
    void lifeAndDeathReachAnyThreshold() {
        assertThat(Penalty.life().reaches(Period.ofYears(100))).isTrue();
        assertThat(Penalty.death().reaches(Period.ofYears(100))).isTrue();
    }
}
