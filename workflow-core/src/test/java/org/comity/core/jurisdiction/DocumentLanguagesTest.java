package org.comity.core.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A document's languages: English, then the issuing state's, then the receiving state's, each once. */
class DocumentLanguagesTest {

    private static final Jurisdiction CHINA = new Jurisdiction(
            "CN", "People's Republic of China", "中华人民共和国", ZoneId.of("Asia/Shanghai"), List.of("zh-Hans", "en"));

    private static final Jurisdiction MYANMAR = new Jurisdiction(
            "MM", "Republic of the Union of Myanmar", "မြန်မာ", ZoneId.of("Asia/Yangon"), List.of("my", "en"));

    @Test
    void englishFirstThenTheIssuingStatesLanguagesThenTheReceivingStates() {
        assertThat(DocumentLanguages.between(CHINA, MYANMAR))
                .extracting(Locale::toLanguageTag)
                .containsExactly("en", "zh-Hans", "my");
        assertThat(DocumentLanguages.between(MYANMAR, CHINA))
                .extracting(Locale::toLanguageTag)
                .containsExactly("en", "my", "zh-Hans");
        assertThat(DocumentLanguages.between(CHINA, CHINA))
                .extracting(Locale::toLanguageTag)
                .containsExactly("en", "zh-Hans");
    }

    @Test
    void aStatesNamesAreKeyedByItsFirstLanguageOtherThanEnglish() {
        assertThat(CHINA.names().asMap()).containsOnlyKeys("en", "zh-Hans");
        assertThat(MYANMAR.names().exactly("my")).contains("မြန်မာ");
        assertThat(MYANMAR.nameLocal()).isEqualTo("မြန်မာ");
    }
}
