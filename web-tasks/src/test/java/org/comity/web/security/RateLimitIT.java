package org.comity.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.comity.core.identity.Agencies;
import org.comity.core.identity.Agency;
import org.comity.core.identity.Role;
import org.comity.core.identity.UserAccount;
import org.comity.core.identity.UserAccounts;
import org.comity.web.TestApi;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Rate limits per agency and per person (issue 17): over the limit the API answers 429 problem+json
 * with {@code Retry-After}, until the next window, reached by moving the application's clock. The
 * earlier requests of the window are counted into the limiter directly (the same count the filter
 * keeps) rather than sent, to keep the test fast; the ones that matter go over HTTP.
 */
class RateLimitIT extends WebIT {

    @Autowired
    RateLimiter limiter;

    @Autowired
    RateLimitSettings settings;

    @Autowired
    Agencies agencies;

    @Autowired
    AgencyClients clients;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void anAgencyOverItsLimitGets429WithRetryAfterUntilTheNextWindow() throws Exception {
        agencies.registerIfAbsent(new Agency("it-limited", "Agency limited in a test", "MM", true), "fixed-it-limited");
        clients.registerIfAbsent("it-limited", "secret-of-it-limited");
        TestApi agency = TestApi.withAccessToken(port, "it-limited", "secret-of-it-limited", null);

        java.time.Instant window = startOfAWindow();
        TestClock.at(window, () -> {
            exhaust("agency:it-limited", settings.agencyRequests() - 1);
            assertThat(agency.get("/api/v1/me").status())
                    .as("the last request within the limit")
                    .isEqualTo(200);

            var refused = agency.get("/api/v1/me");
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(Long.parseLong(refused.headers().getFirst("Retry-After")))
                    .isBetween(55L, 60L);
            assertThat(refused.json().get("detail").asText()).contains("This agency made more than 1200 requests");
            assertThat(TestApi.withToken(port, "demo-mm-mpf").get("/api/v1/me").status())
                    .as("another agency of the same state")
                    .isEqualTo(200);
        });
        TestClock.at(
                window.plus(settings.window()),
                () -> assertThat(agency.get("/api/v1/me").status()).isEqualTo(200));
    }

    @Test
    void aPersonOverTheirLimitGets429() throws Exception {
        accounts.createIfAbsent(
                new UserAccount("rate.limited", "Limited", Role.OFFICER, "CN", encoder.encode("right"), true));
        TestApi person = TestApi.as(port, "rate.limited", "right");

        TestClock.at(startOfAWindow(), () -> {
            exhaust("user:rate.limited", settings.userRequests());

            var refused = person.get("/api/v1/me");
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.headers().getFirst("Retry-After")).isNotBlank();
            assertThat(refused.json().get("detail").asText()).contains("This user made more than");
            assertThat(as("cn.officer").get("/api/v1/me").status())
                    .as("another person")
                    .isEqualTo(200);
        });
    }

    /** A few seconds into a window yet to come (within the lifetime of a token issued now), so that the test's requests all fall into it. */
    private java.time.Instant startOfAWindow() {
        long window = settings.window().toMillis();
        long next = (Math.floorDiv(TestClock.now().toEpochMilli(), window) + 2) * window;
        return java.time.Instant.ofEpochMilli(next).plus(Duration.ofSeconds(1));
    }

    private void exhaust(String caller, int requests) {
        for (int i = 0; i < requests; i++) {
            limiter.acquire(caller, Integer.MAX_VALUE);
        }
    }
}
