package org.comity.documents.fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Writes a glyph subset of a TrueType font as a PDF Type0/CIDFontType2 font: the subset program
 * (FontFile2), a CIDToGIDMap from original to subset glyph ids, widths for the glyphs used, and a
 * ToUnicode map so that text can be extracted. These are the parts PDF/A-2 checks: every glyph
 * used is embedded and its width agrees with the program.
 */
final class SubsetWriter {

    private static final List<String> TABLES =
            List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp");

    private final PDDocument document;

    private final TrueTypeFont ttf;

    private final Map<Integer, Integer> glyphOfCode;

    private final Map<Integer, String> textOfCode;

    /**
     * @param glyphOfCode each character code (CID) used, in ascending order, to its glyph id in the
     * font file
     * @param textOfCode the text each code stands for, or {@code null}
     */
    SubsetWriter(
            PDDocument document, TrueTypeFont ttf, Map<Integer, Integer> glyphOfCode, Map<Integer, String> textOfCode) {
        this.document = document;
        this.ttf = ttf;
        this.glyphOfCode = glyphOfCode;
        this.textOfCode = textOfCode;
    }

    void write(COSDictionary type0) throws IOException {
        COSName baseFont = COSName.getPDFName(SubsetTag.of(glyphOfCode.keySet()) + "+" + ttf.getName());
        TTFSubsetter subsetter = new TTFSubsetter(ttf, TABLES);
        subsetter.addGlyphIds(new TreeSet<>(glyphOfCode.values()));
        ByteArrayOutputStream program = new ByteArrayOutputStream();
        subsetter.writeToStream(program);

        COSDictionary cidFont = cidFont(baseFont, program.toByteArray(), subsetter.getGIDMap());
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setItem(COSName.BASE_FONT, baseFont);
        type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        if (textOfCode.values().stream().anyMatch(text -> text != null)) {
            type0.setItem(COSName.TO_UNICODE, stream(ToUnicodeCMap.of(textOfCode), false));
        }
    }

    private COSDictionary cidFont(COSName baseFont, byte[] program, Map<Integer, Integer> gidMap) throws IOException {
        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cidFont.setItem(COSName.BASE_FONT, baseFont);
        cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo());
        cidFont.setItem(COSName.FONT_DESC, FontDescriptors.of(ttf, baseFont, stream(program, true)));
        cidFont.setItem(COSName.W, FontDescriptors.widths(ttf, glyphOfCode));
        cidFont.setItem(COSName.CID_TO_GID_MAP, stream(cidToGid(gidMap), false));
        return cidFont;
    }

    private static COSDictionary systemInfo() {
        COSDictionary info = new COSDictionary();
        info.setItem(COSName.REGISTRY, new COSString("Adobe"));
        info.setItem(COSName.ORDERING, new COSString("Identity"));
        info.setItem(COSName.SUPPLEMENT, COSInteger.ZERO);
        return info;
    }

    /** Maps each character code (CID) to the id its glyph has in the subset program. */
    private byte[] cidToGid(Map<Integer, Integer> newToOld) {
        Map<Integer, Integer> oldToNew = new HashMap<>();
        newToOld.forEach((newGid, oldGid) -> oldToNew.put(oldGid, newGid));
        int maxCid =
                glyphOfCode.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        byte[] map = new byte[(maxCid + 1) * 2];
        glyphOfCode.forEach((code, oldGid) -> {
            int newGid = oldToNew.get(oldGid);
            map[code * 2] = (byte) (newGid >> 8);
            map[code * 2 + 1] = (byte) newGid;
        });
        return map;
    }

    private COSStream stream(byte[] bytes, boolean fontProgram) throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(bytes);
        }
        if (fontProgram) {
            stream.setInt(COSName.LENGTH1, bytes.length);
        }
        return stream;
    }
}
