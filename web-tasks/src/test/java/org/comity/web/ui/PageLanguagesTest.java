package org.comity.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.comity.core.jurisdiction.Jurisdiction;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.junit.jupiter.api.Test;

/**
 * The page languages follow the configured jurisdictions and the bundles that exist: China's
 * {@code zh-Hans} is offered as {@code zh}; Myanmar's {@code my} has no page bundle yet and is not
 * offered; English always is, first.
 */
class PageLanguagesTest {

    private final PageLanguages languages = new PageLanguages(new JurisdictionRegistry(List.of(
            new Jurisdiction(
                    "CN",
                    "People's Republic of China",
                    "中华人民共和国",
                    ZoneId.of("Asia/Shanghai"),
                    List.of("zh-Hans", "en")),
            new Jurisdiction(
                    "MM", "Republic of the Union of Myanmar", null, ZoneId.of("Asia/Yangon"), List.of("my", "en")))));

    @Test
    void offersEnglishAndEachDeclaredLanguageThatHasABundle() {
        assertThat(languages.offered()).containsExactly(Locale.ENGLISH, Locale.forLanguageTag("zh"));
    }

    @Test
    void findsTheOfferedLanguageOfAMoreSpecificTagAndNothingForAnother() {
        assertThat(languages.offered(Locale.forLanguageTag("zh-Hans-CN"))).contains(Locale.forLanguageTag("zh"));
        assertThat(languages.offered(Locale.forLanguageTag("my"))).isEmpty();
    }

    @Test
    void switchesFromAPageToEveryOtherOfferedLanguage() {
        assertThat(languages.others(Locale.ENGLISH)).containsExactly(Locale.forLanguageTag("zh"));
        assertThat(languages.others(Locale.forLanguageTag("zh"))).containsExactly(Locale.ENGLISH);
        assertThat(languages.others(Locale.forLanguageTag("my"))).containsExactly(Locale.forLanguageTag("zh"));
    }
}
