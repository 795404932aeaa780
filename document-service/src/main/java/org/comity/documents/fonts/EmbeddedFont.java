package org.comity.documents.fonts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
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
 * shaped Burmese, Arabic and Thai) and writes the subset once, in {@link #embed(PDDocument)}. The font dictionary
 * exists from the start so that pages can refer to it while they are drawn.
 */
public final class EmbeddedFont {

    private final TrueTypeFont ttf;

    private final GlyphMetrics metrics;

    private final COSName resourceName;

    private final COSDictionary dictionary = new COSDictionary();

    /** Character code (CID) to glyph id of the font file; a code is the glyph id unless aliased. */
    private final Map<Integer, Integer> glyphOfCode = new TreeMap<>();

    /** Character code to the text it stands for, {@code null} for a glyph that stands for none. */
    private final Map<Integer, String> textOfCode = new HashMap<>();

    /** Codes given to a glyph drawn for another text than its own code's, by glyph and text. */
    private final Map<String, Integer> aliases = new HashMap<>();

    private int nextAlias;

    private static final int MAX_CODE = 0xFFFF;

    EmbeddedFont(TrueTypeFont ttf, GlyphMetrics metrics, COSName resourceName) {
        this.ttf = ttf;
        this.metrics = metrics;
        this.resourceName = resourceName;
        try {
            this.nextAlias = ttf.getNumberOfGlyphs();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
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
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            int glyphId = metrics.glyphId(codePoint);
            glyphOfCode.putIfAbsent(glyphId, glyphId);
            if (textOfCode.get(glyphId) == null) {
                textOfCode.put(glyphId, new String(Character.toChars(codePoint)));
            }
            codes[index++] = (byte) (glyphId >> 8);
            codes[index++] = (byte) glyphId;
        }
        return codes;
    }

    /**
     * Encodes one glyph chosen by a shaper, with the cluster of characters it stands for (a joining
     * form, a ligature, a reordered vowel), or {@code null} when another glyph of its cluster
     * carries them. A ToUnicode map gives one text per code, yet a shaped glyph is not one
     * character: Arabic fonts draw the medial forms of ب, ت, ث, ن and ي with the same dotless base
     * glyph and tell them apart by a separate dot glyph. So a glyph drawn for another text than the
     * one its code already stands for gets a code of its own (above the font's glyph ids), mapped
     * to the same glyph by the CIDToGIDMap and to its own text by the ToUnicode map.
     */
    public byte[] encodeGlyph(int glyphId, String cluster) {
        int code = glyphId;
        if (!glyphOfCode.containsKey(glyphId)) {
            glyphOfCode.put(glyphId, glyphId);
            textOfCode.put(glyphId, cluster);
        } else if (!Objects.equals(textOfCode.get(glyphId), cluster) && nextAlias <= MAX_CODE) {
            code = aliases.computeIfAbsent(glyphId + ":" + cluster, key -> {
                int alias = nextAlias++;
                glyphOfCode.put(alias, glyphId);
                textOfCode.put(alias, cluster);
                return alias;
            });
        }
        return new byte[] {(byte) (code >> 8), (byte) code};
    }

    /** Subsets the font to the recorded glyphs and completes the font dictionaries. */
    public void embed(PDDocument document) {
        try {
            new SubsetWriter(document, ttf, glyphOfCode, textOfCode).write(dictionary);
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot embed " + resourceName.getName(), ex);
        }
    }
}
