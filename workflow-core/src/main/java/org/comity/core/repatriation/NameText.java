package org.comity.core.repatriation;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The rule for a person's name as text (reliability-and-security.md §4, "Names" and
 * "Invisible/bidi"): stored NFC-normalised; refused when it holds control characters, bidi
 * controls (Trojan Source, U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C), zero-width space,
 * word joiner, BOM, soft hyphen, U+180E or an unpaired surrogate. ZWJ and ZWNJ stay allowed because
 * scripts such as Burmese use them. A Latin name must be in Latin script (basic and extended
 * Latin, not full-width forms), so that a Cyrillic or full-width look-alike cannot hide a duplicate.
 */
public final class NameText {

    public static final int MAX_LENGTH = 200;

    private NameText() {
    }

    /** The name without surrounding spaces, in NFC. */
    static String normalise(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    }

    /** The rule the name breaks and why, if any. */
    public static Optional<String[]> problem(String name, boolean latinOnly) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return Optional.of(new String[] {"Encoding", "must not contain an unpaired surrogate"});
            }
            if (isInvisible(c)) {
                return Optional.of(new String[] {"InvisibleCharacter",
                        String.format("must not contain the invisible or bidi control character U+%04X", (int) c)});
            }
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of(new String[] {"Size", "must be at most " + MAX_LENGTH + " characters"});
        }
        if (latinOnly && !isLatin(name)) {
            return Optional.of(new String[] {"LatinScript",
                    "must be written in Latin letters, spaces, hyphens, apostrophes and dots"});
        }
        return Optional.empty();
    }

    private static boolean isInvisible(char c) {
        return Character.getType(c) == Character.CONTROL || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069 || c == 0x200B || c == 0x200E || c == 0x200F || c == 0x2060
                || c == 0xFEFF || c == 0x00AD || c == 0x180E || c == 0x061C;
    }

    private static boolean isLatin(String name) {
        return name.codePoints().allMatch(cp -> cp == ' ' || cp == '-' || cp == '\'' || cp == '.' || cp == '’'
                || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN
                        && (cp <= 0x024F || cp >= 0x1E00 && cp <= 0x1EFF))
                && name.codePoints().anyMatch(Character::isLetter);
    }
}
