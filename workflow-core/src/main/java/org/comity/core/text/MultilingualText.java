package org.comity.core.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One text in several languages, keyed by BCP 47 language tag ({@code en}, {@code zh-Hans},
 * {@code my}, …). No language is special in the type: which languages a text carries follows from
 * the configured jurisdictions and the bundles that exist, so a third language is added by
 * configuration and bundle files, never by a new field.
 *
 * <p>Lookup ({@link #in(Locale)}) tries the exact tag, then the primary language ({@code zh} finds
 * {@code zh-Hans}), then English, then the first text given, so that a page in a language without
 * a translation of one phrase still shows the phrase.
 */
public final class MultilingualText implements Text {

    private final Map<String, String> texts;

    private MultilingualText(Map<String, String> texts) {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("a text needs at least one language");
        }
        texts.forEach((language, text) -> {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(text, () -> "text in " + language);
        });
        this.texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    /** The texts in the order given (that order is the order documents print them in). */
    public static MultilingualText of(Map<String, String> texts) {
        return new MultilingualText(new LinkedHashMap<>(texts));
    }

    /**
     * The texts given as language tag, text, language tag, text…, in that order; for a registry's
     * fixed data, e.g. {@code pairs("en", "Reciprocity", "zh-Hans", "互惠原则")}.
     */
    public static MultilingualText pairs(String... languageThenText) {
        if (languageThenText.length % 2 != 0) {
            throw new IllegalArgumentException("language tags and texts come in pairs");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = 0; i < languageThenText.length; i += 2) {
            texts.put(languageThenText[i], languageThenText[i + 1]);
        }
        return of(texts);
    }

    /** A text in one language only. */
    public static MultilingualText of(String language, String text) {
        return of(Map.of(language, text));
    }

    /** The languages this text is available in, in order. */
    public List<String> languages() {
        return List.copyOf(texts.keySet());
    }

    /** The text in exactly this language, if there is one. */
    public Optional<String> exactly(String languageTag) {
        return Optional.ofNullable(texts.get(languageTag));
    }

    /** The text best matching the language tag (see the class comment for the fallbacks). */
    public String in(String languageTag) {
        return in(Locale.forLanguageTag(languageTag));
    }

    /** The text best matching the locale (see the class comment for the fallbacks). */
    public String in(Locale locale) {
        if (locale != null) {
            String exact = texts.get(locale.toLanguageTag());
            if (exact != null) {
                return exact;
            }
            for (Map.Entry<String, String> entry : texts.entrySet()) {
                if (Locale.forLanguageTag(entry.getKey()).getLanguage().equals(locale.getLanguage())) {
                    return entry.getValue();
                }
            }
        }
        String english = texts.get("en");
        return english != null ? english : texts.values().iterator().next();
    }

    /** Every language's text, in order. */
    public Map<String, String> asMap() {
        return texts;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MultilingualText text && texts.equals(text.texts);
    }

    @Override
    public int hashCode() {
        return texts.hashCode();
    }

    @Override
    public String toString() {
        return texts.toString();
    }
}
