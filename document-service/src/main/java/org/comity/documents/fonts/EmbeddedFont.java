package org.comity.documents.fonts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * One face embedded in one document as a CIDFontType2 subset with Identity-H encoding, so that a
 * character code is the glyph id of the font file.
 *
 * <p>PDFBox's own {@code PDType0Font.load} builds a width array for every glyph of the font before
 * subsetting; for Noto Sans SC's 65,535 glyphs that costs more than laying out a whole page. This
 * class records only the glyphs used (by character, for the ToUnicode map, or by glyph id, for
 * shaped Burmese) and writes the subset once, in {@link #embed(PDDocument)}. The font dictionary
 * exists from the start so that pages can refer to it while they are drawn.
 */
public final class EmbeddedFont {

	private final TrueTypeFont ttf;

	private final GlyphMetrics metrics;

	private final COSName resourceName;

	private final COSDictionary dictionary = new COSDictionary();

	private final Map<Integer, String> glyphs = new TreeMap<>();

	EmbeddedFont(TrueTypeFont ttf, GlyphMetrics metrics, COSName resourceName) {
		this.ttf = ttf;
		this.metrics = metrics;
		this.resourceName = resourceName;
	}

	/** The name pages use for this font in their resources. */
	public COSName resourceName() {
		return resourceName;
	}

	/** The Type0 font dictionary, filled in by {@link #embed(PDDocument)}. */
	public COSDictionary dictionary() {
		return dictionary;
	}

	/** Encodes text character by character through the font's cmap, recording each glyph. */
	public byte[] encode(String text) {
		byte[] codes = new byte[text.codePointCount(0, text.length()) * 2];
		int index = 0;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			i += Character.charCount(codePoint);
			int glyphId = metrics.glyphId(codePoint);
			glyphs.putIfAbsent(glyphId, new String(Character.toChars(codePoint)));
			codes[index++] = (byte) (glyphId >> 8);
			codes[index++] = (byte) glyphId;
		}
		return codes;
	}

	/**
	 * Encodes one glyph chosen by a shaper. Its ToUnicode entry is the character the cmap maps to
	 * it, if any; reordered and ligature forms have none.
	 */
	public byte[] encodeGlyph(int glyphId) {
		if (!glyphs.containsKey(glyphId)) {
			List<Integer> characters = cmap().getCharCodes(glyphId);
			glyphs.put(glyphId, characters == null || characters.isEmpty() ? null
					: new String(Character.toChars(characters.get(0))));
		}
		return new byte[] { (byte) (glyphId >> 8), (byte) glyphId };
	}

	private CmapLookup cmap() {
		try {
			return ttf.getUnicodeCmapLookup();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Subsets the font to the recorded glyphs and completes the font dictionaries. */
	public void embed(PDDocument document) {
		try {
			new SubsetWriter(document, ttf, glyphs).write(dictionary);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot embed " + resourceName.getName(), ex);
		}
	}

}
