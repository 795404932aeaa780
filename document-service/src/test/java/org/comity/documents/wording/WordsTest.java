package org.comity.documents.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.comity.core.signature.OfficerProfile;
import org.comity.core.text.CountryName;
import org.comity.core.text.MultilingualText;
import org.comity.core.text.Phrase;
import org.junit.jupiter.api.Test;

/** How core's texts are printed in a document's languages. */
class WordsTest {

    private final Words englishAndChinese = new Words(List.of(Locale.ENGLISH, Locale.forLanguageTag("zh-Hans")));

    @Test
    void aPhraseIsPrintedFromEachBundleWithItsArgumentsInTheSameLanguage() {
        Phrase recorded = Phrase.of("signature.act.names-as-recorded", Phrase.of("signature.act.received-by"));

        assertThat(englishAndChinese.inline(recorded))
                .isEqualTo("Received by (names as recorded by the handing-over side) / 接收方（姓名由移交方记录）");
        assertThat(englishAndChinese.lines("extradition.ground.other", "XYZ")).isEqualTo("Ground XYZ\n理由 XYZ");
    }

    @Test
    void aHeldNameMissingALanguageIsPrintedInItsOwnLanguage() {
        Map<String, String> myanmar = new LinkedHashMap<>();
        myanmar.put("en", "Republic of the Union of Myanmar");
        myanmar.put("my", "မြန်မာ");

        assertThat(englishAndChinese.each(MultilingualText.of(myanmar)))
                .containsExactly("Republic of the Union of Myanmar", "မြန်မာ");
        assertThat(englishAndChinese.each(OfficerProfile.text("Police Colonel", "ရဲမှူးကြီး")))
                .containsExactly("Police Colonel", "ရဲမှူးကြီး");
        assertThat(englishAndChinese.each(MultilingualText.of("en", "Joint team")))
                .containsExactly("Joint team", "Joint team");
    }

    @Test
    void aCountryIsPrintedByItsShortNameTheBundleCorrectingCldrWhereTheStateUsesAnother() {
        assertThat(englishAndChinese.inline(new CountryName("CN"))).isEqualTo("China / 中国");
        assertThat(englishAndChinese.inline(new CountryName("MM"))).isEqualTo("Myanmar / 缅甸");
    }
}
