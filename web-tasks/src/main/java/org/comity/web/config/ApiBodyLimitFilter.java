package org.comity.web.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.comity.web.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds every API request body to {@code comity.api.max-body-bytes}, however it is sent: a body
 * that declares a larger length is refused with 413 before anything reads it; any other body
 * (chunked transfer encoding declares no length) is read through a {@link BoundedBodyStream} that
 * counts the bytes actually read and fails at the first byte past the limit, which the API's
 * exception handler answers with 413. So a 200 MB chunked upload costs at most the limit in memory.
 * JSON and CSV bodies are also checked to be well-formed UTF-8 as they are read.
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
            problems.write(
                    response,
                    Problems.of(
                            HttpStatus.PAYLOAD_TOO_LARGE,
                            "The request body is larger than " + maxBodyBytes + " bytes"));
            return;
        }
        chain.doFilter(new Bounded(request, maxBodyBytes, isText(request.getContentType())), response);
    }

    private static boolean isText(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        return type.contains("json") || type.startsWith("text/");
    }

    /** The request with its body read through a {@link BoundedBodyStream}. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long maxBytes;
        private final boolean checkUtf8;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long maxBytes, boolean checkUtf8) {
            super(request);
            this.maxBytes = maxBytes;
            this.checkUtf8 = checkUtf8;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new BoundedBodyStream(super.getInputStream(), maxBytes, checkUtf8);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
