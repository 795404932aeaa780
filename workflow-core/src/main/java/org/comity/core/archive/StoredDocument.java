package org.comity.core.archive;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.comity.core.document.DocumentType;

/**
 * An issued document as listed with its case: everything but the bytes.
 *
 * @param sha256 lowercase hex SHA-256 of the PDF bytes, as stored at issue and logged in the audit chain
 * @param verificationCode the short code printed on every page of the document
 */
public record StoredDocument(
        UUID id,
        UUID caseId,
        DocumentType type,
        List<String> languages,
        long size,
        String sha256,
        int pageCount,
        String templateVersion,
        String verificationCode,
        String createdBy,
        Instant createdAt) {}
