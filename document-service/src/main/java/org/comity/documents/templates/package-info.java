/**
 * One template per document type: the fixed legal wording and the order in which a document
 * presents its data, written against {@link org.comity.documents.layout.DocumentComposer}.
 */
package org.comity.documents.templates;
