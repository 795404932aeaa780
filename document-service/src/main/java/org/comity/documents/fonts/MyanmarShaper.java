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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shapes Burmese with the JDK's OpenType layout engine. Burmese needs reordering (the vowel sign
 * E is typed after the consonant but drawn before it), stacked consonants and contextual forms;
 * PDFBox maps characters to glyphs one to one, which garbles it. Java2D's
 * {@link Font#layoutGlyphVector} applies the font's GSUB and GPOS tables, and since it is given
 * the same TTF as the PDF, its glyph ids can be written into the PDF directly.
 */
public final class MyanmarShaper {

	private static final float EM = 1000f;

	private static final int CACHE_LIMIT = 4096;

	private static final FontRenderContext FRACTIONAL = new FontRenderContext(new AffineTransform(), true, true);

	private final Font font;

	private final Map<String, ShapedText> cache = new ConcurrentHashMap<>();

	MyanmarShaper(byte[] ttf) {
		try {
			font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf)).deriveFont(EM);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException("Noto Sans Myanmar is not a TrueType font", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The Java2D font the shaper uses, at the given size; tests compare against its rendering. */
	public Font awtFont(float size) {
		return font.deriveFont(size);
	}

	/** Shapes a run of Burmese text; results are cached because headers repeat on every page. */
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
		GlyphVector vector = font.layoutGlyphVector(FRACTIONAL, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
		int count = vector.getNumGlyphs();
		int[] glyphIds = vector.getGlyphCodes(0, count, null);
		float[] x = new float[count];
		float[] y = new float[count];
		for (int i = 0; i < count; i++) {
			Point2D position = vector.getGlyphPosition(i);
			x[i] = (float) position.getX();
			y[i] = (float) -position.getY();
		}
		float advance = (float) vector.getGlyphPosition(count).getX();
		return new ShapedText(text, glyphIds, x, y, advance);
	}

}
