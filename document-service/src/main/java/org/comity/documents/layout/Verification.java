package org.comity.documents.layout;

/**
 * The verification block at the end of a document: the address the QR code carries and the values
 * to compare there, spelled out so that a reader without a scanner can check them too.
 *
 * @param address the public verification page for this document, as the QR code encodes it
 */
public record Verification(
        String documentId, String verificationCode, String contentSha256, String address, String explanation) {}
