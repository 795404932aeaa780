package org.comity.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.comity.web.config.ComityProperties;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code maxFailedLogins} failures for one user name, or five
 * times as many from one client address, sign-in is refused for {@code loginLockout}, even with the
 * right password. Counting by address as well stops guessing one password across many accounts.
 * Kept in memory: a restart forgives, which is acceptable for a back-off (not an account lock).
 */
@Component
public class LoginThrottle {

    private static final int ADDRESS_FACTOR = 5;
    private static final int MAX_TRACKED = 10_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration lockout;
    private final Clock clock;

    LoginThrottle(ComityProperties properties, Clock clock) {
        this.maxFailures = properties.security().maxFailedLogins();
        this.lockout = properties.security().loginLockout();
        this.clock = clock;
    }

    /** How long the caller must wait before trying again, if sign-in is currently refused. */
    public Optional<Duration> retryAfter(String username, String address) {
        Instant now = clock.instant();
        return Optional.ofNullable(username).map(u -> wait("user:" + u, maxFailures, now)).flatMap(w -> w)
                .or(() -> Optional.ofNullable(address).flatMap(a -> wait("ip:" + a, maxFailures * ADDRESS_FACTOR, now)));
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(f -> f.expired(now, lockout));
        }
        if (username != null) {
            failures.merge("user:" + username, Failures.first(now), (a, b) -> a.plusOne(now, lockout));
        }
        if (address != null) {
            failures.merge("ip:" + address, Failures.first(now), (a, b) -> a.plusOne(now, lockout));
        }
    }

    public void succeeded(String username) {
        failures.remove("user:" + username);
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        Object details = event.getAuthentication().getDetails();
        failed(event.getAuthentication().getName(),
                details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null);
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private Optional<Duration> wait(String key, int limit, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.count() < limit || f.expired(now, lockout)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, f.last().plus(lockout)));
    }

    private record Failures(int count, Instant last) {

        static Failures first(Instant now) {
            return new Failures(1, now);
        }

        Failures plusOne(Instant now, Duration lockout) {
            return expired(now, lockout) ? first(now) : new Failures(count + 1, now);
        }

        boolean expired(Instant now, Duration lockout) {
            return !last.plus(lockout).isAfter(now);
        }
    }
}
