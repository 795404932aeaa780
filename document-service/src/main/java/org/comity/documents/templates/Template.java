package org.comity.documents.templates;

import org.comity.core.document.DocumentContent;
import org.comity.documents.layout.DocumentComposer;
import org.comity.documents.wording.Words;

/**
 * The body of one document type, between the common opening and the signatures.
 */
interface Template<T extends DocumentContent> {

    Class<T> contentType();

    void write(T content, DocumentComposer composer, Words words);
}
