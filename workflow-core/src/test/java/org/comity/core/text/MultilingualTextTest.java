package org.comity.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MultilingualTextTest {

    private final MultilingualText granted = MultilingualText.of(
            ordered("en", "Extradition granted", "zh-Hans", "准予引渡", "my", "တရားခံလွှဲပြောင်းခြင်း ခွင့်ပြုသည်"));

    @Test
    void findsTheExactTagThenThePrimaryLanguageThenEnglish() {
        assertThat(granted.in("my")).isEqualTo("တရားခံလွှဲပြောင်းခြင်း ခွင့်ပြုသည်");
        assertThat(granted.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("准予引渡");
        assertThat(granted.in("zh")).isEqualTo("准予引渡");
        assertThat(granted.in("th")).isEqualTo("Extradition granted");
        assertThat(granted.in((Locale) null)).isEqualTo("Extradition granted");
    }

    @Test
    void withoutEnglishFallsBackToTheFirstLanguageGiven() {
        assertThat(MultilingualText.of("my", "ရန်ကုန်").in("en")).isEqualTo("ရန်ကုန်");
    }

    @Test
    void keepsTheOrderGivenAndRefusesAnEmptyText() {
        assertThat(granted.languages()).containsExactly("en", "zh-Hans", "my");
        assertThat(granted.exactly("zh")).isEmpty();
        assertThatThrownBy(() -> MultilingualText.of(Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
