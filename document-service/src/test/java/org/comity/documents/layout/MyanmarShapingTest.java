package org.comity.documents.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.comity.documents.fonts.DocumentFonts;
import org.comity.documents.fonts.FontLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Burmese drawn into the PDF must look like Burmese shaped by an OpenType engine. The PDF is
 * rasterised by PDFBox and compared with Java2D's rendering of the same string, font and size; a
 * one-glyph-per-character rendering (what PDFBox alone would produce) serves as the counter-check.
 */
class MyanmarShapingTest {

    private static final String BURMESE = "မြန်မာနိုင်ငံ ရဲတပ်ဖွဲ့";

    private static final float SIZE = 36f;

    private static final int WIDTH = 520;

    private static final int HEIGHT = 90;

    private static final float BASELINE = 30f;

    private static final float SCALE = 2f;

    private static byte[] pdf;

    @BeforeAll
    static void drawBurmeseIntoAPdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            document.addPage(page);
            DocumentFonts fonts = new DocumentFonts(document, FontLibrary.shared());
            try (GlyphContentStream stream = new GlyphContentStream(document, page, AppendMode.OVERWRITE)) {
                new TextPainter(fonts).draw(stream, BURMESE, 10f, BASELINE, new TextStyle(SIZE, false, 0f));
            }
            fonts.embedAll();
            fonts.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            pdf = out.toByteArray();
        }
    }

    @Test
    void matchesJava2dShapingAndNotACharacterByCharacterRendering() throws IOException {
        BufferedImage fromPdf;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            fromPdf = new PDFRenderer(document).renderImage(0, SCALE);
        }
        Font font = FontLibrary.shared()
                .shaper(new org.comity.documents.fonts.FontFace(org.comity.documents.fonts.Script.MYANMAR, false))
                .awtFont(SIZE);
        FontRenderContext context = new FontRenderContext(null, true, true);
        char[] chars = BURMESE.toCharArray();
        GlyphVector shaped = font.layoutGlyphVector(context, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
        GlyphVector unshaped = font.createGlyphVector(context, BURMESE);

        double shapedOverlap = inkOverlap(fromPdf, java2d(shaped));
        double unshapedOverlap = inkOverlap(fromPdf, java2d(unshaped));

        assertThat(shapedOverlap).as("IoU with Java2D shaping").isGreaterThan(0.8);
        assertThat(unshapedOverlap).as("IoU with an unshaped rendering").isLessThan(0.6);
    }

    @Test
    void keepsTheOriginalTextForSearchAndCopy() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).strip()).isEqualTo(BURMESE);
        }
    }

    private static BufferedImage java2d(GlyphVector glyphs) {
        BufferedImage image =
                new BufferedImage((int) (WIDTH * SCALE), (int) (HEIGHT * SCALE), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.scale(SCALE, SCALE);
        graphics.setColor(Color.BLACK);
        graphics.drawGlyphVector(glyphs, 10f, HEIGHT - BASELINE);
        graphics.dispose();
        return image;
    }

    /** Intersection over union of the dark pixels of two images of the same size. */
    private static double inkOverlap(BufferedImage a, BufferedImage b) {
        long both = 0;
        long either = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                boolean inkA = dark(a.getRGB(x, y));
                boolean inkB = dark(b.getRGB(x, y));
                both += inkA && inkB ? 1 : 0;
                either += inkA || inkB ? 1 : 0;
            }
        }
        return (double) both / either;
    }

    private static boolean dark(int rgb) {
        return ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3 < 128;
    }
}
