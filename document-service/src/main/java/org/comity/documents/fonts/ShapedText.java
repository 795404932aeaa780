package org.comity.documents.fonts;

/**
 * Glyphs placed by a shaping engine, in font units of a 1,000-unit em (text space units at size 1
 * × 1,000), ready to be scaled to any size, left to right as they are drawn.
 *
 * @param glyphIds glyph ids of the font file (also the CIDs, since the PDF font uses Identity-H)
 * @param x horizontal origin of each glyph
 * @param y vertical offset of each glyph, positive upwards
 * @param advance total advance of the run
 * @param clusters the characters each glyph stands for, in typed order, or {@code null} for a glyph
 * whose characters another glyph of the same cluster already carries
 */
public record ShapedText(String text, int[] glyphIds, float[] x, float[] y, float advance, String[] clusters) {}
