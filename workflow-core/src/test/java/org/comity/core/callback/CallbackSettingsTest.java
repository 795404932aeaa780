package org.comity.core.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The retry schedule: 30 s doubling, capped at one hour, 15 attempts in all by default. */
class CallbackSettingsTest {

    private final CallbackSettings defaults = new CallbackSettings(
            false,
            Duration.ofHours(24),
            Duration.ofSeconds(30),
            Duration.ofHours(1),
            15,
            Duration.ofSeconds(5),
            Duration.ofSeconds(10),
            Duration.ofMinutes(2),
            20);

    @Test
    void doublesTheWaitFromThirtySecondsUpToOneHour() {
        assertThat(IntStream.rangeClosed(1, 9).mapToObj(defaults::retryDelay))
                .containsExactly(
                        Duration.ofSeconds(30),
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(2),
                        Duration.ofMinutes(4),
                        Duration.ofMinutes(8),
                        Duration.ofMinutes(16),
                        Duration.ofMinutes(32),
                        Duration.ofHours(1),
                        Duration.ofHours(1));
    }

    @Test
    void triesForAboutEightAndAHalfHoursBeforeGivingUp() {
        Duration total = IntStream.range(1, defaults.maxAttempts())
                .mapToObj(defaults::retryDelay)
                .reduce(Duration.ZERO, Duration::plus);
        assertThat(total).isEqualTo(Duration.ofMinutes(63).plusSeconds(30).plus(Duration.ofHours(7)));
    }

    @Test
    void neverOverflowsForALargeAttemptNumber() {
        assertThat(defaults.retryDelay(1_000)).isEqualTo(Duration.ofHours(1));
    }
}
