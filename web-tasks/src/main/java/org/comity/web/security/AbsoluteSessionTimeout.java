package org.comity.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends an officer's session a fixed time after sign-in, however active it was: the container's
 * idle timeout alone would let a session that is used every few minutes live for ever
 * (reliability-and-security.md S4: idle 15 min, absolute 8 h). The sign-in time is kept in the
 * session at the first authenticated request; once the limit has passed the session is
 * invalidated and the officer is sent to the sign-in page with a notice.
 */
final class AbsoluteSessionTimeout extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = AbsoluteSessionTimeout.class.getName() + ".signedInAt";

    private final Duration limit;
    private final Clock clock;

    AbsoluteSessionTimeout(Duration limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (session != null
                && signedIn != null
                && signedIn.isAuthenticated()
                && !(signedIn instanceof AnonymousAuthenticationToken)) {
            Instant now = clock.instant();
            if (!(session.getAttribute(SIGNED_IN_AT) instanceof Instant since)) {
                session.setAttribute(SIGNED_IN_AT, now);
            } else if (!now.isBefore(since.plus(limit))) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + "/login?expired");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
