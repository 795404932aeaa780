package org.comity.documents.fonts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One set of parsed fonts, used by one document at a time. A {@link TrueTypeFont} reads its tables
 * lazily from its buffer and is not thread-safe; the {@link FontLibrary} lends a set to each
 * rendering and takes it back afterwards, so a set is reused across documents without being shared
 * between threads, and the number of parsed copies follows the number of concurrent renderings
 * rather than the number of threads.
 */
public final class ParsedFonts {

    private final Function<FontFace, byte[]> files;

    private final Map<FontFace, TrueTypeFont> fonts = new HashMap<>();

    ParsedFonts(Function<FontFace, byte[]> files) {
        this.files = files;
    }

    /** The parsed font of a face, parsed on first use. */
    public TrueTypeFont font(FontFace face) {
        return fonts.computeIfAbsent(face, this::parse);
    }

    private TrueTypeFont parse(FontFace face) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(files.apply(face)));
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot parse font " + face.fileName(), ex);
        }
    }
}
