package org.comity.documents.fonts;

/**
 * The font family a character is drawn with. Latin covers Latin, Cyrillic, Greek, digits and
 * common punctuation; CJK covers everything else the Latin face lacks (ideographs, full-width
 * punctuation); Myanmar is chosen by Unicode block because its text must be shaped as a whole.
 */
public enum Script {

	LATIN("NotoSans"), CJK("NotoSansSC"), MYANMAR("NotoSansMyanmar");

	private final String family;

	Script(String family) {
		this.family = family;
	}

	String fileName(boolean bold) {
		return family + (bold ? "_700Bold.ttf" : "_400Regular.ttf");
	}

	static boolean isMyanmar(int codePoint) {
		return (codePoint >= 0x1000 && codePoint <= 0x109F) || (codePoint >= 0xA9E0 && codePoint <= 0xA9FF)
				|| (codePoint >= 0xAA60 && codePoint <= 0xAA7F);
	}

}
