package org.comity.web.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The public verification lookups are limited per client address and minute. */
class LookupLimitTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T10:00:00Z"));

    @Test
    void anAddressMayLookUpTheLimitPerMinuteAndThenWaitsForTheNextMinute() {
        LookupLimit limit = new LookupLimit(3, clock);

        for (int i = 0; i < 3; i++) {
            assertThat(limit.acquire("203.0.113.7")).isZero();
        }
        clock.advance(Duration.ofSeconds(20));
        assertThat(limit.acquire("203.0.113.7")).isEqualTo(Duration.ofSeconds(40));
        assertThat(limit.acquire("198.51.100.2"))
                .as("another address counts on its own")
                .isZero();

        clock.advance(Duration.ofSeconds(40));
        assertThat(limit.acquire("203.0.113.7")).as("a new minute").isZero();
    }

    @Test
    void aLimitBelowOneIsAConfigurationError() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new LookupLimit(0, clock))
                .withMessageContaining("comity.verification.lookups-per-minute");
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
