/**
 * The embedded Noto fonts: loading them once, choosing a face per character, putting right-to-left
 * text in visual order, and shaping Burmese, Arabic, Thai and Devanagari, which PDFBox cannot do by
 * itself. Nothing here ever falls back to the PDF standard-14 fonts: they
 * cannot encode Chinese or Burmese and are not embedded, so PDF/A would be lost silently.
 */
package org.comity.documents.fonts;
