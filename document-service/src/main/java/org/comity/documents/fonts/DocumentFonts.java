package org.comity.documents.fonts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.cos.COSName;

/**
 * The fonts of one document. An embedded font belongs to the document it is written into, so each
 * document gets its own, created only when first drawn with (an unused face is not embedded) and
 * always as a subset. Measuring uses the shared parsed font and creates nothing.
 */
public final class DocumentFonts implements AutoCloseable {

	private final PDDocument document;

	private final FontLibrary library;

	private final ParsedFonts parsed;

	private final Map<FontFace, EmbeddedFont> embedded = new LinkedHashMap<>();

	public DocumentFonts(PDDocument document, FontLibrary library) {
		this.document = document;
		this.library = library;
		this.parsed = library.borrow();
	}

	/** The document's subset font for a face, created when first drawn with. */
	public EmbeddedFont pdfFont(FontFace face) {
		return embedded.computeIfAbsent(face, this::load);
	}

	/** Writes the subset of every face used; call once, after the last page is drawn. */
	public void embedAll() {
		embedded.values().forEach(font -> font.embed(document));
	}

	/** Returns the parsed fonts to the library; the document must be saved first. */
	@Override
	public void close() {
		library.giveBack(parsed);
	}

	/**
	 * Splits text into runs, each drawn with the first face that has its characters.
	 *
	 * @throws IllegalArgumentException if no face has a character: printing a placeholder (or the
	 * .notdef box, which PDF/A forbids) in a name would make the document wrong, not just ugly
	 */
	public List<TextRun> runs(String text, boolean bold) {
		List<TextRun> runs = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		Script currentScript = null;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			i += Character.charCount(codePoint);
			Script script = library.scriptOf(codePoint, currentScript);
			if (script == null) {
				throw new IllegalArgumentException(String.format("No embedded font can draw U+%04X in \"%s\"; "
						+ "a legal document must not show a placeholder instead of a name", codePoint, text));
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
		GlyphMetrics metrics = library.metrics(run.face());
		float units = 0;
		for (int i = 0; i < run.text().length();) {
			int codePoint = run.text().codePointAt(i);
			units += metrics.advance(codePoint);
			i += Character.charCount(codePoint);
		}
		return units * size / 1000f;
	}

	private TextRun run(Script script, boolean bold, String text) {
		FontFace face = new FontFace(script, bold);
		ShapedText shaped = script == Script.MYANMAR ? library.shaper(bold).shape(text) : null;
		return new TextRun(face, text, shaped);
	}

	private EmbeddedFont load(FontFace face) {
		String name = "F" + face.script().name().charAt(0) + (face.bold() ? "B" : "R");
		return new EmbeddedFont(parsed.font(face), library.metrics(face), COSName.getPDFName(name));
	}

}
