package org.comity.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.comity.core.identity.Role;
import org.comity.core.identity.UserAccount;
import org.comity.core.identity.UserAccounts;
import org.comity.web.WebIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Repeated failed sign-ins slow the guesser down, even when the right password follows, but only for
 * the pair of user name and address that failed: a guesser elsewhere cannot lock an officer out.
 * Each test signs in from its own documentation address (RFC 5737), so that the address-wide count
 * of one test never reaches another's.
 */
class LoginThrottleIT extends WebIT {

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    MockMvc mvc;

    @Autowired
    LoginThrottle throttle;

    @Test
    void refusesTheApiWith429WhileTheWaitAfterManyFailuresRunsEvenWithTheRightPassword() throws Exception {
        officer("throttle.api");
        for (int i = 0; i < 5; i++) {
            assertThat(me("throttle.api", "wrong" + i, from("192.0.2.10")).getStatus())
                    .isEqualTo(401);
        }
        furtherFailures(5, "throttle.api", "192.0.2.10");

        MockHttpServletResponse refused = me("throttle.api", "right", from("192.0.2.10"));

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.getHeader("Retry-After")))
                .as("the fifth doubling: 16 s")
                .isBetween(1L, 16L);
    }

    @Test
    void refusesTheLoginFormWhileTheWaitRunsEvenWithTheRightPassword() throws Exception {
        officer("throttle.ui");
        for (int i = 0; i < 5; i++) {
            signIn("throttle.ui", "wrong", "192.0.2.20").andExpect(redirectedUrl("/login?error"));
        }
        furtherFailures(5, "throttle.ui", "192.0.2.20");

        signIn("throttle.ui", "right", "192.0.2.20").andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void letsTheRightPasswordInWithinTheFreeFailures() throws Exception {
        officer("throttle.ok");
        for (int i = 0; i < 5; i++) {
            signIn("throttle.ok", "wrong", "192.0.2.30").andExpect(redirectedUrl("/login?error"));
        }
        signIn("throttle.ok", "right", "192.0.2.30").andExpect(redirectedUrl("/"));
    }

    @Test
    void aGuesserElsewhereNeverLocksTheOfficerOut() throws Exception {
        officer("throttle.target");
        furtherFailures(20, "throttle.target", "198.51.100.66");

        signIn("throttle.target", "right", "198.51.100.66").andExpect(redirectedUrl("/login?locked"));
        signIn("throttle.target", "right", "192.0.2.40").andExpect(redirectedUrl("/"));
        assertThat(me("throttle.target", "right", from("192.0.2.41")).getStatus())
                .isEqualTo(200);
    }

    @Test
    void sprayingOnePasswordOverManyNamesFromOneAddressIsSlowedDown() throws Exception {
        for (int i = 0; i < 30; i++) {
            throttle.failed("nobody" + i, "198.51.100.77");
        }
        officer("throttle.spray");

        signIn("throttle.spray", "right", "198.51.100.77").andExpect(redirectedUrl("/login?locked"));
        signIn("throttle.spray", "right", "192.0.2.50").andExpect(redirectedUrl("/"));
    }

    /**
     * Failures recorded at once rather than through sign-ins: the waits they cause start at one second,
     * shorter than a bcrypt check on a loaded machine, so a test that signed in again and again would
     * meet its own waits. Together with real failures they prove those were counted.
     */
    private void furtherFailures(int count, String user, String address) {
        for (int i = 0; i < count; i++) {
            throttle.failed(user, address);
        }
    }

    private ResultActions signIn(String user, String password, String address) throws Exception {
        return mvc.perform(post("/login")
                .param("username", user)
                .param("password", password)
                .with(csrf())
                .with(from(address)));
    }

    private void officer(String name) {
        accounts.createIfAbsent(new UserAccount(name, "Throttled", Role.OFFICER, "MM", encoder.encode("right"), true));
    }

    private MockHttpServletResponse me(String user, String password, RequestPostProcessor address) throws Exception {
        return mvc.perform(get("/api/v1/me").with(httpBasic(user, password)).with(address))
                .andReturn()
                .getResponse();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
