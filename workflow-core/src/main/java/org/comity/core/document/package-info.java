/**
 * The legal-document port: what a generated document must say (one immutable record per
 * document type), and the {@link org.comity.core.document.LegalDocumentGenerator} that turns it
 * into verifiable bytes. Pure Java so that rules and delegates can ask for a document without
 * knowing how it is laid out; document-service implements the port with PDFBox. Two kinds of text:
 * {@link org.comity.core.document.BilingualText} for wording Comity holds in both languages, and
 * {@link org.comity.core.document.FreeText} for what a person wrote, printed once as written.
 */
package org.comity.core.document;
