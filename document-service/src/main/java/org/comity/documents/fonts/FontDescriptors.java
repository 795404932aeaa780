package org.comity.documents.fonts;

import java.io.IOException;
import java.util.Map;
import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/**
 * Font descriptor and width array of an embedded subset, in PDF's 1,000-unit glyph space.
 */
final class FontDescriptors {

    private static final int SYMBOLIC = 4;

    private FontDescriptors() {}

    static COSDictionary of(TrueTypeFont ttf, COSName baseFont, COSStream program) throws IOException {
        HeaderTable head = ttf.getHeader();
        HorizontalHeaderTable hhea = ttf.getHorizontalHeader();
        OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
        float scale = 1000f / head.getUnitsPerEm();
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setItem(COSName.FONT_NAME, baseFont);
        descriptor.setInt(COSName.FLAGS, SYMBOLIC);
        COSArray box = new COSArray();
        for (int value : new int[] {head.getXMin(), head.getYMin(), head.getXMax(), head.getYMax()}) {
            box.add(COSInteger.get(Math.round(value * scale)));
        }
        descriptor.setItem(COSName.FONT_BBOX, box);
        descriptor.setItem(
                COSName.ITALIC_ANGLE, new COSFloat(ttf.getPostScript().getItalicAngle()));
        descriptor.setInt(COSName.ASCENT, Math.round(hhea.getAscender() * scale));
        descriptor.setInt(COSName.DESCENT, Math.round(hhea.getDescender() * scale));
        descriptor.setInt(COSName.CAP_HEIGHT, Math.round(os2.getCapHeight() * scale));
        descriptor.setInt(COSName.STEM_V, Math.round(10 + 220 * (os2.getWeightClass() - 50) / 900f));
        descriptor.setItem(COSName.FONT_FILE2, program);
        return descriptor;
    }

    /**
     * {@code [cid [w w ...] cid [w ...]]} for runs of consecutive character codes, in ascending
     * order, each the width of the glyph the code is drawn with.
     */
    static COSArray widths(TrueTypeFont ttf, Map<Integer, Integer> glyphOfCode) throws IOException {
        float scale = 1000f / ttf.getUnitsPerEm();
        COSArray widths = new COSArray();
        COSArray run = null;
        int previous = -2;
        for (Map.Entry<Integer, Integer> entry : glyphOfCode.entrySet()) {
            int code = entry.getKey();
            if (code != previous + 1) {
                run = new COSArray();
                widths.add(COSInteger.get(code));
                widths.add(run);
            }
            run.add(COSInteger.get(Math.round(ttf.getAdvanceWidth(entry.getValue()) * scale)));
            previous = code;
        }
        return widths;
    }
}
