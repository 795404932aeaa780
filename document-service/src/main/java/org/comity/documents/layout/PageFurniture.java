package org.comity.documents.layout;

/**
 * What the header and footer of every page show: both states, the case reference, the document's
 * identity and its verification code; the page numbers are added when the page count is known.
 */
public record PageFurniture(String issuingName, String issuingLocalName, String receivingName,
		String receivingLocalName, String caseReference, String documentId, String verificationCode,
		String qrPayload) {
}
