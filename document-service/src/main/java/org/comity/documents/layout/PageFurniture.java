package org.comity.documents.layout;

/**
 * What the header and footer of every page show: both states, the case reference, the document's
 * identity and its verification code; the page numbers are added when the page count is known.
 *
 * @param marking a handling marking printed at the top of every page (e.g. confidential), or
 * {@code null}: a page separated from the others must still carry it
 */
public record PageFurniture(
        String issuingName,
        String issuingLocalName,
        String receivingName,
        String receivingLocalName,
        String caseReference,
        String documentId,
        String verificationCode,
        String qrPayload,
        String marking) {}
