package org.comity.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.comity.web.problem.DatabaseOutage;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With sessions in the database ({@link SharedSessions}), a database outage also makes sessions
 * unreadable and unwritable, which would surface as a server error from the session filter, before
 * and after everything else. Wrapped around that filter, this answers as Comity answers an outage
 * elsewhere: a sign-in attempt is sent to the sign-in page's "could not be checked" notice, any other
 * page gets 503 with {@code Retry-After}. The API uses no session; its outages keep their problem+json
 * answer from the error handling further on.
 */
final class SessionStoreOutage extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!DatabaseOutage.causedBy(e)
                    || response.isCommitted()
                    || request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                throw e;
            }
            response.reset();
            if ("POST".equals(request.getMethod())
                    && (request.getContextPath() + "/login").equals(request.getRequestURI())) {
                response.sendRedirect(request.getContextPath() + "/login?unavailable");
                return;
            }
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream()
                    .write("Comity cannot reach its database; try again shortly.\n".getBytes(StandardCharsets.UTF_8));
        }
    }
}
