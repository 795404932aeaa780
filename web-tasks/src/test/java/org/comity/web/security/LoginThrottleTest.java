package org.comity.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.comity.web.config.ComityProperties;
import org.junit.jupiter.api.Test;

/** The waits of {@link LoginThrottle}, on a clock the test moves. */
class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(
            new ComityProperties(null, null, new ComityProperties.Security(5, Duration.ofMinutes(15)), null),
            clock,
            new ThrottleStore.InMemory());

    @Test
    void fiveFailuresAreFreeThenEachFurtherOneDoublesTheWaitUpToTheLongest() {
        fail(5, "wei", "192.0.2.1");
        assertThat(throttle.retryAfter("wei", "192.0.2.1")).isEmpty();

        for (long expected : new long[] {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900}) {
            fail(1, "wei", "192.0.2.1");
            assertThat(throttle.retryAfter("wei", "192.0.2.1")).contains(Duration.ofSeconds(expected));
        }
    }

    @Test
    void theWaitEndsAndTheNextFailureWaitsLonger() {
        fail(6, "wei", "192.0.2.1");
        clock.advance(Duration.ofMillis(1_001));
        assertThat(throttle.retryAfter("wei", "192.0.2.1")).isEmpty();

        fail(1, "wei", "192.0.2.1");
        assertThat(throttle.retryAfter("wei", "192.0.2.1")).contains(Duration.ofSeconds(2));
    }

    @Test
    void onlyThePairThatFailedWaits() {
        fail(20, "wei", "198.51.100.9");

        assertThat(throttle.retryAfter("wei", "198.51.100.9")).isPresent();
        assertThat(throttle.retryAfter("wei", "192.0.2.1")).isEmpty();
        assertThat(throttle.retryAfter("mya", "198.51.100.9"))
                .as("20 of the address's 25 free failures")
                .isEmpty();
    }

    @Test
    void anAddressSprayingManyNamesWaitsForAll() {
        for (int i = 0; i < 26; i++) {
            throttle.failed("name" + i, "198.51.100.9");
        }
        assertThat(throttle.retryAfter("someone.else", "198.51.100.9")).contains(Duration.ofSeconds(1));
        assertThat(throttle.retryAfter("someone.else", "192.0.2.1")).isEmpty();
    }

    @Test
    void aSuccessClearsThePairAndALongQuietStartsAgain() {
        fail(8, "wei", "192.0.2.1");
        throttle.succeeded("wei", "192.0.2.1");
        assertThat(throttle.retryAfter("wei", "192.0.2.1")).isEmpty();

        fail(8, "mya", "192.0.2.2");
        clock.advance(Duration.ofMinutes(31));
        fail(1, "mya", "192.0.2.2");
        assertThat(throttle.retryAfter("mya", "192.0.2.2")).isEmpty();
    }

    private void fail(int times, String user, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-12-07T16:07:00Z");

        void advance(Duration by) {
            now = now.plus(by);
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
