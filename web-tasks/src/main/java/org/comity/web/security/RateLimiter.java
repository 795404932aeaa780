package org.comity.web.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts requests per caller in fixed windows ({@link RateLimitSettings#window()}, aligned to the
 * epoch) and tells when a caller over its limit may try again. In memory, per node: a state running
 * <i>n</i> nodes behind a balancer lets a caller make up to <i>n</i> times its limit, which bounds the
 * load each node takes, the purpose of the limit, without a database write per request. Windows are
 * read on the application's clock, so a test moves the clock instead of waiting.
 */
final class RateLimiter {

    private static final int MAX_TRACKED = 100_000;

    private final long windowMillis;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    RateLimiter(Duration window, Clock clock) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("comity.rate-limit.window must be positive");
        }
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    /** Counts one request of the caller; empty if within {@code limit}, else how long until the next window. */
    Optional<Duration> acquire(String caller, int limit) {
        long now = clock.millis();
        long index = Math.floorDiv(now, windowMillis);
        if (windows.size() > MAX_TRACKED) {
            windows.values().removeIf(w -> w.index() < index);
        }
        Window counted = windows.compute(
                caller,
                (key, w) -> w == null || w.index() != index ? new Window(index, 1) : new Window(index, w.count() + 1));
        if (counted.count() <= limit) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis((index + 1) * windowMillis - now));
    }

    private record Window(long index, int count) {}
}
