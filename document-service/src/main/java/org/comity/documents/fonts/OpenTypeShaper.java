package org.comity.documents.fonts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shapes complex scripts with the JDK's OpenType layout engine (HarfBuzz in OpenJDK). Burmese needs
 * reordering (the vowel sign E is typed after the consonant but drawn before it), stacked
 * consonants and contextual forms; Arabic needs joining forms (initial, medial, final), the
 * lam-alef ligature and right-to-left order; Thai needs its vowel and tone marks placed above and
 * below the consonant. PDFBox maps characters to glyphs one to one, which garbles all three.
 * Java2D's {@link Font#layoutGlyphVector} applies the font's GSUB and GPOS tables, and since it is
 * given the same TTF as the PDF, its glyph ids can be written into the PDF directly.
 *
 * <p>Each glyph also carries the characters it stands for (its cluster, from the layout's glyph to
 * character indices), so that the ToUnicode map of the embedded subset gives back the text typed,
 * joining forms and ligatures included.
 */
public final class OpenTypeShaper {

    private static final float EM = 1000f;

    private static final int CACHE_LIMIT = 4096;

    private static final FontRenderContext FRACTIONAL = new FontRenderContext(new AffineTransform(), true, true);

    private final Font font;

    private final int direction;

    private final Map<String, ShapedText> cache = new ConcurrentHashMap<>();

    OpenTypeShaper(byte[] ttf, boolean rightToLeft) {
        try {
            font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf))
                    .deriveFont(EM);
        } catch (FontFormatException ex) {
            throw new IllegalStateException("A shaped script's font is not a TrueType font", ex);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        direction = rightToLeft ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT;
    }

    /** The Java2D font the shaper uses, at the given size; tests compare against its rendering. */
    public Font awtFont(float size) {
        return font.deriveFont(size);
    }

    /**
     * Shapes a run of text, returning its glyphs left to right as they are seen (for Arabic, the
     * reverse of the typed order); results are cached because headers repeat on every page.
     */
    public ShapedText shape(String text) {
        ShapedText shaped = cache.get(text);
        if (shaped == null) {
            shaped = layout(text);
            if (cache.size() > CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(text, shaped);
        }
        return shaped;
    }

    private ShapedText layout(String text) {
        char[] chars = text.toCharArray();
        GlyphVector vector = font.layoutGlyphVector(FRACTIONAL, chars, 0, chars.length, direction);
        int count = vector.getNumGlyphs();
        int[] glyphIds = vector.getGlyphCodes(0, count, null);
        int[] charIndices = vector.getGlyphCharIndices(0, count, null);
        float[] x = new float[count];
        float[] y = new float[count];
        float[] advances = new float[count];
        for (int i = 0; i < count; i++) {
            Point2D position = vector.getGlyphPosition(i);
            x[i] = (float) position.getX();
            y[i] = (float) -position.getY();
            advances[i] = vector.getGlyphMetrics(i).getAdvance();
        }
        float advance = (float) vector.getGlyphPosition(count).getX();
        return new ShapedText(text, glyphIds, x, y, advance, clusters(text, charIndices, advances));
    }

    /**
     * The characters each glyph stands for: from its character index to the next index any glyph
     * starts at. When several glyphs start at the same character (an Arabic letter drawn as a
     * dotless base and its dots, a Thai vowel drawn in two parts), the widest carries the cluster
     * and the others none, so the text is given back once, by the glyph a reader's text extraction
     * sees as the letter (a zero-width mark carrying it would leave a gap read as a space).
     */
    private static String[] clusters(String text, int[] charIndices, float[] advances) {
        TreeSet<Integer> starts = new TreeSet<>();
        for (int index : charIndices) {
            starts.add(index);
        }
        Map<Integer, Integer> carrier = new HashMap<>();
        for (int i = 0; i < charIndices.length; i++) {
            int start = charIndices[i];
            Integer widest = carrier.get(start);
            if (start >= 0 && start < text.length() && (widest == null || advances[i] > advances[widest])) {
                carrier.put(start, i);
            }
        }
        String[] clusters = new String[charIndices.length];
        carrier.forEach((start, glyph) -> {
            Integer next = starts.higher(start);
            clusters[glyph] = text.substring(start, next == null ? text.length() : next);
        });
        return clusters;
    }
}
