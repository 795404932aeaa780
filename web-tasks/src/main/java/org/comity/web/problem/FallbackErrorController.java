package org.comity.web.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Answers errors that happen outside a controller (a filter, the servlet container, an unknown
 * path): a problem response for the API, the error page for the tasklist. Replaces Boot's default,
 * whose JSON carries a timestamp and path but not the problem shape.
 */
@Controller
class FallbackErrorController implements ErrorController {

    private final Problems problems;

    FallbackErrorController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        // A tasklist page refused by a security rule is forwarded here: it answers with the error page,
        // whatever the client accepts, as a refusal inside a tasklist controller does.
        boolean refusedPage = request.getAttribute(WebAttributes.ACCESS_DENIED_403) != null;
        HttpStatus status = refusedPage ? HttpStatus.FORBIDDEN : status(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        if (DatabaseOutage.causedBy((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
            status = HttpStatus.SERVICE_UNAVAILABLE; // a filter's database call failed (e.g. an agency's token)
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
        }
        if (path.startsWith("/api/") || !(refusedPage || acceptsHtml(request))) {
            problems.write(response, Problems.of(status, detail(status)));
            return null;
        }
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        return "error";
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Not found";
            case PAYLOAD_TOO_LARGE -> "The request body is too large";
            case INTERNAL_SERVER_ERROR -> "An unexpected error occurred; it has been logged";
            case SERVICE_UNAVAILABLE -> DatabaseOutage.DETAIL;
            default -> status.getReasonPhrase();
        };
    }

    private static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }
}
