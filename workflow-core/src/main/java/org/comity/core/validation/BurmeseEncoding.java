package org.comity.core.validation;

import com.google.myanmartools.ZawgyiDetector;
import com.ibm.icu.text.Transliterator;
import java.util.regex.Pattern;

/**
 * Which encoding Burmese text was typed in (issue #19 item 3). Much Burmese is still typed with the
 * Zawgyi font, which puts its own glyphs on the code points of the Unicode Myanmar block: a Zawgyi
 * name stored as it came looks right on a Zawgyi phone, garbled in every Unicode font (documents,
 * pages) and never matches the same name typed in Unicode. Google's {@code myanmar-tools} detector
 * gives the probability that a text is Zawgyi; ICU's {@code Zawgyi-my} transform converts it.
 *
 * <p>Short names are where the detector is least sure (Unicode "မြ", Mya, scores 0.82), so its
 * probability is weighed with the text's form. Zawgyi is typed in visual order (the vowel sign ေ and
 * the medial ျ before their consonant), writes the asat with the virama U+1039 and uses Mon, Karen
 * and Shan code points for its glyph variants; Burmese in Unicode keeps the storage order of
 * Unicode Technical Note #11. A text that breaks that order ({@link #breaksUnicodeOrder}) is
 * Zawgyi from {@value #ZAWGYI}, Unicode up to {@value #UNICODE} and undecidable in between; a text
 * in Unicode order is converted only when the detector is all but certain ({@value #ZAWGYI_IN_ORDER}),
 * because a wrong conversion would change a correctly typed name. A text whose words are clearly of
 * both encodings is refused as mixed; a text the conversion would leave unchanged (no Burmese, or
 * only letters both encodings share) needs no decision. Tested against 7,350 Unicode names and
 * their Zawgyi forms ({@code BurmeseEncodingTest}).
 */
public final class BurmeseEncoding {

    /** Probability from which a text is taken to be Zawgyi. */
    static final double ZAWGYI = 0.95;

    /** Probability up to which a text is taken to be Unicode. */
    static final double UNICODE = 0.05;

    /** Probability from which a text in Unicode storage order is still taken to be Zawgyi. */
    static final double ZAWGYI_IN_ORDER = 0.999;

    private static final int NO_BASE = -1;
    private static final int VIRAMA = 0x1039;
    private static final int FINAL_MARKS = 9;

    private static final Pattern MYANMAR = Pattern.compile("[\\u1000-\\u109F\\uA9E0-\\uA9FF\\uAA60-\\uAA7F]");

    private static final Pattern WORDS = Pattern.compile("[^\\u1000-\\u109F\\uA9E0-\\uA9FF\\uAA60-\\uAA7F]+");

    /** Stateless after loading its model; shared. */
    private static final ZawgyiDetector DETECTOR = new ZawgyiDetector();

    /** ICU transliterators keep per-call state; one per thread. */
    private static final ThreadLocal<Transliterator> TO_UNICODE =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Zawgyi-my"));

    private BurmeseEncoding() {}

    /** What {@code text} is and, when it is Zawgyi, its Unicode form. */
    public static Reading read(String text) {
        if (text == null || !MYANMAR.matcher(text).find()) {
            return new Reading(Verdict.UNICODE, text);
        }
        String unicode = TO_UNICODE.get().transliterate(text);
        if (unicode.equals(text)) {
            return new Reading(Verdict.UNICODE, text);
        }
        if (wordsOfBothEncodings(text)) {
            return new Reading(Verdict.MIXED, text);
        }
        double zawgyi = DETECTOR.getZawgyiProbability(text);
        if (!breaksUnicodeOrder(text)) {
            return zawgyi >= ZAWGYI_IN_ORDER
                    ? new Reading(Verdict.ZAWGYI, unicode)
                    : new Reading(Verdict.UNICODE, text);
        }
        if (zawgyi >= ZAWGYI) {
            return new Reading(Verdict.ZAWGYI, unicode);
        }
        return new Reading(zawgyi <= UNICODE ? Verdict.UNICODE : Verdict.UNDECIDABLE, text);
    }

    /**
     * Whether the text breaks the storage order of Burmese in Unicode (UTN #11): a dependent sign
     * without a consonant before it, signs of one syllable out of their order (medials ျ ြ ွ ှ,
     * then ေ, then ိ ီ ဲ, then ု ူ, then ါ ာ, then ံ ့ ်, then း), a virama not followed by the
     * consonant it stacks, or a code point Burmese does not use but Zawgyi does (U+1033–U+1035,
     * U+105A–U+109F: Mon, Karen and Shan in Unicode).
     */
    static boolean breaksUnicodeOrder(String text) {
        int[] codePoints = text.codePoints().toArray();
        int order = NO_BASE;
        for (int i = 0; i < codePoints.length; i++) {
            int c = codePoints[i];
            if (c >= 0x1033 && c <= 0x1035 || c >= 0x105A && c <= 0x109F) {
                return true;
            }
            if (c == VIRAMA) {
                if (i + 1 == codePoints.length || !isConsonant(codePoints[i + 1])) {
                    return true;
                }
                i++;
                order = 0;
                continue;
            }
            int rank = signOrder(c);
            if (rank > 0) {
                if (order == NO_BASE || rank < order || rank == order && rank != FINAL_MARKS) {
                    return true;
                }
                order = rank;
                continue;
            }
            order = isBase(c) ? 0 : NO_BASE;
        }
        return false;
    }

    /** The position of a dependent sign in a syllable's storage order, or 0 for anything else. */
    private static int signOrder(int c) {
        return switch (c) {
            case 0x103B -> 1;
            case 0x103C -> 2;
            case 0x103D -> 3;
            case 0x103E -> 4;
            case 0x1031 -> 5;
            case 0x102D, 0x102E, 0x1032 -> 6;
            case 0x102F, 0x1030 -> 7;
            case 0x102B, 0x102C -> 8;
            case 0x1036, 0x1037, 0x103A -> FINAL_MARKS;
            case 0x1038 -> 10;
            default -> 0;
        };
    }

    private static boolean isConsonant(int c) {
        return c >= 0x1000 && c <= 0x1021;
    }

    /** Letters and digits a sign may follow: consonants, independent vowels, digits, the Pali letters. */
    private static boolean isBase(int c) {
        return c >= 0x1000 && c <= 0x102A
                || c == 0x103F
                || c >= 0x1040 && c <= 0x1049
                || c >= 0x104C && c <= 0x104F
                || c >= 0x1050 && c <= 0x1059;
    }

    /** Whether one word is clearly Zawgyi and another clearly Unicode (words the conversion would change). */
    private static boolean wordsOfBothEncodings(String text) {
        boolean zawgyi = false;
        boolean unicode = false;
        for (String word : WORDS.split(text)) {
            if (word.isEmpty() || TO_UNICODE.get().transliterate(word).equals(word)) {
                continue;
            }
            double probability = DETECTOR.getZawgyiProbability(word);
            zawgyi |= probability >= ZAWGYI && breaksUnicodeOrder(word);
            unicode |= probability <= UNICODE;
        }
        return zawgyi && unicode;
    }

    /** How a text was read. */
    public enum Verdict {
        /** Unicode, or nothing that the two encodings write differently. */
        UNICODE,
        /** Zawgyi; {@link Reading#text()} is its Unicode form. */
        ZAWGYI,
        /** Between the two thresholds: refused, to be retyped in Unicode. */
        UNDECIDABLE,
        /** Words clearly of each encoding: refused, to be retyped in Unicode. */
        MIXED
    }

    /**
     * @param verdict which encoding the text is in
     * @param text the text in Unicode where it was Zawgyi, otherwise as given
     */
    public record Reading(Verdict verdict, String text) {

        /** Whether the text must be refused because its encoding cannot be decided. */
        public boolean refused() {
            return verdict == Verdict.UNDECIDABLE || verdict == Verdict.MIXED;
        }
    }
}
