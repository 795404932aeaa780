package org.comity.web.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.comity.web.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an API request whose declared body is larger than {@code comity.api.max-body-bytes} with
 * 413 before anything reads it. Bodies sent without a length are bounded by Jackson's document
 * limit instead (see {@code CoreConfiguration}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiBodyLimitFilter extends OncePerRequestFilter {

    private final long maxBodyBytes;
    private final Problems problems;

    ApiBodyLimitFilter(ComityProperties properties, Problems problems) {
        this.maxBodyBytes = properties.api().maxBodyBytes();
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            problems.write(response, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE,
                    "The request body is larger than " + maxBodyBytes + " bytes"));
            return;
        }
        chain.doFilter(request, response);
    }
}
