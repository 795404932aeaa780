package org.comity.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The tasklist's answer to a refused request, where a bare 403 would mislead the officer:
 * <ul>
 * <li>A form sent after the session has ended (the idle timeout passed while the officer was
 * typing) fails the CSRF check, since the token lived in the lost session. That is not an attack
 * to refuse but a sign-in to repeat: a task's form goes back to its task page (marked
 * {@code sessionEnded}), which asks for the sign-in and then reopens, where the browser restores
 * the typed values; any other form goes to the sign-in page with the session-ended notice (the
 * sign-in form itself to a fresh sign-in page). A form without its token sent with no session, or
 * by someone signed in, is still refused.</li>
 * <li>An address no page answers is "not found", not "forbidden": the rule "deny what is not
 * allowed" refuses it before Spring MVC can say that it does not exist.</li>
 * </ul>
 * Everything else goes to the given handler.
 */
final class UiAccessDenied implements AccessDeniedHandler {

    private static final Pattern TASK_FORM = Pattern.compile("/tasks/([A-Za-z0-9-]{1,64})/(complete|claim|unclaim)");

    private final AccessDeniedHandler otherwise;
    private final HandlerMapping pages;

    UiAccessDenied(AccessDeniedHandler otherwise, HandlerMapping pages) {
        this.otherwise = otherwise;
        this.pages = pages;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        if (e instanceof CsrfException && sessionEnded(request) && !signedIn()) {
            response.sendRedirect(request.getContextPath() + afterLostSubmission(request));
        } else if (signedIn() && !answered(request)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else {
            otherwise.handle(request, response, e);
        }
    }

    /** Where a form the ended session lost leads: its task's page, with the list it came from. */
    static String afterLostSubmission(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher task = TASK_FORM.matcher(path);
        if (!task.matches()) {
            return "/login".equals(path) ? "/login" : "/login?expired";
        }
        String query = request.getQueryString();
        return "/tasks/" + task.group(1) + "?" + (query == null || query.isBlank() ? "" : query + "&")
                + "sessionEnded=true";
    }

    /** Whether the request came with a session the server no longer has (ended while the form was open). */
    private static boolean sessionEnded(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** Whether a controller answers the request's path (with this or another method). */
    private boolean answered(HttpServletRequest request) {
        boolean parsed = ServletRequestPathUtils.hasParsedRequestPath(request);
        if (!parsed) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        try {
            return pages.getHandler(request) != null;
        } catch (Exception matchedWithAnotherMethod) {
            return true;
        } finally {
            if (!parsed) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }
}
