package org.comity.documents.fonts;

/**
 * Glyphs placed by a shaping engine, in font units of a 1,000-unit em (text space units at size 1
 * × 1,000), ready to be scaled to any size.
 *
 * @param glyphIds glyph ids of the font file (also the CIDs, since the PDF font uses Identity-H)
 * @param x horizontal origin of each glyph
 * @param y vertical offset of each glyph, positive upwards
 * @param advance total advance of the run
 */
public record ShapedText(String text, int[] glyphIds, float[] x, float[] y, float advance) {
}
