package org.comity.web.verification;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.comity.web.problem.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies {@link LookupLimit} to the public verification page and endpoint, and to nothing else:
 * over the limit the endpoint answers 429 problem+json and the page the error page, both with
 * {@code Retry-After}.
 */
@Component
class LookupLimitFilter extends OncePerRequestFilter {

    private final LookupLimit limit;
    private final Problems problems;

    LookupLimitFilter(
            @Value("${comity.verification.lookups-per-minute:30}") int perMinute, Clock clock, Problems problems) {
        this.limit = new LookupLimit(perMinute, clock);
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals("/verify") || path.startsWith("/api/v1/verification/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Duration wait = limit.acquire(request.getRemoteAddr());
        if (wait.isZero()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
        if (request.getRequestURI().contains("/api/")) {
            problems.write(
                    response,
                    Problems.of(
                            HttpStatus.TOO_MANY_REQUESTS,
                            "Too many verification lookups from this address; try again later"));
        } else {
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
        }
    }
}
