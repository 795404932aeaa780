package org.comity.web.incident;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.comity.core.document.DocumentRenderingException;
import org.comity.core.document.DocumentRequest;
import org.comity.core.document.DocumentType;
import org.comity.core.document.LegalDocumentGenerator;
import org.comity.core.document.RenderedDocument;
import org.comity.documents.PdfLegalDocumentGenerator;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Test-only document port: renders with the real PDFBox generator, except for the cases a test has
 * marked, whose documents fail as a missing font would ({@link DocumentRenderingException}), or
 * whose rendering a test holds at a latch to act while a document is being rendered. It stands
 * in for any rendering failure without depending on which inputs intake refuses; it is part of every
 * test context (component scan) so that the shared Spring context stays one, and does nothing unless
 * a test marks a case.
 */
@Component
@Primary
public class FailingDocuments implements LegalDocumentGenerator {

    private final PdfLegalDocumentGenerator real;
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final Map<String, Hold> holds = new ConcurrentHashMap<>();

    FailingDocuments(PdfLegalDocumentGenerator real) {
        this.real = real;
    }

    /** Every document of the case with this reference fails until {@link #fix}. */
    public void failFor(String caseReference) {
        failing.add(caseReference);
    }

    public void fix(String caseReference) {
        failing.remove(caseReference);
    }

    /**
     * The next rendering of a document of this type for the case waits, once it has started, until
     * the test releases the returned hold; the test learns by {@link Hold#awaitRendering} that it has
     * started.
     */
    public Hold holdFor(String caseReference, DocumentType type) {
        Hold hold = new Hold();
        holds.put(caseReference + "/" + type, hold);
        return hold;
    }

    @Override
    public RenderedDocument render(DocumentRequest request) {
        Hold hold = holds.remove(request.header().caseReference() + "/" + request.type());
        if (hold != null) {
            hold.rendering.countDown();
            hold.await(hold.released);
        }
        if (failing.contains(request.header().caseReference())) {
            throw new DocumentRenderingException(
                    "Cannot render " + request.type() + " for case "
                            + request.header().caseReference(),
                    new java.io.IOException("font file missing (test)"));
        }
        return real.render(request);
    }

    @Override
    public RenderedDocument preview(DocumentRequest request) {
        return real.preview(request);
    }

    /** A rendering held by a test: started ({@link #awaitRendering}) and released ({@link #release}). */
    public static final class Hold {

        private final CountDownLatch rendering = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        /** Waits (at most 60 s) until the held rendering has started. */
        public void awaitRendering() {
            await(rendering);
        }

        public void release() {
            released.countDown();
        }

        private void await(CountDownLatch latch) {
            try {
                if (!latch.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("held rendering: latch not reached within 60 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
