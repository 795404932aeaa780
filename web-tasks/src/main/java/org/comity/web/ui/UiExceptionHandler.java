package org.comity.web.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.comity.core.failure.ConflictException;
import org.comity.core.failure.ForbiddenException;
import org.comity.core.failure.NotVisibleException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The tasklist's answer to domain failures: the error page with the right status. A case or task of
 * the other jurisdiction is the same "not found" page as one that does not exist; a query value of
 * the wrong type is a 400 page naming the parameter.
 */
@ControllerAdvice(annotations = Controller.class)
class UiExceptionHandler {

    @ExceptionHandler(NotVisibleException.class)
    String notVisible(HttpServletResponse response, Model model) {
        return page(response, model, HttpStatus.NOT_FOUND, null);
    }

    @ExceptionHandler(ForbiddenException.class)
    String forbidden(HttpServletResponse response, Model model) {
        return page(response, model, HttpStatus.FORBIDDEN, null);
    }

    @ExceptionHandler(ConflictException.class)
    String conflict(ConflictException e, HttpServletResponse response, Model model) {
        return page(response, model, HttpStatus.CONFLICT, "error.409");
    }

    /**
     * A query value of the wrong type ({@code dueWithinDays=abc}, {@code sort=FOO}) is the client's
     * error, not the server's: 400, naming the parameter and what it takes.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badParameter(MethodArgumentTypeMismatchException e, HttpServletResponse response, Model model) {
        Class<?> type = e.getRequiredType();
        model.addAttribute("badParameter", e.getName());
        if (type != null && type.isEnum()) {
            model.addAttribute(
                    "expectedValues",
                    Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", ")));
        }
        model.addAttribute(
                "expectedKey",
                type == null
                        ? "error.badParameter.expected.other"
                        : type.isEnum()
                                ? "error.badParameter.expected.choice"
                                : Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class
                                        ? "error.badParameter.expected.number"
                                        : type == Boolean.class || type == boolean.class
                                                ? "error.badParameter.expected.boolean"
                                                : "error.badParameter.expected.other");
        return page(response, model, HttpStatus.BAD_REQUEST, null);
    }

    private static String page(HttpServletResponse response, Model model, HttpStatus status, String messageKey) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("messageKey", messageKey);
        return "error";
    }
}
