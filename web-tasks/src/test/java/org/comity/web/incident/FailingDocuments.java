package org.comity.web.incident;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.comity.core.document.DocumentRenderingException;
import org.comity.core.document.DocumentRequest;
import org.comity.core.document.LegalDocumentGenerator;
import org.comity.core.document.RenderedDocument;
import org.comity.documents.PdfLegalDocumentGenerator;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Test-only document port: renders with the real PDFBox generator, except for the cases a test has
 * marked, whose documents fail as a missing font would ({@link DocumentRenderingException}). It stands
 * in for any rendering failure without depending on which inputs intake refuses; it is part of every
 * test context (component scan) so that the shared Spring context stays one, and does nothing unless
 * a test marks a case.
 */
@Component
@Primary
public class FailingDocuments implements LegalDocumentGenerator {

    private final PdfLegalDocumentGenerator real;
    private final Set<String> failing = ConcurrentHashMap.newKeySet();

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

    @Override
    public RenderedDocument render(DocumentRequest request) {
        if (failing.contains(request.header().caseReference())) {
            throw new DocumentRenderingException("Cannot render " + request.type() + " for case "
                    + request.header().caseReference(), new java.io.IOException("font file missing (test)"));
        }
        return real.render(request);
    }

    @Override
    public RenderedDocument preview(DocumentRequest request) {
        return real.preview(request);
    }
}
