package org.comity.web.ui;

import jakarta.servlet.http.HttpServletResponse;
import org.comity.core.failure.ConflictException;
import org.comity.core.failure.ForbiddenException;
import org.comity.core.failure.NotVisibleException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The tasklist's answer to domain failures: the error page with the right status. A case or task of
 * the other jurisdiction is the same "not found" page as one that does not exist.
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

    private static String page(HttpServletResponse response, Model model, HttpStatus status, String messageKey) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("messageKey", messageKey);
        return "error";
    }
}
