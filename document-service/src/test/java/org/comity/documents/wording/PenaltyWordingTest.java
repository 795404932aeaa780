package org.comity.documents.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.comity.core.law.Penalty;
import org.comity.core.law.PenaltyWording;
import org.junit.jupiter.api.Test;

/** Core words a penalty by message key; the bundles print it in English and Chinese as before. */
class PenaltyWordingTest {

    private final Words words = new Words(List.of(Locale.ENGLISH, Locale.forLanguageTag("zh-Hans")));

    @Test
    void wordsPenaltiesAndRemainingTermsInBothLanguages() {
        assertThat(words.each(PenaltyWording.of(Penalty.months(108))))
                .containsExactly("108 months' imprisonment", "有期徒刑108个月");
        assertThat(words.each(PenaltyWording.of(Penalty.life()))).containsExactly("Life imprisonment", "无期徒刑");
        assertThat(words.each(PenaltyWording.of(Period.of(7, 4, 0))))
                .containsExactly("7 years 4 months (P7Y4M)", "7年4个月");
        assertThat(words.each(PenaltyWording.of(Period.ofMonths(13))))
                .containsExactly("1 year 1 month (P13M)", "1年1个月");
        assertThat(words.each(PenaltyWording.of(Period.ZERO))).containsExactly("0 days (P0D)", "0日");
        assertThat(PenaltyWording.of((Period) null)).isNull();
    }
}
