package org.comity.web.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.comity.core.task.TaskFilter.Assignment;
import org.comity.core.task.TaskSort;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads a {@link TaskListQuery} from the address only, never from a posted form: a task form's own
 * fields (a {@code person}, say) must not be taken for the list's filters when the form is sent to
 * an address that carries them (a GET has only its address's parameters). A value of the wrong type is refused as Spring refuses a bad
 * request parameter, so that the page and the API both answer 400 naming it.
 */
@Configuration(proxyBeanMethods = false)
class TaskListQueryResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == TaskListQuery.class;
    }

    @Override
    public TaskListQuery resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest webRequest,
            WebDataBinderFactory binders) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        Map<String, String> params = request == null
                ? Map.of()
                : "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
                        ? firstValues(request)
                        : firstValues(request.getQueryString());
        Values v = new Values(params, parameter);
        return new TaskListQuery(
                params.get("taskKey"),
                v.of("overdue", Boolean.class, TaskListQueryResolver::bool),
                v.of("assignment", Assignment.class, Assignment::valueOf),
                v.of("dueWithinDays", Integer.class, Integer::valueOf),
                params.get("caseId"),
                params.get("person"),
                v.of("sort", TaskSort.class, TaskSort::valueOf),
                v.of("page", Integer.class, Integer::valueOf));
    }

    /** Converts the parameters of one request, refusing a value that is not of its parameter's type. */
    private record Values(Map<String, String> params, MethodParameter parameter) {

        <T> T of(String name, Class<T> type, Function<String, T> parse) {
            String raw = params.get(name);
            if (raw == null || raw.isBlank()) {
                return null;
            }
            try {
                return parse.apply(raw.strip());
            } catch (IllegalArgumentException e) {
                throw new MethodArgumentTypeMismatchException(raw, type, name, parameter, e);
            }
        }
    }

    private static Boolean bool(String value) {
        if ("true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value)) {
            return Boolean.valueOf(value);
        }
        throw new IllegalArgumentException("not true or false");
    }

    /** Each parameter's first value: a GET's parameters are all in its address. */
    private static Map<String, String> firstValues(HttpServletRequest request) {
        Map<String, String> values = new HashMap<>();
        request.getParameterMap().forEach((name, given) -> {
            if (given != null && given.length > 0) {
                values.put(name, given[0]);
            }
        });
        return values;
    }

    /** Each parameter's first value, decoded as a browser's form encodes it ({@code +} for a space). */
    private static Map<String, String> firstValues(String queryString) {
        Map<String, String> values = new HashMap<>();
        if (queryString == null) {
            return values;
        }
        for (String pair : queryString.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            values.putIfAbsent(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return values;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
