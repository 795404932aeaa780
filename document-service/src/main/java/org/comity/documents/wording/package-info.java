/**
 * The fixed wording of documents in every language: resource bundles
 * {@code wording/documents_<language>.properties} (one file per language, e.g. {@code documents_en},
 * {@code documents_zh_Hans}), and {@link org.comity.documents.wording.Words}, which prints a
 * message key or a {@link org.comity.core.text.Text} from core in each of a document's languages.
 * Adding a language to documents is adding its bundle file (and a font covering its script).
 */
package org.comity.documents.wording;
