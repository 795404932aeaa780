package org.comity.documents.layout;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The body area of A4 pages and a cursor moving down it. Blocks ask for the height they need and
 * the flow starts a new page when it is not there; header and footer are drawn afterwards, once
 * the page count is known.
 */
final class PageFlow implements Closeable {

	static final PDRectangle SIZE = PDRectangle.A4;

	static final float LEFT = 50f;

	static final float RIGHT = SIZE.getWidth() - 50f;

	static final float BODY_TOP = SIZE.getHeight() - 96f;

	static final float BODY_BOTTOM = 96f;

	private final PDDocument document;

	private GlyphContentStream stream;

	private float y;

	PageFlow(PDDocument document) {
		this.document = document;
	}

	float width() {
		return RIGHT - LEFT;
	}

	/** Current baseline position; blocks draw below it. */
	float y() {
		return y;
	}

	void advance(float height) {
		y -= height;
	}

	/** Makes sure {@code height} points are free below the cursor, starting a page if needed. */
	GlyphContentStream reserve(float height) {
		if (stream == null || (y - height < BODY_BOTTOM && y < BODY_TOP)) {
			newPage();
		}
		return stream;
	}

	boolean atPageTop() {
		return y >= BODY_TOP;
	}

	void newPage() {
		try {
			closeStream();
			PDPage page = new PDPage(SIZE);
			document.addPage(page);
			stream = new GlyphContentStream(document, page, AppendMode.OVERWRITE);
			y = BODY_TOP;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		closeStream();
	}

	private void closeStream() throws IOException {
		if (stream != null) {
			stream.close();
			stream = null;
		}
	}

}
