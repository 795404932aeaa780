package org.comity.core.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.comity.core.document.BilingualText;
import org.junit.jupiter.api.Test;

class PenaltyWordingTest {

    @Test
    void wordsPenaltiesAndRemainingTermsInBothLanguages() {
        assertThat(PenaltyWording.of(Penalty.months(108))).isEqualTo(BilingualText.of("108 months' imprisonment", "有期徒刑108个月"));
        assertThat(PenaltyWording.of(Penalty.life())).isEqualTo(BilingualText.of("Life imprisonment", "无期徒刑"));
        assertThat(PenaltyWording.of(Period.of(7, 4, 0))).isEqualTo(BilingualText.of("7 years 4 months (P7Y4M)", "7年4个月"));
        assertThat(PenaltyWording.of(Period.ofMonths(13))).isEqualTo(BilingualText.of("1 year 1 month (P13M)", "1年1个月"));
        assertThat(PenaltyWording.of((Period) null)).isNull();
    }
}
