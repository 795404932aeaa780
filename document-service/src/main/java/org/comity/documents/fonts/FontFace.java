package org.comity.documents.fonts;

/**
 * One embedded font file: a script and a weight.
 */
public record FontFace(Script script, boolean bold) {

    String fileName() {
        return script.fileName(bold);
    }
}
