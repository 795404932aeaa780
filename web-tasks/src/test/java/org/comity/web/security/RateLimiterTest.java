package org.comity.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The fixed windows of {@link RateLimiter}, on a clock the test sets. */
class RateLimiterTest {

    private Instant now = Instant.parse("2026-12-07T16:07:00Z");
    private final RateLimiter limiter = new RateLimiter(Duration.ofMinutes(1), new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    });

    @Test
    void theLimitIsAllowedInAWindowAndTheNextRequestWaitsForTheNextWindow() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire("agency:cn-mps", 3)).isEmpty();
        }
        now = now.plusSeconds(20);

        assertThat(limiter.acquire("agency:cn-mps", 3)).contains(Duration.ofSeconds(40));
    }

    @Test
    void theNextWindowStartsAfresh() {
        for (int i = 0; i < 4; i++) {
            limiter.acquire("user:cn.officer", 3);
        }
        now = now.plusSeconds(60);

        assertThat(limiter.acquire("user:cn.officer", 3)).isEmpty();
    }

    @Test
    void eachCallerHasItsOwnCount() {
        for (int i = 0; i < 4; i++) {
            limiter.acquire("agency:cn-mps", 3);
        }

        assertThat(limiter.acquire("agency:mm-mpf", 3)).isEmpty();
        assertThat(limiter.acquire("user:cn-mps", 3))
                .as("a person named like an agency is another caller")
                .isEmpty();
    }
}
