package org.comity.documents.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.comity.documents.fonts.DocumentFonts;
import org.comity.documents.fonts.FontLibrary;
import org.comity.documents.fonts.TextRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LineBreakerTest {

    private final PDDocument document = new PDDocument();

    private final DocumentFonts fonts = new DocumentFonts(document, FontLibrary.shared());

    private final LineBreaker breaker = new LineBreaker(fonts);

    @AfterEach
    void close() throws IOException {
        fonts.close();
        document.close();
    }

    @Test
    void breaksLatinAtSpacesOnly() {
        List<String> lines = lines("The requested state shall surrender the person", 120f);

        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join(" ", lines)).isEqualTo("The requested state shall surrender the person");
        assertThat(lines)
                .allSatisfy(line -> assertThat(line).doesNotStartWith(" ").doesNotEndWith(" "));
    }

    @Test
    void breaksChineseBetweenIdeographsWithinTheWidth() {
        String text = "自引渡拘留之日起三十日内未收到正式引渡请求的应当解除拘留";
        List<String> lines = lines(text, 80f);

        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(String.join("", lines)).isEqualTo(text);
        assertThat(lines)
                .allSatisfy(line -> assertThat(fonts.width(line, false, 9.5f)).isLessThanOrEqualTo(80f));
    }

    @Test
    void neverStartsALineWithClosingPunctuation() {
        List<String> lines = lines("请求方依据下列法律依据，请求引渡下列人员。请求方依据下列法律依据，请求引渡下列人员。", 57f);

        assertThat(lines)
                .allSatisfy(line -> assertThat(line).doesNotStartWith("，").doesNotStartWith("。"));
    }

    @Test
    void splitsAWordOnlyWhenItIsWiderThanTheLine() {
        String hash = "660acb200ac68025eaa54b588244fe901e49cd3839cbdde1bc062b40824a3a33";
        List<String> lines = lines("SHA-256 " + hash, 150f);

        assertThat(lines.get(0)).isEqualTo("SHA-256");
        assertThat(String.join("", lines.subList(1, lines.size()))).isEqualTo(hash);
    }

    @Test
    void honoursNewlines() {
        assertThat(lines("Prosecution\n追究刑事责任", 400f)).containsExactly("Prosecution", "追究刑事责任");
    }

    private List<String> lines(String text, float width) {
        return breaker.lines(text, TextStyle.BODY, width).stream()
                .map(line -> line.runs().stream().map(TextRun::text).collect(Collectors.joining()))
                .toList();
    }
}
