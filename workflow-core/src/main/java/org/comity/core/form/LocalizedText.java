package org.comity.core.form;

import java.util.Locale;

/** A text in English and Simplified Chinese. */
public record LocalizedText(String en, String zh) {

    public String in(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? zh : en;
    }
}
