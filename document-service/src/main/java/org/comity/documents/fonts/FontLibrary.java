package org.comity.documents.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Holds the font files for the life of the application and hands out parsed fonts safely.
 *
 * <p>The files are read once (Noto Sans SC alone is 10 MB). Parsed fonts are not thread-safe, so
 * each rendering borrows a {@link ParsedFonts} set, parsed over the same bytes, and gives it back
 * when its document is saved; idle sets are kept for reuse. Glyph metrics and the shaping of Burmese, Arabic and Thai
 * ({@code java.awt.Font}, immutable) are shared by all renderings.
 */
public final class FontLibrary {

    private final Map<FontFace, byte[]> files = new HashMap<>();

    private static final int KEPT_SETS = Runtime.getRuntime().availableProcessors() * 2;

    private final Queue<ParsedFonts> idle = new ConcurrentLinkedQueue<>();

    private final Map<FontFace, GlyphMetrics> metrics = new HashMap<>();

    private final Map<FontFace, OpenTypeShaper> shapers = new HashMap<>();

    private FontLibrary(String directory) {
        for (Script script : Script.values()) {
            for (boolean bold : new boolean[] {false, true}) {
                FontFace face = new FontFace(script, bold);
                files.put(face, readResource(directory + face.fileName()));
                metrics.put(face, new GlyphMetrics(new ParsedFonts(files::get).font(face)));
                if (script.shaped()) {
                    shapers.put(face, new OpenTypeShaper(files.get(face), script.rightToLeft()));
                }
            }
        }
    }

    /** The application-wide library, loaded on first use. */
    public static FontLibrary shared() {
        return Shared.INSTANCE;
    }

    /**
     * Loads every face from the classpath, failing at once if one is missing: a document with a
     * missing font would be unreadable or not PDF/A.
     */
    public static FontLibrary fromClasspath() {
        return fromClasspath("/org/comity/documents/fonts/");
    }

    static FontLibrary fromClasspath(String directory) {
        return new FontLibrary(directory);
    }

    /** Lends a set of parsed fonts to one rendering; give it back with {@link #giveBack}. */
    public ParsedFonts borrow() {
        ParsedFonts fonts = idle.poll();
        return fonts != null ? fonts : new ParsedFonts(files::get);
    }

    /** Takes back a set after its document is saved; keeps a few for the next renderings. */
    public void giveBack(ParsedFonts fonts) {
        if (idle.size() < KEPT_SETS) {
            idle.offer(fonts);
        }
    }

    GlyphMetrics metrics(FontFace face) {
        return metrics.get(face);
    }

    /**
     * The face a character is drawn with, given the face of the characters before it; null if no
     * embedded face has it. Spaces and format characters stay in the current face when it has
     * them; Burmese, Arabic and Thai are chosen by block because they are shaped as a whole, and
     * only where their face has the character (Arabic's extended blocks are not all in it).
     */
    Script scriptOf(int codePoint, Script current) {
        Script shaped = Script.shapedScriptOf(codePoint);
        if (shaped != null) {
            return covers(shaped, codePoint) ? shaped : null;
        }
        boolean joiner = Character.isWhitespace(codePoint) || Character.getType(codePoint) == Character.FORMAT;
        if (joiner && current != null && (current == Script.MYANMAR || covers(current, codePoint))) {
            return current;
        }
        if (covers(Script.LATIN, codePoint)) {
            return Script.LATIN;
        }
        return covers(Script.CJK, codePoint) ? Script.CJK : null;
    }

    /**
     * The first code point of {@code text} that no embedded face can draw, by the same choice of
     * face as the renderer ({@link DocumentFonts#runs}); line feeds separate paragraphs and are
     * never drawn.
     */
    public OptionalInt firstUndrawable(String text) {
        for (String paragraph : text.split("\n", -1)) {
            Script current = null;
            for (int i = 0; i < paragraph.length(); ) {
                int codePoint = paragraph.codePointAt(i);
                i += Character.charCount(codePoint);
                current = scriptOf(codePoint, current);
                if (current == null) {
                    return OptionalInt.of(codePoint);
                }
            }
        }
        return OptionalInt.empty();
    }

    private boolean covers(Script script, int codePoint) {
        return metrics(new FontFace(script, false)).glyphId(codePoint) != 0;
    }

    /** The shaper of a face of a shaped script (Burmese, Arabic, Thai). */
    public OpenTypeShaper shaper(FontFace face) {
        OpenTypeShaper shaper = shapers.get(face);
        if (shaper == null) {
            throw new IllegalArgumentException(face + " is not shaped");
        }
        return shaper;
    }

    private static byte[] readResource(String resource) {
        try (InputStream in = FontLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is not on the classpath; the build "
                        + "fetches it in generate-resources (document-service/pom.xml)");
            }
            return in.readAllBytes();
        } catch (IOException ex) {
            throw new UncheckedIOException("Cannot read font " + resource, ex);
        }
    }

    private static final class Shared {

        private static final FontLibrary INSTANCE = fromClasspath();
    }
}
