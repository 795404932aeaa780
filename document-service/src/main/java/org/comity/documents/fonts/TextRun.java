package org.comity.documents.fonts;

/**
 * A piece of text drawn with one face; {@code shaped} is set for Burmese runs only.
 */
public record TextRun(FontFace face, String text, ShapedText shaped) {

    public boolean isShaped() {
        return shaped != null;
    }
}
