package org.comity.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.comity.core.validation.BurmeseEncoding.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BurmeseEncodingTest {

    /** Syllables of Burmese personal names, honorifics included, in Unicode. */
    private static final List<String> SYLLABLES =
            List.of(("ဦး ဒေါ် မောင် ကို မ အောင် ကျော် ထွန်း ဝင်း မြင့် သန်း စိုး လှ ခင် "
                            + "နွယ် ဇော် မင်း သူ ရဲ နိုင် ဌေး ဆွေ ညွန့် ချို ပြည့် ဖြိုး ဟိန်း ထက် ပိုင် မြ သီ ဝေ ကြည် နု ရီ လွင် ဇင် မိုး ဦ "
                            + "ဖေ တင် ညို ငြိမ်း ချမ်း သိန်း ကြိုင် ဘ စံ မြတ် သဲ")
                    .split(" "));

    /** ICU's reverse transform writes a Unicode text as a Zawgyi keyboard would have typed it. */
    private static final Transliterator TO_ZAWGYI = Transliterator.getInstance("my-Zawgyi");

    @ParameterizedTest(name = "{0} is Zawgyi for {1}")
    @CsvSource({
        "ေမာင္ေမာင္, မောင်မောင်",
        "ဦးေအာင္ေက်ာ္, ဦးအောင်ကျော်",
        "ေဒၚခင္ေမာင္ႏု, ဒေါ်ခင်မောင်နု",
        "အျပည္ျပည္ဆိုင္ရာ လူ႔အခြင့္အေရး ေၾကညာစာတမ္း, အပြည်ပြည်ဆိုင်ရာ လူ့အခွင့်အရေး ကြေညာစာတမ်း"
    })
    void readsZawgyiAndGivesItsUnicodeForm(String zawgyi, String unicode) {
        assertThat(BurmeseEncoding.read(zawgyi)).isEqualTo(new BurmeseEncoding.Reading(Verdict.ZAWGYI, unicode));
    }

    @ParameterizedTest(name = "{0} stays as typed")
    @CsvSource({"မောင်မောင်", "ဦးအောင်ကျော်", "မြ", "သဲသဲ", "မြကို", "မန္တလေး", "ဗုဒ္ဓ", "Zhang Wei", "张伟", "ကကက"})
    void leavesUnicodeAndOtherScriptsAsTyped(String text) {
        assertThat(BurmeseEncoding.read(text)).isEqualTo(new BurmeseEncoding.Reading(Verdict.UNICODE, text));
    }

    @Test
    void neverConvertsAUnicodeNameAndConvertsNearlyEveryZawgyiOneToItsUnicodeForm() {
        List<String> names = names();
        List<String> changed = new ArrayList<>();
        int zawgyiForms = 0;
        int converted = 0;
        int exact = 0;
        for (String unicode : names) {
            if (BurmeseEncoding.read(unicode).verdict() != Verdict.UNICODE) {
                changed.add(unicode);
            }
            String zawgyi = TO_ZAWGYI.transliterate(unicode);
            if (zawgyi.equals(unicode)) {
                continue;
            }
            zawgyiForms++;
            BurmeseEncoding.Reading reading = BurmeseEncoding.read(zawgyi);
            if (reading.verdict() == Verdict.ZAWGYI) {
                // ICU's reverse transform misplaces the ya-yit of a few syllables (လှမြင့် becomes
                // လျွမင့္, which no keyboard types), so exactness is measured, not required per name.
                exact += reading.text().equals(unicode) ? 1 : 0;
                converted++;
            }
        }
        assertThat(changed).as("Unicode names read as anything but Unicode").isEmpty();
        assertThat(names).hasSizeGreaterThan(7_000);
        assertThat((double) converted / zawgyiForms)
                .as("share of Zawgyi names converted")
                .isGreaterThan(0.97);
        assertThat((double) exact / converted)
                .as("share converted back to the very Unicode name")
                .isGreaterThan(0.99);
    }

    @Test
    void refusesATextThatMixesBothEncodings() {
        BurmeseEncoding.Reading reading = BurmeseEncoding.read("ေမာင္ေမာင္ မောင်မောင်");

        assertThat(reading.verdict()).isEqualTo(Verdict.MIXED);
        assertThat(reading.refused()).isTrue();
        assertThat(TextRule.check("ေမာင္ေမာင္ မောင်မောင်", false, 200))
                .map(TextRule.Problem::kind)
                .contains(TextRule.Kind.BURMESE_ENCODING);
    }

    @Test
    void refusesBurmeseOutOfUnicodeOrderThatTheDetectorCannotPlace() {
        assertThat(BurmeseEncoding.read("ထက္ဦး").verdict()).isEqualTo(Verdict.UNDECIDABLE);
        assertThat(TextRule.check("ထက္ဦး", false, 200).map(p -> p.kind().rule()))
                .contains("BurmeseEncoding");
    }

    @Test
    void convertsAsTextIsReadAndReportsTheFieldOnlyInsideARequestsScope() {
        assertThat(Texts.nfc("ေမာင္ေမာင္", "/persons/0/nameOriginal")).isEqualTo("မောင်မောင်");
        assertThat(TextConversions.current()).isEmpty();

        try (TextConversions.Scope ignored = TextConversions.open()) {
            assertThat(Texts.nfc("ေမာင္ေမာင္", "/persons/0/nameOriginal")).isEqualTo("မောင်မောင်");
            assertThat(Texts.nfc("မောင်မောင်", "/persons/1/nameOriginal")).isEqualTo("မောင်မောင်");

            assertThat(TextConversions.current())
                    .containsExactly(
                            new TextConversions.Conversion("/persons/0/nameOriginal", "ေမာင္ေမာင္", "မောင်မောင်"));
            assertThat(TextConversions.takeUnaudited()).hasSize(1);
            assertThat(TextConversions.takeUnaudited()).isEmpty();
        }
        assertThat(TextConversions.current()).isEmpty();
    }

    @Test
    void acceptsTheConvertedText() {
        assertThat(TextRule.check(Texts.nfc("ဦးေအာင္ေက်ာ္"), false, 200)).isEqualTo(Optional.empty());
    }

    /** Every name of one or two syllables, and of three with a space, from the syllables above. */
    private static List<String> names() {
        List<String> names = new ArrayList<>(SYLLABLES);
        for (String first : SYLLABLES) {
            for (String second : SYLLABLES) {
                names.add(first + second);
            }
        }
        for (String first : SYLLABLES.subList(0, 20)) {
            for (String second : SYLLABLES.subList(0, 20)) {
                for (String third : SYLLABLES.subList(0, 12)) {
                    names.add(first + " " + second + third);
                }
            }
        }
        return names.stream().distinct().toList();
    }
}
