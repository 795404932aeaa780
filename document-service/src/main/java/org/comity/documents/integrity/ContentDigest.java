package org.comity.documents.integrity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import org.comity.core.document.DocumentRequest;

/**
 * The digest printed on a document and carried by its QR code.
 *
 * <p>It covers the <em>content</em>: SHA-256 of the UTF-8 bytes of
 * {@code templateVersion + "\n" + CanonicalForm(request)}, where the request includes the header
 * (document id, case reference, states, issue date, languages, signatories) and the type-specific
 * data. It cannot cover the file bytes, because it is printed inside them; the SHA-256 of the bytes
 * is returned separately and recorded in the audit log. A verifier reloads the stored data,
 * recomputes this digest and compares it with the QR code, then compares the file's SHA-256 with
 * the audit log.
 */
public final class ContentDigest {

    private final UUID documentId;

    private final byte[] sha256;

    private ContentDigest(UUID documentId, byte[] sha256) {
        this.documentId = documentId;
        this.sha256 = sha256;
    }

    public static ContentDigest of(DocumentRequest request, String templateVersion) {
        String canonical = templateVersion + "\n" + CanonicalForm.of(request);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return new ContentDigest(request.header().documentId(), digest);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is required of every JVM", ex);
        }
    }

    public UUID documentId() {
        return documentId;
    }

    public String hex() {
        return HexFormat.of().formatHex(sha256);
    }

    /** Twelve hex digits in groups of four, short enough to read over the phone. */
    public String verificationCode() {
        String hex = hex().substring(0, 12).toUpperCase();
        return hex.substring(0, 4) + "-" + hex.substring(4, 8) + "-" + hex.substring(8, 12);
    }

    /**
     * The document's identifier in its XMP metadata ({@code dc:identifier}):
     * {@code COMITY:DOC:<document id>:SHA256:<content digest>}. The QR code carries the address of the
     * verification page instead ({@link VerificationAddress}), which a phone opens directly.
     */
    public String qrPayload() {
        return ("COMITY:DOC:" + documentId + ":SHA256:" + hex()).toUpperCase(java.util.Locale.ROOT);
    }

    /** The first 16 bytes, used as the PDF file identifier. */
    public byte[] fileId() {
        return Arrays.copyOf(sha256, 16);
    }
}
