package org.comity.core.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one "now" against which deadlines are read: the engine's clock, the one that decides when a
 * timer fires. Every view that says whether something is overdue and how much time is left (the task
 * list, a case's deadlines) reads this, so that no page calls a deadline overdue while the engine
 * still waits for it, or the other way round; tests that move the engine clock see all of them move.
 *
 * <p>It also keeps the engine's clock and the application's {@link Clock} on one timeline. Normally
 * both show the real time. A deployment started with a start instant ({@code comity.clock.start-at},
 * for tests and rehearsals) runs both from that instant onwards, advancing in real time, so that a
 * test suite can be run "at 23:50 UTC" or "at 00:07 in Beijing" at any hour. The engine's clock is
 * JVM-global, so the offset is too: every application context of the JVM started with the same
 * instant shares the first one's offset. {@link #reset()} brings a moved engine clock back to that
 * timeline (Camunda's own {@code ClockUtil.reset()} would go back to the real time).
 */
public final class EngineClock {

    private static Instant startedAt;
    private static volatile Duration offset = Duration.ZERO;

    private EngineClock() {
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /**
     * Runs the engine's and the application's clock from {@code instant} onwards. Called again with
     * the same instant (another application context in the same JVM) it keeps the running offset.
     */
    public static synchronized void startAt(Instant instant) {
        if (!instant.equals(startedAt)) {
            startedAt = instant;
            offset = Duration.between(Instant.now(), instant);
        }
        reset();
    }

    /** The application's clock: the real time shifted as {@link #startAt(Instant)} set it, in UTC. */
    public static Clock applicationClock() {
        return Clock.offset(Clock.systemUTC(), offset);
    }

    /** Brings the engine's clock back to the application's timeline after a test has moved it. */
    public static void reset() {
        ClockUtil.reset();
        if (!offset.isZero()) {
            ClockUtil.offset(offset.toMillis());
        }
    }

    /** Stops the engine's clock at {@code instant} (tests that make a timer due call this, then {@link #reset()}). */
    public static void setNow(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }
}
