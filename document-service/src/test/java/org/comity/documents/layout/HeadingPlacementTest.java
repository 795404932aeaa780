package org.comity.documents.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.comity.documents.fonts.DocumentFonts;
import org.comity.documents.fonts.FontLibrary;
import org.comity.documents.wording.Words;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A section heading is never left alone at the foot of a page with its text on the next (seen on
 * the MLA refusal notice: "3. Reasons / 理由说明" ending page 1). Documents are composed with more
 * and more body above the heading, so that for some lengths the heading falls exactly where a page
 * ends; each is read back page by page, and the heading must share its page with the first line of
 * what follows it: a field of four lines, a paragraph, or a table's header and first row.
 */
class HeadingPlacementTest {

    private static final String HEADING = "3. Reasons / 理由说明";

    private static final String FIRST_LINE = "Firstlineofthereasons";

    /** Filler lines before the heading: enough to cross the end of the first page at every offset. */
    static IntStream fillers() {
        return IntStream.rangeClosed(38, 52);
    }

    @ParameterizedTest(name = "{0} lines above a heading and a field")
    @MethodSource("fillers")
    void aHeadingSharesItsPageWithTheFieldBelowIt(int fillers) throws IOException {
        byte[] pdf = compose(
                fillers,
                composer -> composer.field("Reasons / 理由", FIRST_LINE + "\nsecond line\nthird line\nfourth line"));
        assertHeadingOnThePageOfItsFirstLine(pdf, fillers);
    }

    @ParameterizedTest(name = "{0} lines above a heading and a paragraph")
    @MethodSource("fillers")
    void aHeadingSharesItsPageWithTheParagraphBelowIt(int fillers) throws IOException {
        byte[] pdf = compose(fillers, composer -> composer.paragraph(FIRST_LINE + "\nsecond line\nthird line"));
        assertHeadingOnThePageOfItsFirstLine(pdf, fillers);
    }

    @ParameterizedTest(name = "{0} lines above a heading and a table")
    @MethodSource("fillers")
    void aHeadingSharesItsPageWithTheTableHeaderAndFirstRow(int fillers) throws IOException {
        Table table = new Table(
                List.of(new Table.Column("Ground\n理由", 1f), new Table.Column("Article\n条款", 1f)),
                List.of(List.of(FIRST_LINE, "Art. 18(21)"), List.of("other", "Art. 18(23)")),
                null);
        byte[] pdf = compose(fillers, composer -> composer.table(table));
        assertHeadingOnThePageOfItsFirstLine(pdf, fillers);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int page = pageOf(document, FIRST_LINE);
            assertThat(pageText(document, page))
                    .as("the table header with its first row")
                    .contains("Ground", "条款");
        }
    }

    private static void assertHeadingOnThePageOfItsFirstLine(byte[] pdf, int fillers) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int headingPage = pageOf(document, HEADING);
            int firstLinePage = pageOf(document, FIRST_LINE);
            assertThat(headingPage)
                    .as("%d filler lines: page of the heading (%d pages)", fillers, document.getNumberOfPages())
                    .isEqualTo(firstLinePage);
            assertThat(pageText(document, headingPage).indexOf(HEADING))
                    .isLessThan(pageText(document, headingPage).indexOf(FIRST_LINE));
        }
    }

    private static byte[] compose(int fillers, Consumer<DocumentComposer> body) throws IOException {
        try (PDDocument document = new PDDocument();
                DocumentFonts fonts = new DocumentFonts(document, FontLibrary.shared())) {
            DocumentComposer composer = new DocumentComposer(
                    document,
                    fonts,
                    new PageFurniture(
                            "Myanmar",
                            "မြန်မာ",
                            "China",
                            "中国",
                            "CASE-1",
                            "DOC-1",
                            "AAAA-BBBB-CCCC",
                            "http://localhost/verify",
                            null),
                    new Words(List.of(Locale.ENGLISH, Locale.forLanguageTag("zh-Hans"))));
            composer.title(List.of("Notice of refusal", "拒绝通知"));
            composer.heading("1. Request / 请求");
            for (int i = 1; i <= fillers; i++) {
                composer.paragraph("Filler line " + i);
            }
            composer.heading("3. Reasons / 理由说明");
            body.accept(composer);
            composer.paragraph("After the section.");
            composer.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static int pageOf(PDDocument document, String text) throws IOException {
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            if (pageText(document, page).contains(text)) {
                return page;
            }
        }
        throw new AssertionError("No page holds \"" + text + "\"");
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }
}
