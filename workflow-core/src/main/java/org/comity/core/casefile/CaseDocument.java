package org.comity.core.casefile;

import java.time.Instant;
import java.util.List;

/** A document issued on a case, with its SHA-256 as archived. */
public record CaseDocument(String id, String type, List<String> languages, long size, String sha256,
        Instant createdAt) {
}
