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

    private KeptWithNext pending;

    /**
     * Something drawn only together with what follows it (a heading): it is placed at the top of the
     * next request for space, on whichever page that request lands.
     */
    @FunctionalInterface
    interface DeferredDrawing {

        void draw(GlyphContentStream stream, float top) throws IOException;
    }

    private record KeptWithNext(float height, float following, float trailing, DeferredDrawing drawing) {

        KeptWithNext after(float space) {
            return new KeptWithNext(height, following, trailing + space, drawing);
        }

        float total() {
            return height + trailing;
        }
    }

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

    /** Moves the cursor down; space after a drawing kept with the next one is kept with it too. */
    void advance(float height) {
        if (pending != null) {
            pending = pending.after(height);
        } else {
            y -= height;
        }
    }

    /**
     * Keeps a drawing of {@code height} points with what follows it: it is drawn by the next
     * {@link #reserve}, on the same page as at least {@code following} points of that block (or the
     * whole first request, if larger), so that a heading never ends a page. A second kept drawing
     * before the next block is chained to the first.
     */
    void keepWithNext(float height, float following, DeferredDrawing drawing) {
        if (pending == null) {
            pending = new KeptWithNext(height, following, 0f, drawing);
            return;
        }
        KeptWithNext first = pending;
        DeferredDrawing both = (stream, top) -> {
            first.drawing().draw(stream, top);
            drawing.draw(stream, top - first.total());
        };
        pending = new KeptWithNext(first.total() + height, following, 0f, both);
    }

    /** Whether a drawing waits for the next block (see {@link #keepWithNext}). */
    boolean keepsWithNext() {
        return pending != null;
    }

    /** Makes sure {@code height} points are free below the cursor, starting a page if needed. */
    GlyphContentStream reserve(float height) {
        return reserve(height, height);
    }

    /**
     * Reserves {@code height} points, starting a page unless {@code together} points (this request
     * and what must share its page, such as a table header's first row) fit below the cursor, with
     * any drawing kept with this block, which is drawn first.
     */
    GlyphContentStream reserve(float height, float together) {
        if (breakDue()) {
            newPage();
        }
        reservations++;
        float needed = pending == null ? together : pending.total() + Math.max(together, pending.following());
        if (stream == null || (y - needed < BODY_BOTTOM && y < BODY_TOP)) {
            newPage();
        }
        if (pending != null) {
            KeptWithNext kept = pending;
            pending = null;
            try {
                kept.drawing().draw(stream, y);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            y -= kept.total();
        }
        return stream;
    }

    /** Whether {@code height} points fit below the cursor on the current page, with any kept drawing. */
    boolean fits(float height) {
        float kept = pending == null ? 0f : pending.total();
        return stream != null && y - kept - height >= BODY_BOTTOM;
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
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Ends the body; a kept drawing that nothing followed is drawn where it stands. */
    @Override
    public void close() throws IOException {
        if (pending != null && stream != null) {
            reserve(0f);
        }
        closeStream();
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
