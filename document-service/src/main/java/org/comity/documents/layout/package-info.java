/**
 * A small layout engine on PDFBox: lines broken for Latin, Chinese and Burmese, headings, label and
 * value pairs, tables that continue across pages under a repeated header, signature and
 * verification blocks, and the header and footer of every page. Templates describe a document with
 * {@link org.comity.documents.layout.DocumentComposer}; they never touch PDFBox.
 */
package org.comity.documents.layout;
