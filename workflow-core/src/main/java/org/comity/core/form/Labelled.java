package org.comity.core.form;

import java.util.Locale;

/**
 * An option of a choice field (an enum constant) that pages and documents name by its label, so that
 * they show "Extraditable / 可以引渡" instead of a constant name. The label is the text under
 * {@code option.<Enum>.<CONSTANT>} in the form bundles ({@link FormMessages}), in any language that
 * has a bundle; the enum itself holds no text.
 */
public interface Labelled {

    /** The message key of this option. */
    default String labelKey() {
        return FormMessages.optionKey((Enum<?>) this);
    }

    /** The label in {@code locale}'s language, or in English where that language has none. */
    default String label(Locale locale) {
        return FormMessages.text(labelKey(), locale);
    }
}
