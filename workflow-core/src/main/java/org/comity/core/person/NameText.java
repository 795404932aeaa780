package org.comity.core.person;

import java.util.Optional;
import org.comity.core.validation.TextRule;
import org.comity.core.validation.Texts;

/**
 * The rule for a person's name and other one-line text of a repatriation batch (reliability-and-security.md
 * §4, "Names" and "Invisible/bidi"): stored NFC-normalised, and checked by the one text rule
 * ({@link TextRule}: no control, bidi or zero-width character, no unpaired surrogate, at most
 * {@value #MAX_LENGTH} characters, only characters the documents can print). A Latin name must be in Latin script (basic and extended
 * Latin, not full-width forms), so that a Cyrillic or full-width look-alike cannot hide a duplicate.
 */
public final class NameText {

    public static final int MAX_LENGTH = 200;

    /**
     * The Latin name of a person sought or concerned by an extradition or MLA request, as a Bean
     * Validation {@code @Pattern}: Latin letters with their marks, spaces, dots, apostrophes and
     * hyphens. One constant for both requests; it stays a pattern, with the API rule name
     * {@code Pattern}, rather than {@link #problem}'s stricter Latin test (which refuses full-width
     * forms), so that both APIs accept and name exactly what they did.
     */
    public static final String LATIN_NAME_PATTERN = "[\\p{IsLatin}\\p{M}][\\p{IsLatin}\\p{M} .'-]*";

    private NameText() {}

    /** The name without surrounding spaces, in NFC. */
    public static String normalise(String name) {
        return Texts.nfc(name.strip());
    }

    /** The rule the name breaks and why, if any: {@link TextRule} first, then the Latin script. */
    public static Optional<String[]> problem(String name, boolean latinOnly) {
        var text = TextRule.check(name, false, MAX_LENGTH);
        if (text.isPresent()) {
            return Optional.of(
                    new String[] {text.get().kind().rule(), text.get().message(MAX_LENGTH)});
        }
        if (latinOnly && !isLatin(name)) {
            return Optional.of(new String[] {
                "LatinScript", "must be written in Latin letters, spaces, hyphens, apostrophes and dots"
            });
        }
        return Optional.empty();
    }

    private static boolean isLatin(String name) {
        return name.codePoints()
                        .allMatch(cp -> cp == ' '
                                || cp == '-'
                                || cp == '\''
                                || cp == '.'
                                || cp == '’'
                                || Character.getType(cp) == Character.NON_SPACING_MARK
                                || Character.isLetter(cp)
                                        && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN
                                        && (cp <= 0x024F || cp >= 0x1E00 && cp <= 0x1EFF))
                && name.codePoints().anyMatch(Character::isLetter);
    }
}
