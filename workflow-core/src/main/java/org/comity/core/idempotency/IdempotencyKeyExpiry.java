package org.comity.core.idempotency;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Erases Idempotency-Keys older than their retention ({@link IdempotencyKeys#retention()}), every
 * {@code comity.idempotency.expiry-check} (default hourly), so that the table holds only keys a
 * client may still repeat. {@link IdempotencyKeys} already ignores an expired key it meets; this
 * keeps the table small. Harmless on several nodes at once: each deletes what is expired.
 */
@Component
public class IdempotencyKeyExpiry {

    private final JdbcClient jdbc;
    private final IdempotencyKeys keys;
    private final Clock clock;

    IdempotencyKeyExpiry(JdbcClient jdbc, IdempotencyKeys keys, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.clock = clock;
    }

    /** Deletes every key older than the retention; returns how many. */
    @Scheduled(
            initialDelayString = "${comity.idempotency.expiry-check:PT1H}",
            fixedDelayString = "${comity.idempotency.expiry-check:PT1H}")
    public int eraseExpired() {
        OffsetDateTime cutoff =
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).minus(keys.retention());
        return jdbc.sql("DELETE FROM idempotency_key WHERE created_at < ?")
                .param(cutoff)
                .update();
    }
}
