package org.comity.documents.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Holds the font files for the life of the application and hands out parsed fonts safely.
 *
 * <p>The files are read once (Noto Sans SC alone is 10 MB). A parsed {@link TrueTypeFont} reads
 * its tables lazily from a shared buffer and is not thread-safe, so each thread parses its own
 * copy once, over the same bytes, and keeps it: a document is rendered and saved on one thread,
 * and the subsetter only reads the font. Burmese shaping uses {@code java.awt.Font}, which is
 * immutable and shared.
 */
public final class FontLibrary {

	private final Map<FontFace, byte[]> files = new HashMap<>();

	private final ThreadLocal<Map<FontFace, TrueTypeFont>> parsed = ThreadLocal.withInitial(HashMap::new);

	private final Map<FontFace, GlyphMetrics> metrics = new HashMap<>();

	private final MyanmarShaper regularShaper;

	private final MyanmarShaper boldShaper;

	private FontLibrary(String directory) {
		for (Script script : Script.values()) {
			for (boolean bold : new boolean[] { false, true }) {
				FontFace face = new FontFace(script, bold);
				files.put(face, readResource(directory + face.fileName()));
				metrics.put(face, new GlyphMetrics(() -> font(face)));
			}
		}
		regularShaper = new MyanmarShaper(files.get(new FontFace(Script.MYANMAR, false)));
		boldShaper = new MyanmarShaper(files.get(new FontFace(Script.MYANMAR, true)));
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

	/** The calling thread's parsed copy of a face. */
	public TrueTypeFont font(FontFace face) {
		return parsed.get().computeIfAbsent(face, this::parse);
	}

	GlyphMetrics metrics(FontFace face) {
		return metrics.get(face);
	}

	public MyanmarShaper shaper(boolean bold) {
		return bold ? boldShaper : regularShaper;
	}

	private TrueTypeFont parse(FontFace face) {
		try {
			return new TTFParser().parse(new RandomAccessReadBuffer(files.get(face)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot parse font " + face.fileName(), ex);
		}
	}

	private static byte[] readResource(String resource) {
		try (InputStream in = FontLibrary.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Font " + resource + " is not on the classpath; the build "
						+ "fetches it in generate-resources (document-service/pom.xml)");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read font " + resource, ex);
		}
	}

	private static final class Shared {

		private static final FontLibrary INSTANCE = fromClasspath();

	}

}
