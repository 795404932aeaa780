package org.comity.core.form;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A form's text (a title, label, hint or option) by its message key in {@link FormMessages}: a page
 * reads it in the reader's language ({@link #in}); the API serves it as before, one text per
 * language of {@link #API_LANGUAGES} ({@code {"en": "Decision", "zh": "决定"}}).
 *
 * @param key the message key
 */
public record FormText(String key) {

    /** The languages the API's form schema has always carried, in its JSON order. */
    public static final List<Locale> API_LANGUAGES = List.of(Locale.ENGLISH, Locale.CHINESE);

    /** The text in {@code locale}'s language, or in English where that language has none. */
    public String in(Locale locale) {
        return FormMessages.text(key, locale);
    }

    /** The API's form of the text: one entry per API language, keyed by language code. */
    @JsonValue
    public Map<String, String> byLanguage() {
        Map<String, String> texts = new LinkedHashMap<>();
        API_LANGUAGES.forEach(language -> texts.put(language.getLanguage(), in(language)));
        return texts;
    }
}
