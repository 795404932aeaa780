package org.comity.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt while {@link LoginThrottle} holds the user name or address back, before
 * the password is even checked. On the API that is a 429 with {@code Retry-After}; in the UI the
 * login page says so. An access token (a signed JWT, which cannot be guessed) is no sign-in attempt
 * and costs no look-up.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    /** How a refused attempt is answered in the chain the filter belongs to. */
    interface Refusal {
        void refuse(HttpServletRequest request, HttpServletResponse response, Duration retryAfter) throws IOException;
    }

    private final LoginThrottle throttle;
    private final boolean formLogin;
    private final Refusal refusal;

    LoginThrottleFilter(LoginThrottle throttle, boolean formLogin, Refusal refusal) {
        this.throttle = throttle;
        this.formLogin = formLogin;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean attempt = formLogin
                ? "POST".equals(request.getMethod())
                        && (request.getContextPath() + "/login").equals(request.getRequestURI())
                : request.getHeader("Authorization") != null
                        && !AccessTokens.isAccessToken(request.getHeader("Authorization"));
        if (attempt) {
            var wait = throttle.retryAfter(
                    formLogin ? request.getParameter("username") : basicUser(request), request.getRemoteAddr());
            if (wait.isPresent()) {
                refusal.refuse(request, response, wait.get());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static String basicUser(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
