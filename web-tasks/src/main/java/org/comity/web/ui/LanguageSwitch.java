package org.comity.web.ui;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The address of the page being read in each other offered language ({@link PageLanguages}): the same path and query (an officer's
 * filters, the list a task was opened from) with only {@code lang} changed, so that switching the
 * language never loses where the officer was. A page shown in answer to a form (a task's errors)
 * names the address to switch on ({@code pageUrl}), since switching there must not resend the form.
 */
@ControllerAdvice(annotations = Controller.class)
class LanguageSwitch {

    private final PageLanguages languages;
    private final MessageSource messages;

    LanguageSwitch(PageLanguages languages, MessageSource messages) {
        this.languages = languages;
        this.messages = messages;
    }

    /** A link to each other offered language, named in its own language ("中文" on an English page). */
    @ModelAttribute("languageSwitch")
    List<Offer> languageSwitch(HttpServletRequest request, Locale locale) {
        boolean error = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null;
        String path = error
                ? attribute(request, RequestDispatcher.ERROR_REQUEST_URI, null)
                : attribute(request, RequestDispatcher.FORWARD_REQUEST_URI, request.getRequestURI());
        String query = error
                ? attribute(request, "jakarta.servlet.error.query_string", null)
                : attribute(request, RequestDispatcher.FORWARD_QUERY_STRING, request.getQueryString());
        String current = "GET".equals(request.getMethod()) ? path + (query == null ? "" : "?" + query) : null;
        return languages.others(locale).stream()
                .map(language -> new Offer(
                        new Link(current, language.getLanguage()),
                        messages.getMessage("language.self", null, language)))
                .toList();
    }

    /** A language to switch to: the link, and the language's name in itself. */
    record Offer(Link link, String name) {}

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
            String kept = q < 0
                    ? ""
                    : Arrays.stream(base.substring(q + 1).split("&"))
                            .filter(p -> !p.isEmpty()
                                    && !p.equals("lang")
                                    && !p.startsWith("lang=")
                                    && !p.equals("continue"))
                            .collect(Collectors.joining("&"));
            return path + "?" + (kept.isEmpty() ? "" : kept + "&") + "lang=" + language;
        }
    }
}
