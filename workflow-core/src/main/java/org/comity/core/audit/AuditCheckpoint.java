package org.comity.core.audit;

import java.time.Instant;

/**
 * The chain's length and head hash at a moment. Kept in {@code audit_checkpoint} and meant to be
 * copied outside the database too (exchanged with the other state), so that cutting the tail of
 * the log and re-pointing the head cannot pass unnoticed.
 */
public record AuditCheckpoint(long entryCount, String headHash, Instant createdAt) {}
