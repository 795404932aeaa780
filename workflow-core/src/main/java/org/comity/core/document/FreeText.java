package org.comity.core.document;

import java.util.Objects;
import java.util.Optional;

/**
 * Text a person wrote (facts, reasons, names of places and authorities), printed once exactly as
 * written, in the language it was written in, which is the submitting side's (DESIGN.md §9). It is
 * never copied into a second language slot: a reader must be able to tell the words a court may rely
 * on from a translation, so a translation is carried only where one was supplied, and is printed
 * marked as a translation.
 *
 * @param text the words as written, not blank
 * @param language BCP-47 tag of the language it was written in, e.g. {@code zh}, {@code my}, {@code en}
 * @param translation a supplied translation, or {@code null}
 */
public record FreeText(String text, String language, Translation translation) {

    public FreeText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        if (text.isBlank()) {
            throw new IllegalArgumentException("free text is not blank; leave the field out instead");
        }
    }

    /** Text as written in {@code language}, without a translation. */
    public static FreeText asWritten(String text, String language) {
        return new FreeText(text, language, null);
    }

    /** {@link #asWritten} for an optional value: {@code null} when the text is null or blank. */
    public static FreeText optional(String text, String language) {
        return text == null || text.isBlank() ? null : asWritten(text, language);
    }

    /** The same text with a supplied translation beside it. */
    public FreeText withTranslation(String translatedText, String translationLanguage) {
        return new FreeText(text, language, new Translation(translatedText, translationLanguage));
    }

    public Optional<Translation> supplied() {
        return Optional.ofNullable(translation);
    }

    /** A translation someone supplied, with the language it is in. */
    public record Translation(String text, String language) {

        public Translation {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(language, "language");
        }
    }
}
