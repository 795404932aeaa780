package org.comity.documents.fonts;

import java.util.Collection;

/**
 * The six-letter prefix PDF requires on the name of a subset font. Derived from the glyphs in the
 * subset, not random, so that the same document gives the same bytes.
 */
final class SubsetTag {

    private SubsetTag() {}

    static String of(Collection<Integer> glyphIds) {
        long hash = 1125899906842597L;
        for (int glyphId : glyphIds) {
            hash = 31 * hash + glyphId;
        }
        StringBuilder tag = new StringBuilder(6);
        long value = hash & Long.MAX_VALUE;
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + value % 26));
            value /= 26;
        }
        return tag.toString();
    }
}
