package org.comity.core.document;

import java.util.Objects;

/**
 * What to render: the header every document shares and the content of one document type.
 */
public record DocumentRequest(DocumentHeader header, DocumentContent content) {

    public DocumentRequest {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(content, "content");
    }

    public DocumentType type() {
        return content.type();
    }
}
