package org.comity.documents.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a paragraph into the units a line may break between: spaces, words (Latin, Burmese,
 * numbers), and single ideographs with the punctuation that must stay attached to them.
 */
final class BreakTokens {

    private static final String NO_LINE_START = "，。、；：？！）》」』】〉,.;:?!)%";

    private static final String NO_LINE_END = "（《「『【〈(";

    private BreakTokens() {}

    record Token(String text, boolean space) {}

    static List<Token> of(String paragraph) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < paragraph.length(); ) {
            int codePoint = paragraph.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint)) {
                flush(word, tokens);
                tokens.add(new Token(" ", true));
            } else if (isIdeographic(codePoint) && !glued(codePoint, word)) {
                flush(word, tokens);
                word.appendCodePoint(codePoint);
            } else {
                if (endsWithIdeograph(word) && NO_LINE_START.indexOf(codePoint) < 0) {
                    flush(word, tokens);
                }
                word.appendCodePoint(codePoint);
            }
        }
        flush(word, tokens);
        return tokens;
    }

    private static boolean endsWithIdeograph(StringBuilder word) {
        return word.length() > 0 && isIdeographic(word.codePointBefore(word.length()));
    }

    /** True when the character must stay on the same line as what precedes it. */
    private static boolean glued(int codePoint, StringBuilder word) {
        if (word.length() == 0) {
            return false;
        }
        int previous = word.codePointBefore(word.length());
        return NO_LINE_START.indexOf(codePoint) >= 0 || NO_LINE_END.indexOf(previous) >= 0;
    }

    private static void flush(StringBuilder word, List<Token> tokens) {
        if (word.length() > 0) {
            tokens.add(new Token(word.toString(), false));
            word.setLength(0);
        }
    }

    /** Ideographs, kana and CJK punctuation: a line may break before any of them. */
    static boolean isIdeographic(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
}
