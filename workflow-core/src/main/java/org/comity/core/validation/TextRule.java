package org.comity.core.validation;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The one rule for text typed by a person or an agency, whatever the path (API body, CSV column,
 * task form): reliability-and-security.md §4 "Encoding", "Invisible/bidi" and "Size".
 *
 * <ul>
 * <li>no unpaired surrogate (invalid UTF-16, stored as {@code ?} by a database otherwise);</li>
 * <li>no control character (C0 including TAB, DEL, C1; NUL is refused by PostgreSQL), except line
 * breaks in a multi-line field ({@link Texts#nfc} turns CR LF and CR into LF, the one break the
 * renderer knows);</li>
 * <li>no bidirectional override, embedding, isolate or mark (Trojan Source), zero-width space, word
 * joiner, byte-order mark, soft hyphen, Mongolian vowel separator, interlinear annotation or other
 * invisible format character; zero-width (non-)joiners stay allowed because Burmese, Indic and
 * Persian spelling need them;</li>
 * <li>no more than the field's documented number of characters (code points);</li>
 * <li>Burmese in Unicode: Zawgyi is converted as the text is read ({@link Texts#nfc(String, String)}),
 * and Burmese whose encoding cannot be decided, or that mixes both, is refused ({@link BurmeseEncoding});</li>
 * <li>only characters the document renderer can draw ({@link TextCoverage}).</li>
 * </ul>
 *
 * The text is checked as it will be stored, i.e. after NFC normalisation ({@link Texts#nfc}).
 */
public final class TextRule {

    /** Default maximum of a one-line field (names, references, places). */
    public static final int LINE_MAX = 200;

    /** Default maximum of a multi-line field (facts, reasons, conditions). */
    public static final int MULTILINE_MAX = 20_000;

    /** Default maximum number of elements of a list of texts or objects. */
    public static final int LIST_MAX = 50;

    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;

    private TextRule() {}

    /** The maximum number of characters a {@link VisibleText} field takes. */
    public static int maxOf(VisibleText annotation) {
        return annotation.max() > 0 ? annotation.max() : annotation.multiline() ? MULTILINE_MAX : LINE_MAX;
    }

    /**
     * What is wrong with {@code text}, or empty if it may be stored.
     *
     * @param multiline whether line breaks and tabs are allowed
     * @param max maximum number of code points
     */
    public static Optional<Problem> check(String text, boolean multiline, int max) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return Optional.of(new Problem(Kind.ENCODING, c));
            }
            if (isControl(c, multiline)) {
                return Optional.of(new Problem(Kind.CONTROL, c));
            }
            if (isInvisible(c)) {
                return Optional.of(new Problem(Kind.INVISIBLE, c));
            }
        }
        if (text.codePointCount(0, text.length()) > max) {
            return Optional.of(new Problem(Kind.LENGTH, 0));
        }
        if (BurmeseEncoding.read(text).verdict() != BurmeseEncoding.Verdict.UNICODE) {
            return Optional.of(new Problem(Kind.BURMESE_ENCODING, 0));
        }
        OptionalInt undrawable = TextCoverage.installed().firstUndrawable(text);
        return undrawable.isPresent()
                ? Optional.of(new Problem(Kind.UNDRAWABLE, undrawable.getAsInt()))
                : Optional.empty();
    }

    private static boolean isControl(char c, boolean multiline) {
        if (multiline && (c == '\n' || c == '\r')) {
            return false;
        }
        return Character.getType(c) == Character.CONTROL;
    }

    /** Format characters (Unicode category Cf) other than the two joiners. */
    static boolean isInvisible(int codePoint) {
        return codePoint != ZWNJ && codePoint != ZWJ && Character.getType(codePoint) == Character.FORMAT;
    }

    /** Why a text was refused. */
    public enum Kind {
        ENCODING("Encoding", "must not contain an unpaired surrogate (invalid UTF-16 or UTF-8)"),
        CONTROL("ControlCharacter", "must not contain the control character %s"),
        INVISIBLE("InvisibleCharacter", "must not contain the invisible or direction-changing character %s"),
        LENGTH("Size", "must be at most %s characters long"),
        BURMESE_ENCODING(
                "BurmeseEncoding",
                "holds Burmese that is neither clearly Unicode nor clearly Zawgyi, or mixes both: retype it in Unicode"),
        UNDRAWABLE("Script", "contains %s, a character no font of Comity's documents can print");

        private final String rule;
        private final String english;

        Kind(String rule, String english) {
            this.rule = rule;
            this.english = english;
        }

        /** The rule code reported with the field, e.g. {@code ControlCharacter}. */
        public String rule() {
            return rule;
        }

        /** The key of the localised message in {@code ValidationMessages*.properties}. */
        public String messageKey() {
            return "comity.text." + rule;
        }

        String english() {
            return english;
        }
    }

    /**
     * One broken part of the rule: the kind and the offending code point (0 for a length).
     */
    public record Problem(Kind kind, int codePoint) {

        /** The code point as {@code U+0007}; never the character itself, which may be invisible. */
        public String character() {
            return String.format("U+%04X", codePoint);
        }

        /** English message for paths without a message source (CSV rows). */
        public String message(int max) {
            return kind == Kind.BURMESE_ENCODING
                    ? kind.english()
                    : String.format(kind.english(), kind == Kind.LENGTH ? String.valueOf(max) : character());
        }
    }
}
