package org.comity.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Audit purposes that services record as a kind are shown in words, in both languages; free text as written. */
class VocabularyTest {

    private final Vocabulary vocabulary = new Vocabulary(messages(), null);

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SENTENCE", "DEATH_PENALTY", "PROSECUTION_LIMIT", "TERM", "LIFE", "DEATH", "CONSENTED",
        "SURRENDER", "EXTRADITION_FIRST", "GRANTED"})
    void aKindRecordedAsPurposeIsShownInWords(String kind) {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        String english = vocabulary.auditPurpose(kind);
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        String chinese = vocabulary.auditPurpose(kind);
        assertThat(english).isNotEqualTo(kind).doesNotContain("_");
        assertThat(chinese).isNotEqualTo(kind).isNotEqualTo(english);
    }

    @Test
    void aPurposeWrittenInWordsIsShownAsWritten() {
        assertThat(vocabulary.auditPurpose("Audit of the case after a complaint")).isEqualTo("Audit of the case after a complaint");
        assertThat(vocabulary.auditPurpose(null)).isEmpty();
    }
}
