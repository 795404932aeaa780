/**
 * How a printed document can be checked against Comity's records: a canonical form of the data it
 * was rendered from, its SHA-256, the short verification code and the QR payload derived from it.
 */
package org.comity.documents.integrity;
