package org.comity.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.comity.core.identity.Role;
import org.comity.core.identity.UserAccount;
import org.comity.core.identity.UserAccounts;
import org.comity.web.TestApi;
import org.comity.web.WebIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Repeated failed sign-ins are throttled, even when the right password follows. */
class LoginThrottleIT extends WebIT {

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    MockMvc mvc;

    @Test
    void refusesTheApiWith429AfterFiveFailuresEvenWithTheRightPassword() {
        accounts.createIfAbsent(new UserAccount("throttle.api", "Throttled", Role.OFFICER, "CN", encoder.encode("right"), true));
        for (int i = 0; i < 5; i++) {
            assertThat(TestApi.as(port, "throttle.api", "wrong" + i).get("/api/v1/me").status()).isEqualTo(401);
        }
        var refused = TestApi.as(port, "throttle.api", "right").get("/api/v1/me");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.headers().getFirst("Retry-After"))).isBetween(1L, 900L);
    }

    @Test
    void refusesTheLoginFormAfterFiveFailuresEvenWithTheRightPassword() throws Exception {
        accounts.createIfAbsent(new UserAccount("throttle.ui", "Throttled", Role.OFFICER, "MM", encoder.encode("right"), true));
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("throttle.ui").password("wrong")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user("throttle.ui").password("right")).andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void letsTheRightPasswordInAfterFewerFailures() throws Exception {
        accounts.createIfAbsent(new UserAccount("throttle.ok", "Not throttled", Role.OFFICER, "MM", encoder.encode("right"), true));
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user("throttle.ok").password("wrong")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user("throttle.ok").password("right")).andExpect(redirectedUrl("/"));
    }
}
