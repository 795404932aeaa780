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
 * the page count is known. Each request for space is numbered, so that a second layout of the same
 * document can start a page before a given one (see {@link DocumentComposer#keepWithPrevious()}).
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

	private int reservations;

	private int breakBefore = -1;

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
		if (breakDue()) {
			newPage();
		}
		reservations++;
		if (stream == null || (y - height < BODY_BOTTOM && y < BODY_TOP)) {
			newPage();
		}
		return stream;
	}

	/** Whether {@code height} points fit below the cursor on the current page. */
	boolean fits(float height) {
		return stream != null && y - height >= BODY_BOTTOM;
	}

	/** How many times space was asked for so far. */
	int reservations() {
		return reservations;
	}

	/** Starts a new page before the {@code reservation}-th request for space (counted from 0). */
	void breakBefore(int reservation) {
		this.breakBefore = reservation;
	}

	/** Whether the next request for space is the one a page must start before. */
	boolean breakDue() {
		return reservations == breakBefore && stream != null && !atPageTop();
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
