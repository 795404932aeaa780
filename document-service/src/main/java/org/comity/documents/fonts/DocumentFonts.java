package org.comity.documents.fonts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one document. A {@link PDType0Font} belongs to the document it was loaded into, so
 * each document gets its own, loaded only when first used (an unused face is not embedded) and
 * always as a subset.
 */
public final class DocumentFonts {

	private static final int REPLACEMENT = '?';

	private final PDDocument document;

	private final FontLibrary library;

	private final Map<FontFace, PDType0Font> loaded = new HashMap<>();

	public DocumentFonts(PDDocument document, FontLibrary library) {
		this.document = document;
		this.library = library;
	}

	/** The document's subset font for a face, loaded on first use. */
	public PDType0Font pdfFont(FontFace face) {
		return loaded.computeIfAbsent(face, this::load);
	}

	/** Splits text into runs, each drawn with the first face that has its characters. */
	public List<TextRun> runs(String text, boolean bold) {
		List<TextRun> runs = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		Script currentScript = null;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			i += Character.charCount(codePoint);
			Script script = scriptOf(codePoint, currentScript);
			if (script == null) {
				codePoint = REPLACEMENT;
				script = Script.LATIN;
			}
			if (currentScript != null && script != currentScript) {
				runs.add(run(currentScript, bold, current.toString()));
				current.setLength(0);
			}
			currentScript = script;
			current.appendCodePoint(codePoint);
		}
		if (currentScript != null) {
			runs.add(run(currentScript, bold, current.toString()));
		}
		return runs;
	}

	/** Width of text in points. */
	public float width(String text, boolean bold, float size) {
		float width = 0;
		for (TextRun run : runs(text, bold)) {
			width += width(run, size);
		}
		return width;
	}

	public float width(TextRun run, float size) {
		if (run.isShaped()) {
			return run.shaped().advance() * size / 1000f;
		}
		try {
			return pdfFont(run.face()).getStringWidth(run.text()) * size / 1000f;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private TextRun run(Script script, boolean bold, String text) {
		FontFace face = new FontFace(script, bold);
		ShapedText shaped = script == Script.MYANMAR ? library.shaper(bold).shape(text) : null;
		return new TextRun(face, text, shaped);
	}

	private Script scriptOf(int codePoint, Script current) {
		if (Script.isMyanmar(codePoint)) {
			return Script.MYANMAR;
		}
		boolean joiner = Character.isWhitespace(codePoint) || Character.getType(codePoint) == Character.FORMAT;
		if (joiner && current != null) {
			return current;
		}
		if (covers(Script.LATIN, codePoint)) {
			return Script.LATIN;
		}
		return covers(Script.CJK, codePoint) ? Script.CJK : null;
	}

	private boolean covers(Script script, int codePoint) {
		try {
			return library.font(new FontFace(script, false)).getUnicodeCmapLookup().getGlyphId(codePoint) != 0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private PDType0Font load(FontFace face) {
		try {
			TrueTypeFont ttf = library.font(face);
			return PDType0Font.load(document, ttf, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot embed " + face, ex);
		}
	}

}
