/**
 * The legal-document port: what a generated document must say (one immutable record per
 * document type), and the {@link org.comity.core.document.LegalDocumentGenerator} that turns it
 * into verifiable bytes. Pure Java so that rules and delegates can ask for a document without
 * knowing how it is laid out; document-service implements the port with PDFBox. Two kinds of text:
 * {@link org.comity.core.text.Text} for wording Comity holds in every language (fixed wording as a
 * message key, {@link org.comity.core.text.Phrase}; configured names as a
 * {@link org.comity.core.text.MultilingualText}), and
 * {@link org.comity.core.document.FreeText} for what a person wrote, printed once as written.
 */
package org.comity.core.document;
