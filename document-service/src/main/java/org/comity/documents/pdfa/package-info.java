/**
 * What makes a rendered document PDF/A-2b and reproducible: XMP metadata matching the document
 * information, an sRGB output intent, and a file identifier and dates taken from the content
 * rather than from the clock.
 */
package org.comity.documents.pdfa;
