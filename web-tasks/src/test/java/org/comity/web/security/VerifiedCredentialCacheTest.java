package org.comity.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** bcrypt once per credential ({@link VerifiedCredentialCache}), counted on an encoder that counts its checks. */
class VerifiedCredentialCacheTest {

    private final AtomicInteger slowChecks = new AtomicInteger();
    private Instant now = Instant.parse("2026-12-07T16:07:00Z");
    private final VerifiedCredentialCache cache = new VerifiedCredentialCache(
            new PasswordEncoder() {
                @Override
                public String encode(CharSequence raw) {
                    return "hash-of-" + raw;
                }

                @Override
                public boolean matches(CharSequence raw, String encoded) {
                    slowChecks.incrementAndGet();
                    return encoded.equals("hash-of-" + raw);
                }
            },
            Duration.ofMinutes(5),
            new Clock() {
                @Override
                public Instant instant() {
                    return now;
                }

                @Override
                public ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }
            });

    @Test
    void theRightPasswordIsCheckedSlowlyOnceThenTrustedForItsLifetime() {
        for (int i = 0; i < 100; i++) {
            assertThat(cache.matches("demo", "hash-of-demo")).isTrue();
        }
        assertThat(slowChecks).hasValue(1);

        now = now.plus(Duration.ofMinutes(5));
        assertThat(cache.matches("demo", "hash-of-demo")).isTrue();
        assertThat(slowChecks).as("checked anew after the lifetime").hasValue(2);
    }

    @Test
    void aWrongPasswordIsCheckedSlowlyEveryTime() {
        for (int i = 0; i < 3; i++) {
            assertThat(cache.matches("guess", "hash-of-demo")).isFalse();
        }
        assertThat(slowChecks).hasValue(3);
    }

    @Test
    void aChangedPasswordHashIsNotMatchedByTheOldPassword() {
        assertThat(cache.matches("demo", "hash-of-demo")).isTrue();

        assertThat(cache.matches("demo", "hash-of-new-password")).isFalse();
        assertThat(cache.matches("new-password", "hash-of-new-password")).isTrue();
    }
}
