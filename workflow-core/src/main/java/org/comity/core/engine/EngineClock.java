package org.comity.core.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
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

    private EngineClock() {}

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

    /**
     * The application's clock: the real time shifted as {@link #startAt(Instant)} (or {@link #moveTo})
     * set it, in UTC. It reads the offset at every tick, so that moving the timeline moves every bean
     * holding this clock too.
     */
    public static Clock applicationClock() {
        return new ShiftedClock(ZoneOffset.UTC);
    }

    /**
     * Moves both clocks so that it is {@code instant} now, advancing from there (a test that runs
     * "at 00:07 in Beijing"); returns the offset to give back to {@link #restore(Duration)}.
     */
    public static synchronized Duration moveTo(Instant instant) {
        Duration previous = offset;
        offset = Duration.between(Instant.now(), instant);
        reset();
        return previous;
    }

    /** Puts both clocks back on the timeline {@link #moveTo(Instant)} left. */
    public static synchronized void restore(Duration previousOffset) {
        offset = previousOffset;
        reset();
    }

    /** Brings the engine's clock back to the application's timeline after a test has moved it. */
    public static void reset() {
        ClockUtil.reset();
        if (!offset.isZero()) {
            ClockUtil.offset(offset.toMillis());
        }
    }

    /** The real time shifted by the current offset, in a zone. */
    private static final class ShiftedClock extends Clock {

        private final ZoneId zone;

        ShiftedClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new ShiftedClock(other);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
