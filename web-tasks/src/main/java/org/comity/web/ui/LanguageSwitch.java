package org.comity.web.ui;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The address of the page being read in the other language: the same path and query (an officer's
 * filters, the list a task was opened from) with only {@code lang} changed, so that switching the
 * language never loses where the officer was. A page shown in answer to a form (a task's errors)
 * names the address to switch on ({@code pageUrl}), since switching there must not resend the form.
 */
@ControllerAdvice(annotations = Controller.class)
class LanguageSwitch {

    /** The other language offered: 中文 for an English page, English otherwise. */
    static String otherLanguage(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? "en" : "zh";
    }

    @ModelAttribute("languageSwitch")
    Link languageSwitch(HttpServletRequest request, Locale locale) {
        boolean error = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null;
        String path = error ? attribute(request, RequestDispatcher.ERROR_REQUEST_URI, null)
                : attribute(request, RequestDispatcher.FORWARD_REQUEST_URI, request.getRequestURI());
        String query = error ? attribute(request, "jakarta.servlet.error.query_string", null)
                : attribute(request, RequestDispatcher.FORWARD_QUERY_STRING, request.getQueryString());
        String current = "GET".equals(request.getMethod()) ? path + (query == null ? "" : "?" + query) : null;
        return new Link(current, otherLanguage(locale));
    }

    private static String attribute(HttpServletRequest request, String name, String fallback) {
        Object value = request.getAttribute(name);
        return value == null ? fallback : value.toString();
    }

    /** Builds the link; {@code current} is {@code null} when the request cannot be repeated as it came. */
    record Link(String current, String language) {

        public String href(String pageUrl) {
            String base = pageUrl != null ? pageUrl : current;
            if (base == null) {
                return "/?lang=" + language;
            }
            int q = base.indexOf('?');
            String path = q < 0 ? base : base.substring(0, q);
            String kept = q < 0 ? "" : Arrays.stream(base.substring(q + 1).split("&"))
                    .filter(p -> !p.isEmpty() && !p.equals("lang") && !p.startsWith("lang=") && !p.equals("continue"))
                    .collect(Collectors.joining("&"));
            return path + "?" + (kept.isEmpty() ? "" : kept + "&") + "lang=" + language;
        }
    }
}
