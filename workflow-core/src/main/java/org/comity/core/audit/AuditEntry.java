package org.comity.core.audit;

import java.time.Instant;

/**
 * An event as stored in the chain: its gap-free sequence number, the UTC time it was recorded
 * (microsecond precision, identical on H2 and PostgreSQL), the hash of the entry before it and its
 * own hash, computed by {@link EntryHasher}.
 */
public record AuditEntry(long sequence, Instant recordedAt, AuditEvent event, String previousHash, String hash) {}
