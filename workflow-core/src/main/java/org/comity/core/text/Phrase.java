package org.comity.core.text;

import java.util.List;
import java.util.Objects;

/**
 * Fixed wording by message key, with its arguments: the key names an entry of the document
 * wording bundles ({@code wording/documents_<language>.properties} of the document service), which
 * hold the text in each language, with the source article where the law fixes it.
 *
 * <p>An argument is printed as it is (a number, a code, a case reference), except a {@link Text},
 * which is printed in the same language as the phrase around it, and a list of texts, printed one
 * after the other with the language's separator between units of a period (English a space,
 * Chinese none).
 *
 * @param key the message key, e.g. {@code extradition.purpose.PROSECUTION}
 * @param arguments values for the placeholders {@code {0}}, {@code {1}}, … of the wording
 */
public record Phrase(String key, List<Object> arguments) implements Text {

    public Phrase {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    public static Phrase of(String key, Object... arguments) {
        return new Phrase(key, List.of(arguments));
    }
}
