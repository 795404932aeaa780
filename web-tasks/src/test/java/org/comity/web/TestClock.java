package org.comity.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.comity.core.engine.EngineClock;

/**
 * "Now" and "today" for tests, read on the application's clock. The integration tests run that clock
 * from {@code comity.clock.start-at} (the build sets it to today at 23:50 UTC, see the parent POM), so
 * a fixture that asked the machine for {@code LocalDate.now()} would disagree with the application
 * about the date; fixtures ask here, in the zone of the state whose act the date is. The zones are
 * those of the test configuration (application.yaml): China Asia/Shanghai, Myanmar Asia/Yangon.
 */
public final class TestClock {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final ZoneId YANGON = ZoneId.of("Asia/Yangon");
    private static final Map<String, ZoneId> ZONES = Map.of("CN", SHANGHAI, "MM", YANGON);

    private TestClock() {}

    /** The application's "now" (not the machine's, and not a moved engine clock). */
    public static Instant now() {
        return EngineClock.applicationClock().instant();
    }

    /** The application's "now" as a timestamp, e.g. for a form's date-time field. */
    public static OffsetDateTime nowUtc() {
        return OffsetDateTime.ofInstant(now(), ZoneOffset.UTC);
    }

    /** Today's date in the jurisdiction ({@code CN} or {@code MM}) whose act the date is. */
    public static LocalDate today(String jurisdiction) {
        ZoneId zone = ZONES.get(jurisdiction);
        if (zone == null) {
            throw new IllegalArgumentException("No test zone for " + jurisdiction);
        }
        return LocalDate.ofInstant(now(), zone);
    }

    /** Today's date in China, e.g. for a Chinese court's ruling or a receipt in China. */
    public static LocalDate todayInChina() {
        return today("CN");
    }

    /** Today's date in Myanmar. */
    public static LocalDate todayInMyanmar() {
        return today("MM");
    }

    /**
     * Runs {@code test} with the application's and the engine's clocks moved so that it is
     * {@code instant} now, and puts them back on the suite's timeline afterwards.
     */
    public static void at(Instant instant, ThrowingRunnable test) throws Exception {
        Duration previous = EngineClock.moveTo(instant);
        try {
            test.run();
        } finally {
            EngineClock.restore(previous);
        }
    }

    /** A test body that may throw, as MockMvc's calls do. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** The engine's clock back on the application's timeline after a test moved it. */
    public static void resetEngineClock() {
        EngineClock.reset();
    }
}
