package org.comity.core.document;

/**
 * Renders a legal document. The port keeps workflow-core free of PDF libraries: a delegate or
 * service builds a {@link DocumentRequest} from domain data, and the adapter returns the bytes
 * together with the digest that goes into the audit log.
 *
 * <p>Implementations must be deterministic: the same request and template version give
 * identical bytes, so a document can be regenerated and compared against the stored digest.
 */
public interface LegalDocumentGenerator {

    /**
     * @param request the header shared by every document and the type-specific content
     * @return the rendered document and its SHA-256
     * @throws IllegalArgumentException if the request asks for a language pair that is not supported
     * @throws DocumentRenderingException if rendering fails (missing font, I/O)
     */
    RenderedDocument render(DocumentRequest request);

    /**
     * Renders the document as it would be issued, for a reviewer to read before approving it: every
     * page carries a draft marking, so that a printed preview can never pass for the issued document.
     * The caller neither stores nor audits the result as issued.
     *
     * @param request as for {@link #render}
     * @return the rendered preview
     */
    RenderedDocument preview(DocumentRequest request);
}
