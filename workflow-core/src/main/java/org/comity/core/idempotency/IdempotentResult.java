package org.comity.core.idempotency;

/**
 * What a creating call produced: the id of the created resource, and whether this call only
 * replayed an earlier one with the same Idempotency-Key (then nothing new was created).
 */
public record IdempotentResult(String resourceId, boolean replayed) {}
