package org.comity.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.comity.documents.fonts.FontFace;
import org.comity.documents.fonts.FontLibrary;
import org.comity.documents.fonts.ParsedFonts;
import org.comity.documents.fonts.Script;

/**
 * The benchmark's yardstick: the same lines of text written with plain PDFBox calls and the same
 * (already parsed, subset-embedded) fonts, one {@code showText} per line, no layout, no PDF/A, no
 * QR code. Each line uses one font: Burmese lines the Myanmar face, lines with Chinese the SC
 * face (which has Latin glyphs too), the rest Noto Sans.
 */
final class BarePdfBoxBaseline {

    private static final float SIZE = 9.5f;

    private static final float LEADING = 13.5f;

    private BarePdfBoxBaseline() {}

    static byte[] render(List<String> lines) {
        ParsedFonts parsed = FontLibrary.shared().borrow();
        try (PDDocument document = new PDDocument()) {
            Map<Script, PDType0Font> fonts = new EnumMap<>(Script.class);
            PDPageContentStream stream = null;
            float y = 0;
            for (String line : lines) {
                if (stream == null || y < 60) {
                    if (stream != null) {
                        stream.close();
                    }
                    PDPage page = new PDPage(PDRectangle.A4);
                    document.addPage(page);
                    stream = new PDPageContentStream(document, page);
                    y = PDRectangle.A4.getHeight() - 60;
                }
                stream.beginText();
                stream.setFont(fonts.computeIfAbsent(scriptOf(line), script -> load(document, parsed, script)), SIZE);
                stream.newLineAtOffset(50, y);
                stream.showText(line);
                stream.endText();
                y -= LEADING;
            }
            if (stream != null) {
                stream.close();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } finally {
            FontLibrary.shared().giveBack(parsed);
        }
    }

    private static Script scriptOf(String line) {
        if (line.codePoints().anyMatch(c -> c >= 0x1000 && c <= 0x109F)) {
            return Script.MYANMAR;
        }
        return line.codePoints().anyMatch(c -> c > 0x2000) ? Script.CJK : Script.LATIN;
    }

    private static PDType0Font load(PDDocument document, ParsedFonts parsed, Script script) {
        try {
            return PDType0Font.load(document, parsed.font(new FontFace(script, false)), true);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
