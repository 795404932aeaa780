package org.comity.documents.fonts;

/**
 * The font family a character is drawn with. Latin covers Latin, Cyrillic, Greek, digits and
 * common punctuation; CJK covers everything else the Latin face lacks (ideographs, full-width
 * punctuation). Myanmar, Arabic and Thai are chosen by Unicode block because their text must be
 * shaped as a whole (reordering and stacking, joining forms, mark positioning); Arabic is written
 * right to left. Devanagari is drawn with Noto Sans's own Devanagari glyphs, shaped: without shaping
 * the face covers it but would print it garbled.
 */
public enum Script {
    LATIN("NotoSans", false, false),
    CJK("NotoSansSC", false, false),
    MYANMAR("NotoSansMyanmar", true, false),
    ARABIC("NotoSansArabic", true, true),
    THAI("NotoSansThai", true, false),
    /** Noto Sans has the Devanagari glyphs too, but they must be shaped (conjuncts, the vowel sign I drawn first). */
    DEVANAGARI("NotoSans", true, false);

    private final String family;

    private final boolean shaped;

    private final boolean rightToLeft;

    Script(String family, boolean shaped, boolean rightToLeft) {
        this.family = family;
        this.shaped = shaped;
        this.rightToLeft = rightToLeft;
    }

    String fileName(boolean bold) {
        return family + (bold ? "_700Bold.ttf" : "_400Regular.ttf");
    }

    /** Whether runs of this script go through the OpenType shaper rather than the cmap alone. */
    public boolean shaped() {
        return shaped;
    }

    /** Whether this script is written right to left. */
    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** The shaped script whose block holds a character, or null for the cmap-mapped ones. */
    static Script shapedScriptOf(int codePoint) {
        if ((codePoint >= 0x1000 && codePoint <= 0x109F)
                || (codePoint >= 0xA9E0 && codePoint <= 0xA9FF)
                || (codePoint >= 0xAA60 && codePoint <= 0xAA7F)) {
            return MYANMAR;
        }
        if ((codePoint >= 0x0600 && codePoint <= 0x06FF)
                || (codePoint >= 0x0750 && codePoint <= 0x077F)
                || (codePoint >= 0x08A0 && codePoint <= 0x08FF)
                || (codePoint >= 0xFB50 && codePoint <= 0xFDFF)
                || (codePoint >= 0xFE70 && codePoint <= 0xFEFF)) {
            return ARABIC;
        }
        if (codePoint >= 0x0E00 && codePoint <= 0x0E7F) {
            return THAI;
        }
        return (codePoint >= 0x0900 && codePoint <= 0x097F) || (codePoint >= 0xA8E0 && codePoint <= 0xA8FF)
                ? DEVANAGARI
                : null;
    }
}
