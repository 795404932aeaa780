package org.comity.documents.layout;

/**
 * The verification block at the end of a document: what the QR code carries, spelled out so that a
 * reader without a scanner can check it too.
 */
public record Verification(String documentId, String verificationCode, String contentSha256, String explanation) {
}
