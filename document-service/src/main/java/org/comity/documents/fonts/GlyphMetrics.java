package org.comity.documents.fonts;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Glyph ids and advance widths of one face, remembered across documents and threads. Layout asks
 * for them for every character of every candidate line; the font's cmap is a map of boxed integers,
 * and looking it up dominated the cost of a page. Entries for the Basic Multilingual Plane are kept
 * in arrays filled on first use; concurrent fills write the same value, so reading needs no lock.
 * Misses read this instance's own parsed font under a lock.
 */
final class GlyphMetrics {

    private static final int PLANE = 0x10000;

    private final TrueTypeFont font;

    private final int[] glyphIds = new int[PLANE];

    private final int[] advances = new int[PLANE];

    private final int unitsPerEm;

    GlyphMetrics(TrueTypeFont font) {
        this.font = font;
        try {
            this.unitsPerEm = font.getUnitsPerEm();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The glyph the font's Unicode cmap gives a character; 0 (.notdef) if it has none. */
    int glyphId(int codePoint) {
        if (codePoint >= PLANE) {
            return lookUp(codePoint);
        }
        int cached = glyphIds[codePoint];
        if (cached == 0) {
            cached = lookUp(codePoint) + 1;
            glyphIds[codePoint] = cached;
        }
        return cached - 1;
    }

    /** Advance width of a character in thousandths of an em. */
    float advance(int codePoint) {
        if (codePoint >= PLANE) {
            return fontUnits(glyphId(codePoint)) * 1000f / unitsPerEm;
        }
        int cached = advances[codePoint];
        if (cached == 0) {
            cached = fontUnits(glyphId(codePoint)) + 1;
            advances[codePoint] = cached;
        }
        return (cached - 1) * 1000f / unitsPerEm;
    }

    private synchronized int fontUnits(int glyphId) {
        try {
            return font.getAdvanceWidth(glyphId);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private synchronized int lookUp(int codePoint) {
        try {
            return font.getUnicodeCmapLookup().getGlyphId(codePoint);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
