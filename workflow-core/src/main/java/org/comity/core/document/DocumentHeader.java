package org.comity.core.document;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * What every document shows in its header, footer and signature area.
 *
 * @param documentId chosen by the caller (not generated) so that it can be stored before
 * rendering and printed in the verification QR code
 * @param caseReference human case reference, e.g. {@code EXT-CN-2026-000123}
 * @param issuing the state that issues the document
 * @param receiving the state it is addressed to
 * @param issuedAt issue instant in the issuing state's zone; dates are printed in this zone and
 * it is the document's creation date, never the wall clock
 * @param languages the languages of the text, English first (BCP-47 tags {@code en}, {@code zh-Hans})
 * @param signatories who signs, in order
 */
public record DocumentHeader(
        UUID documentId,
        String caseReference,
        JurisdictionRef issuing,
        JurisdictionRef receiving,
        ZonedDateTime issuedAt,
        List<Locale> languages,
        List<Signatory> signatories) {

    public DocumentHeader {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(issuing, "issuing");
        Objects.requireNonNull(receiving, "receiving");
        Objects.requireNonNull(issuedAt, "issuedAt");
        languages = List.copyOf(languages);
        signatories = List.copyOf(signatories);
    }
}
