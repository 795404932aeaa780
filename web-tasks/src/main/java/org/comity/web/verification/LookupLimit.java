package org.comity.web.verification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many verification lookups one client address may make per minute. The codes are 48 bits of a
 * SHA-256, too many to guess; the limit keeps anyone from trying at scale all the same, and keeps a
 * public endpoint from loading the database. A fixed one-minute window per address, held in memory
 * (each node of a cluster counts its own), with old windows dropped as new ones open.
 */
final class LookupLimit {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private static final int MAX_ADDRESSES = 100_000;

    private final int perWindow;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    LookupLimit(int perWindow, Clock clock) {
        if (perWindow < 1) {
            throw new IllegalArgumentException("comity.verification.lookups-per-minute must be at least 1");
        }
        this.perWindow = perWindow;
        this.clock = clock;
    }

    /** Counts a lookup from {@code address}; returns how long to wait, or zero when it may proceed. */
    Duration acquire(String address) {
        Instant now = clock.instant();
        if (windows.size() > MAX_ADDRESSES) {
            windows.values().removeIf(w -> w.endsBefore(now));
        }
        Window window = windows.compute(address, (key, w) -> w == null || w.endsBefore(now) ? new Window(now) : w);
        if (window.count() <= perWindow) {
            return Duration.ZERO;
        }
        return Duration.between(now, window.start().plus(WINDOW));
    }

    private static final class Window {

        private final Instant start;
        private int count;

        Window(Instant start) {
            this.start = start;
        }

        Instant start() {
            return start;
        }

        synchronized int count() {
            return ++count;
        }

        boolean endsBefore(Instant now) {
            return !now.isBefore(start.plus(WINDOW));
        }
    }
}
