package org.comity.web.verification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.comity.core.archive.DocumentVerifications.Verified;
import org.comity.core.jurisdiction.JurisdictionRegistry;

/**
 * The public answer for a genuine code: every field here may be shown to anyone holding the paper,
 * so the record holds nothing else (no case, no names, no document type).
 *
 * @param issuedAt in the issuing state's zone
 * @param contentSha256 the SHA-256 printed on the document and stored at issue
 * @param fileSha256 the SHA-256 of the PDF file as issued
 * @param supersededAt when the document replacing this one was issued, in the same zone, or {@code null}
 */
record VerificationAnswer(
        String verificationCode,
        boolean issuedByComity,
        OffsetDateTime issuedAt,
        String issuingState,
        String issuingAuthority,
        String contentSha256,
        String fileSha256,
        boolean superseded,
        OffsetDateTime supersededAt) {

    static VerificationAnswer of(String code, Verified verified, JurisdictionRegistry jurisdictions) {
        ZoneId zone = verified.issuingState() == null
                ? ZoneOffset.UTC
                : jurisdictions.find(verified.issuingState()).map(j -> j.zone()).orElse(ZoneOffset.UTC);
        return new VerificationAnswer(
                code,
                true,
                at(verified.issuedAt(), zone),
                verified.issuingState(),
                verified.issuingAuthority(),
                verified.contentSha256(),
                verified.fileSha256(),
                verified.superseded(),
                verified.superseded() ? at(verified.supersededAt(), zone) : null);
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime();
    }
}
