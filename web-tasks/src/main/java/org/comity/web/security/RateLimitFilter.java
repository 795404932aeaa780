package org.comity.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.comity.core.identity.ActorKind;
import org.comity.web.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an authenticated API caller over its limit with {@code 429} problem+json and
 * {@code Retry-After} (whole seconds until the next window). Agencies and people have limits of their
 * own ({@link RateLimitSettings}); anonymous calls (document verification) have theirs elsewhere.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;
    private final RateLimitSettings settings;
    private final Problems problems;

    RateLimitFilter(RateLimiter limiter, RateLimitSettings settings, Problems problems) {
        this.limiter = limiter;
        this.settings = settings;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!settings.enabled()
                || authentication == null
                || !(authentication.getPrincipal() instanceof ActorPrincipal principal)) {
            chain.doFilter(request, response);
            return;
        }
        boolean agency = principal.actor().kind() == ActorKind.AGENCY;
        var wait = limiter.acquire(
                (agency ? "agency:" : "user:") + principal.actor().id(),
                agency ? settings.agencyRequests() : settings.userRequests());
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            problems.write(
                    response,
                    Problems.of(
                            HttpStatus.TOO_MANY_REQUESTS,
                            (agency ? "This agency" : "This user")
                                    + " made more than "
                                    + (agency ? settings.agencyRequests() : settings.userRequests())
                                    + " requests in " + settings.window().toSeconds() + " s; try again after " + seconds
                                    + " s"));
            return;
        }
        chain.doFilter(request, response);
    }
}
