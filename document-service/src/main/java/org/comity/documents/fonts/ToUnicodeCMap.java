package org.comity.documents.fonts;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ToUnicode CMap that lets readers copy and search text: each glyph drawn for a character maps
 * back to it. Glyphs chosen by the Burmese shaper (ligatures, reordered forms) map to no single
 * character; their text is carried by ActualText spans instead.
 */
final class ToUnicodeCMap {

    private static final int BLOCK = 100;

    private ToUnicodeCMap() {}

    static byte[] of(Map<Integer, String> glyphs) {
        StringBuilder cmap = new StringBuilder(256 + glyphs.size() * 16);
        cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        Map<Integer, String> mapped = new TreeMap<>();
        glyphs.forEach((glyphId, text) -> {
            if (text != null) {
                mapped.put(glyphId, text);
            }
        });
        int inBlock = 0;
        int remaining = mapped.size();
        for (Map.Entry<Integer, String> entry : mapped.entrySet()) {
            if (inBlock == 0) {
                cmap.append(Math.min(BLOCK, remaining)).append(" beginbfchar\n");
            }
            remaining--;
            cmap.append(String.format(
                    "<%04X> <%s>\n",
                    entry.getKey(),
                    HexFormat.of().withUpperCase().formatHex(entry.getValue().getBytes(StandardCharsets.UTF_16BE))));
            if (++inBlock == BLOCK) {
                cmap.append("endbfchar\n");
                inBlock = 0;
            }
        }
        if (inBlock > 0) {
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return cmap.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
