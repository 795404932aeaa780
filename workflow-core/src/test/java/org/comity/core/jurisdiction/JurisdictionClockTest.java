package org.comity.core.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class JurisdictionClockTest {

    /** 16:07 UTC on 7 December: already 00:07 on the 8th in Beijing, still 22:37 on the 7th in Yangon. */
    private static final Instant SEVEN_PAST_MIDNIGHT_IN_BEIJING = Instant.parse("2026-12-07T16:07:00Z");

    private final JurisdictionClock clock =
            TestJurisdictions.on(Clock.fixed(SEVEN_PAST_MIDNIGHT_IN_BEIJING, ZoneOffset.UTC));

    @Test
    void readsTodayInTheZoneOfTheStateWhoseActItIs() {
        assertThat(clock.today("CN")).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(clock.today("MM")).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void givesTheApplicationClockInTheStatesZone() {
        assertThat(clock.clockOf("CN").getZone()).isEqualTo(TestJurisdictions.SHANGHAI);
        assertThat(clock.clockOf("CN").instant()).isEqualTo(SEVEN_PAST_MIDNIGHT_IN_BEIJING);
    }

    @Test
    void readsAnUnconfiguredCodeInTheApplicationClocksZone() {
        assertThat(clock.zoneOf("XX")).isEqualTo(ZoneOffset.UTC);
        assertThat(clock.today(null)).isEqualTo(LocalDate.of(2026, 12, 7));
    }
}
