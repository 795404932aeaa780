package org.comity.documents.layout;

import java.util.ArrayList;
import java.util.List;
import org.comity.documents.fonts.DocumentFonts;

/**
 * Breaks text into lines without hyphenation. Latin and Burmese break at spaces, and a word is
 * split only when it is wider than the line; Chinese may break between any two ideographs, except
 * that closing punctuation never starts a line and opening punctuation never ends one. Newlines
 * are hard breaks.
 */
final class LineBreaker {

    private final DocumentFonts fonts;

    LineBreaker(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    List<Line> lines(String text, TextStyle style, float maxWidth) {
        List<Line> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            fill(BreakTokens.of(paragraph), style, maxWidth, lines);
        }
        return lines;
    }

    private void fill(List<BreakTokens.Token> tokens, TextStyle style, float maxWidth, List<Line> lines) {
        StringBuilder line = new StringBuilder();
        float width = 0;
        boolean pendingSpace = false;
        float spaceWidth = fonts.width(" ", style.bold(), style.size());
        for (BreakTokens.Token token : tokens) {
            if (token.space()) {
                pendingSpace = line.length() > 0;
                continue;
            }
            float tokenWidth = measure(token.text(), style);
            float gap = pendingSpace ? spaceWidth : 0;
            if (width + gap + tokenWidth > maxWidth && line.length() > 0) {
                lines.add(toLine(line.toString(), style));
                line.setLength(0);
                width = 0;
                gap = 0;
            }
            if (tokenWidth > maxWidth) {
                width = splitLongWord(token.text(), style, maxWidth, line, lines);
            } else {
                line.append(gap > 0 ? " " : "").append(token.text());
                width += gap + tokenWidth;
            }
            pendingSpace = false;
        }
        lines.add(toLine(line.toString(), style));
    }

    /** Cuts an over-long word at code point boundaries; returns the width of the last piece. */
    private float splitLongWord(String word, TextStyle style, float maxWidth, StringBuilder line, List<Line> lines) {
        float width = 0;
        for (int i = 0; i < word.length(); ) {
            int codePoint = word.codePointAt(i);
            String piece = new String(Character.toChars(codePoint));
            float pieceWidth = measure(piece, style);
            if (width + pieceWidth > maxWidth && line.length() > 0) {
                lines.add(toLine(line.toString(), style));
                line.setLength(0);
                width = 0;
            }
            line.append(piece);
            width += pieceWidth;
            i += Character.charCount(codePoint);
        }
        return width;
    }

    private float measure(String text, TextStyle style) {
        return fonts.width(text, style.bold(), style.size());
    }

    private Line toLine(String text, TextStyle style) {
        return new Line(fonts.runs(text, style.bold()), measure(text, style));
    }
}
