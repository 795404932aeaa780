package org.comity.documents.layout;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.comity.documents.fonts.EmbeddedFont;

/**
 * A page content stream that shows glyph ids of Comity's {@link EmbeddedFont}s. PDFBox's
 * {@code showText} needs its own font objects and maps each character to one glyph; shaped Burmese
 * needs exact glyph ids and positions, and the other scripts go through the same cmap-only path so
 * that widths measured during layout are the widths drawn. PDFBox's stream class is final, hence
 * the wrapper.
 */
final class GlyphContentStream implements Closeable {

    private final PDPageContentStream stream;

    private final PDPage page;

    GlyphContentStream(PDDocument document, PDPage page, AppendMode mode) throws IOException {
        this.stream = new PDPageContentStream(document, page, mode, true);
        this.page = page;
    }

    /** The wrapped stream, for graphics and text-state operators. */
    PDPageContentStream pdf() {
        return stream;
    }

    /** Selects a font, adding it to the page's resources. */
    void setFont(EmbeddedFont font, float size) throws IOException {
        COSDictionary resources = page.getResources().getCOSObject();
        COSDictionary fonts = resources.getCOSDictionary(COSName.FONT);
        if (fonts == null) {
            fonts = new COSDictionary();
            resources.setItem(COSName.FONT, fonts);
        }
        fonts.setItem(font.resourceName(), font.dictionary());
        stream.appendRawCommands("/" + font.resourceName().getName() + " " + size + " Tf\n");
    }

    /** Shows text through the font's Unicode cmap. */
    void showMapped(EmbeddedFont font, String text) throws IOException {
        showCodes(font.encode(text));
    }

    /**
     * Shows one glyph by id (Identity-H: the code is the glyph id); {@code cluster} is the text it
     * stands for, for the font's ToUnicode map.
     */
    void showGlyph(EmbeddedFont font, int glyphId, String cluster) throws IOException {
        showCodes(font.encodeGlyph(glyphId, cluster));
    }

    /** Opens a span whose ActualText is the original text of a shaped run, so copy and search see characters. */
    void beginActualText(String text) throws IOException {
        ByteArrayOutputStream operator = new ByteArrayOutputStream();
        operator.writeBytes(ascii("/Span <</ActualText "));
        COSWriter.writeString(new COSString(text), operator);
        operator.writeBytes(ascii(">> BDC\n"));
        stream.appendRawCommands(operator.toByteArray());
    }

    void endActualText() throws IOException {
        stream.endMarkedContent();
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }

    private void showCodes(byte[] codes) throws IOException {
        ByteArrayOutputStream operator = new ByteArrayOutputStream(codes.length * 2 + 8);
        COSWriter.writeString(codes, operator);
        operator.writeBytes(ascii(" Tj\n"));
        stream.appendRawCommands(operator.toByteArray());
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
