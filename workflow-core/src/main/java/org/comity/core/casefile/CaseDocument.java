package org.comity.core.casefile;

import java.time.Instant;
import java.util.List;

/**
 * A document issued on a case, with its SHA-256 as archived. {@code size} is boxed because the
 * published API contract has never listed it as required (springdoc marks primitive components required).
 */
public record CaseDocument(
        String id, String type, List<String> languages, Long size, String sha256, Instant createdAt) {}
