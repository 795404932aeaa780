package org.comity.web.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.comity.core.validation.TextConversions;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Opens one {@link TextConversions} scope per request, so that Burmese converted from Zawgyi while
 * the request is read is reported in its answer ({@link ConvertedTextReports}) and in its audit
 * entry, and never leaks into the next request served by the same thread.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class TextConversionScope extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try (TextConversions.Scope ignored = TextConversions.open()) {
            chain.doFilter(request, response);
        }
    }
}
