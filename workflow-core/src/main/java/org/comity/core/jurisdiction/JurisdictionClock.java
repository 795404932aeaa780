package org.comity.core.jurisdiction;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * "Today" as the state that performs an act sees it. An act's date (a request's date, an arrest, a
 * ruling, a receipt) is a calendar date in the zone of the state whose officer performs it: at 00:07
 * in Beijing it is already the next day there while it is still 16:07 the day before in UTC, and a
 * Chinese officer's "today" must not be refused as "in the future". Every "today", every date
 * input's {@code max}/{@code min} and every past/present/future rule asks this one place, with the
 * jurisdiction whose act it is, instead of computing zones itself.
 *
 * <p>The zones come from the configured {@link JurisdictionRegistry}. A code that is not configured
 * (only possible on input that is refused anyway) is read in the application clock's own zone.
 */
@Component
public class JurisdictionClock {

    private final Clock clock;
    private final JurisdictionRegistry jurisdictions;

    public JurisdictionClock(Clock clock, JurisdictionRegistry jurisdictions) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.jurisdictions = Objects.requireNonNull(jurisdictions, "jurisdictions");
    }

    /** The calendar date in {@code jurisdiction} now. */
    public LocalDate today(String jurisdiction) {
        return LocalDate.now(clockOf(jurisdiction));
    }

    /** The application's clock read in the zone of {@code jurisdiction} (e.g. for Bean Validation's ClockProvider). */
    public Clock clockOf(String jurisdiction) {
        return clock.withZone(zoneOf(jurisdiction));
    }

    /** The zone of {@code jurisdiction}; the application clock's zone for a code that is not configured. */
    public ZoneId zoneOf(String jurisdiction) {
        return jurisdictions.find(jurisdiction).map(Jurisdiction::zone).orElse(clock.getZone());
    }
}
