package org.comity.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.comity.web.config.ComityProperties;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing down without handing anyone a way to lock an officer out
 * (reliability-and-security.md S3). Failures are counted per pair of user name and client address,
 * and per address across all user names (guessing one password over many accounts). The first
 * {@code maxFailedLogins} failures of a pair (five times as many for an address) cost nothing; each
 * further one doubles a wait, starting at one second, during which sign-in from that pair (or
 * address) is refused even with the right password, up to {@code loginLockout}. A guesser elsewhere
 * therefore never delays the officer at their own desk, whose own address and name form another pair.
 * The counts are kept in the database ({@link JdbcThrottleStore}), so every node of a state sees the
 * failures made on any of them; a count is forgotten twice the longest wait after its latest failure.
 */
@Component
public class LoginThrottle {

    private static final int ADDRESS_FACTOR = 5;
    private static final Duration FIRST_DELAY = Duration.ofSeconds(1);

    private final ThrottleStore failures;
    private final int freeFailures;
    private final Duration maxDelay;
    private final Clock clock;

    LoginThrottle(ComityProperties properties, Clock clock, ThrottleStore failures) {
        this.freeFailures = properties.security().maxFailedLogins();
        this.maxDelay = properties.security().loginLockout();
        this.clock = clock;
        this.failures = failures;
    }

    /** How long the caller must wait before trying again, if sign-in is currently refused. */
    /**
     * How long the caller must wait before trying again, if sign-in is currently refused. With the
     * database unreachable nothing is refused here: the credentials cannot be checked either, and the
     * caller is told so (503, "unavailable") rather than given a server error.
     */
    public Optional<Duration> retryAfter(String username, String address) {
        Instant now = clock.instant();
        try {
            return wait(pair(username, address), freeFailures, now)
                    .or(() -> wait(ofAddress(address), freeFailures * ADDRESS_FACTOR, now));
        } catch (DataAccessException unreachable) {
            return Optional.empty();
        }
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        Instant forgetBefore = now.minus(maxDelay).minus(maxDelay);
        for (String key : new String[] {pair(username, address), ofAddress(address)}) {
            if (key != null) {
                failures.failed(key, now, forgetBefore);
            }
        }
    }

    /** A success clears the pair's failures; the address keeps its count, so that spraying stays slow. */
    public void succeeded(String username, String address) {
        String pair = pair(username, address);
        if (pair != null && failures.find(pair).isPresent()) {
            failures.clear(pair);
        }
    }

    /** A failure to check the credentials at all (the database is down) is not a guess and costs nothing. */
    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureServiceExceptionEvent) {
            return;
        }
        failed(
                event.getAuthentication().getName(),
                addressOf(event.getAuthentication().getDetails()));
    }

    /**
     * A password's success clears the pair's failures, when there are any: a read, not a write, on
     * every request that succeeds. An access token is no sign-in and is not looked at.
     */
    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
            succeeded(
                    event.getAuthentication().getName(),
                    addressOf(event.getAuthentication().getDetails()));
        }
    }

    private static String addressOf(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    /** Keys are stored as SHA-256 hex: the store holds no user name or address in clear. */
    private static String pair(String username, String address) {
        return username == null ? null : sha256("user:" + username + "\u0000" + address);
    }

    private static String ofAddress(String address) {
        return address == null ? null : sha256("ip:" + address);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private Optional<Duration> wait(String key, int free, Instant now) {
        ThrottleStore.Failures f = key == null ? null : failures.find(key).orElse(null);
        if (f == null || f.count() <= free) {
            return Optional.empty();
        }
        Instant until = f.last().plus(delayAfter(f.count() - free));
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /** 1 s after the first failure beyond the free ones, then 2 s, 4 s, ... up to {@code maxDelay}. */
    private Duration delayAfter(int excess) {
        int doublings = Math.min(excess - 1, 30);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
