package org.comity.documents.fonts;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;

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
     * Splits one line of text into runs, each drawn with the first face that has its characters, in
     * the order they are drawn from left to right. A right-to-left passage (Arabic) is put in visual
     * order by the Unicode bidirectional algorithm ({@link Bidi}): runs of a right-to-left level are
     * reversed, and each Arabic run is shaped right to left. The line's direction is that of its
     * first strong character (UAX #9 rules P2–P3, as a reader's text extraction assumes), so a line
     * of the left-to-right documents stays left to right unless it starts in Arabic, such as a name
     * followed by its Latin transcription.
     *
     * @throws IllegalArgumentException if no face has a character: printing a placeholder (or the
     * .notdef box, which PDF/A forbids) in a name would make the document wrong, not just ugly
     */
    public List<TextRun> runs(String text, boolean bold) {
        char[] chars = text.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) {
            return logicalRuns(text, text, bold);
        }
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_LEFT_TO_RIGHT);
        List<TextRun> runs = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        for (int r = 0; r < bidi.getRunCount(); r++) {
            boolean rightToLeft = (bidi.getRunLevel(r) & 1) == 1;
            for (TextRun run : logicalRuns(text.substring(bidi.getRunStart(r), bidi.getRunLimit(r)), text, bold)) {
                runs.add(rightToLeft && !run.isShaped() ? mirrored(run, bold) : run);
                levels.add(bidi.getRunLevel(r));
            }
        }
        byte[] runLevels = new byte[levels.size()];
        for (int i = 0; i < runLevels.length; i++) {
            runLevels[i] = levels.get(i).byteValue();
        }
        Object[] visual = runs.toArray();
        Bidi.reorderVisually(runLevels, 0, visual, 0, visual.length);
        List<TextRun> ordered = new ArrayList<>(visual.length);
        for (Object run : visual) {
            ordered.add((TextRun) run);
        }
        return ordered;
    }

    /**
     * A run of neutral characters (spaces, punctuation) inside right-to-left text, drawn by the
     * cmap left to right: its characters are reversed, and paired brackets mirrored, so that it
     * reads right to left like the text around it.
     */
    private TextRun mirrored(TextRun run, boolean bold) {
        StringBuilder reversed = new StringBuilder(run.text().length());
        run.text().codePoints().map(DocumentFonts::mirror).forEach(reversed::appendCodePoint);
        return run(run.face().script(), bold, reversed.reverse().toString());
    }

    private static int mirror(int codePoint) {
        int at = MIRRORED.indexOf(codePoint);
        return at < 0 ? codePoint : MIRRORED.charAt(at ^ 1);
    }

    /** Pairs of characters that are each other's mirror image (Unicode Bidi_Mirroring_Glyph, the common ones). */
    private static final String MIRRORED = "()[]{}<>«»‹›";

    /** Runs of one directional level of {@code line}, in typed order. */
    private List<TextRun> logicalRuns(String text, String line, boolean bold) {
        List<TextRun> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Script currentScript = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            Script script = library.scriptOf(codePoint, currentScript);
            if (script == null) {
                throw new IllegalArgumentException(String.format(
                        "No embedded font can draw U+%04X in \"%s\"; "
                                + "a legal document must not show a placeholder instead of a name",
                        codePoint, line));
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
        for (int i = 0; i < run.text().length(); ) {
            int codePoint = run.text().codePointAt(i);
            units += metrics.advance(codePoint);
            i += Character.charCount(codePoint);
        }
        return units * size / 1000f;
    }

    private TextRun run(Script script, boolean bold, String text) {
        FontFace face = new FontFace(script, bold);
        ShapedText shaped = script.shaped() ? library.shaper(face).shape(text) : null;
        return new TextRun(face, text, shaped);
    }

    private EmbeddedFont load(FontFace face) {
        String name = "F" + face.script().name().charAt(0) + (face.bold() ? "B" : "R");
        return new EmbeddedFont(parsed.font(face), library.metrics(face), COSName.getPDFName(name));
    }
}
