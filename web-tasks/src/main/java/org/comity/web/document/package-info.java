/** The HTTP API over issued documents: a case's list and each document's PDF with its SHA-256. */
package org.comity.web.document;
