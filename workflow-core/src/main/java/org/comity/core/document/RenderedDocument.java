package org.comity.core.document;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A rendered document as it is stored and audited.
 *
 * @param sha256 lowercase hex SHA-256 of {@code bytes}; this is the digest that goes into the audit
 * log (it cannot be printed inside the document, whose bytes it covers)
 * @param verificationCode the short code printed on every page; derived from the content digest
 * in the QR code, see document-service's {@code ContentDigest}
 * @param templateVersion version of the layout and wording; same request and version give the same bytes
 * @param contentSha256 lowercase hex SHA-256 of the content (template version and data), as printed on
 * the document; stored at issue, it is what the public verification page shows for the code
 * @param issuedBy the authority the document is issued by, as printed: its first signature block's
 * authority (else the issuing state) in each of the document's languages, separated by " / "
 */
public record RenderedDocument(
        DocumentType type,
        byte[] bytes,
        String sha256,
        int pageCount,
        List<Locale> languages,
        String templateVersion,
        String verificationCode,
        String contentSha256,
        String issuedBy) {

    public RenderedDocument {
        Objects.requireNonNull(type, "type");
        bytes = bytes.clone();
        languages = List.copyOf(languages);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RenderedDocument that
                && type == that.type
                && Arrays.equals(bytes, that.bytes)
                && sha256.equals(that.sha256)
                && pageCount == that.pageCount
                && languages.equals(that.languages)
                && templateVersion.equals(that.templateVersion)
                && verificationCode.equals(that.verificationCode)
                && Objects.equals(contentSha256, that.contentSha256)
                && Objects.equals(issuedBy, that.issuedBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, sha256, pageCount, templateVersion);
    }

    @Override
    public String toString() {
        return "RenderedDocument[" + type + ", " + bytes.length + " bytes, sha256=" + sha256 + ", pages=" + pageCount
                + ", template=" + templateVersion + "]";
    }
}
