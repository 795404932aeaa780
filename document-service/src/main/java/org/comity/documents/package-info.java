/**
 * Generation of Comity's legal documents as bilingual PDF/A files; implements workflow-core's document port. The only module that uses PDFBox.
 */
package org.comity.documents;
