package org.comity.documents.fonts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.apache.fontbox.ttf.CmapLookup;
import org.junit.jupiter.api.Test;

class FontLibraryTest {

    @Test
    void failsAtOnceWhenAFontIsMissingInsteadOfFallingBackToStandardFonts() {
        assertThatIllegalStateException()
                .isThrownBy(() -> FontLibrary.fromClasspath("/no/such/directory/"))
                .withMessageContaining("NotoSans_400Regular.ttf")
                .withMessageContaining("generate-resources");
    }

    @Test
    void lendsEachRenderingItsOwnParsedFontsAndReusesReturnedOnes() {
        FontLibrary library = FontLibrary.fromClasspath();
        ParsedFonts first = library.borrow();
        ParsedFonts second = library.borrow();

        assertThat(second).isNotSameAs(first);
        library.giveBack(first);
        assertThat(library.borrow()).isSameAs(first);
    }

    @Test
    void drawsTheVowelSignEBeforeTheConsonantItFollowsInText() throws Exception {
        String me = "\u1019\u1031";
        CmapLookup cmap = FontLibrary.shared()
                .borrow()
                .font(new FontFace(Script.MYANMAR, false))
                .getUnicodeCmapLookup();

        ShapedText shaped =
                FontLibrary.shared().shaper(new FontFace(Script.MYANMAR, false)).shape(me);

        assertThat(shaped.glyphIds()).startsWith(cmap.getGlyphId(0x1031)).endsWith(cmap.getGlyphId(0x1019));
        assertThat(shaped.advance()).isPositive();
    }
}
