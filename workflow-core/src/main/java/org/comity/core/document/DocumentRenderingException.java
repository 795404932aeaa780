package org.comity.core.document;

/**
 * Rendering failed for a reason the caller cannot fix by changing the data (a missing font, an
 * I/O error); unchecked so that a BPMN delegate lets the engine raise an incident.
 */
public class DocumentRenderingException extends RuntimeException {

    public DocumentRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
