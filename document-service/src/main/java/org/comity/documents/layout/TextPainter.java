package org.comity.documents.layout;

import java.io.IOException;
import org.apache.pdfbox.util.Matrix;
import org.comity.documents.fonts.DocumentFonts;
import org.comity.documents.fonts.EmbeddedFont;
import org.comity.documents.fonts.ShapedText;
import org.comity.documents.fonts.TextRun;

/**
 * Draws broken lines, their runs in visual order. Mapped runs are shown as encoded strings; shaped
 * runs (Burmese, Arabic, Thai) are shown glyph by glyph at the positions the shaper chose, inside an
 * ActualText span.
 */
final class TextPainter {

    private final DocumentFonts fonts;

    TextPainter(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    /** Draws one unbroken line of text with its left end at {@code x}. */
    void draw(GlyphContentStream stream, String text, float x, float y, TextStyle style) throws IOException {
        draw(stream, new Line(fonts.runs(text, style.bold()), 0), x, y, style);
    }

    /** Draws one unbroken line of text ending at {@code right}. */
    void drawRightAligned(GlyphContentStream stream, String text, float right, float y, TextStyle style)
            throws IOException {
        draw(stream, text, right - width(text, style), y, style);
    }

    float width(String text, TextStyle style) {
        return fonts.width(text, style.bold(), style.size());
    }

    /** Draws a line with its left end at {@code x} and its baseline at {@code y}. */
    void draw(GlyphContentStream stream, Line line, float x, float y, TextStyle style) throws IOException {
        stream.pdf().setNonStrokingColor(style.grey(), style.grey(), style.grey());
        stream.pdf().beginText();
        float cursor = x;
        for (TextRun run : line.runs()) {
            EmbeddedFont font = fonts.pdfFont(run.face());
            stream.setFont(font, style.size());
            if (run.isShaped()) {
                drawShaped(stream, font, run.shaped(), cursor, y, style.size());
            } else {
                stream.pdf().setTextMatrix(Matrix.getTranslateInstance(cursor, y));
                stream.showMapped(font, run.text());
            }
            cursor += fonts.width(run, style.size());
        }
        stream.pdf().endText();
    }

    private void drawShaped(
            GlyphContentStream stream, EmbeddedFont font, ShapedText shaped, float x, float y, float size)
            throws IOException {
        float scale = size / 1000f;
        stream.beginActualText(shaped.text());
        for (int i = 0; i < shaped.glyphIds().length; i++) {
            float glyphX = x + shaped.x()[i] * scale;
            float glyphY = y + shaped.y()[i] * scale;
            stream.pdf().setTextMatrix(Matrix.getTranslateInstance(glyphX, glyphY));
            stream.showGlyph(font, shaped.glyphIds()[i], shaped.clusters()[i]);
        }
        stream.endActualText();
    }
}
