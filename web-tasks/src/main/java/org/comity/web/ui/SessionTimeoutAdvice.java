package org.comity.web.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells each page how long its session lasts without a request and when to warn, so that the page
 * can warn the officer a few minutes before the session ends and offer to stay signed in (the
 * layout's session dialog, {@code session-timeout.js}): a form typed for longer than the idle
 * timeout is otherwise lost.
 */
@ControllerAdvice(annotations = Controller.class)
class SessionTimeoutAdvice {

    /** The warning comes this long before the end; a short timeout (a test's) is warned at two thirds. */
    static final int WARN_BEFORE_SECONDS = 180;

    /** The idle timeout and how long before its end the warning comes, both in seconds. */
    record SessionTimes(int idleSeconds, int warnBeforeSeconds) {

        public int warnBeforeMinutes() {
            return Math.max(1, (warnBeforeSeconds + 59) / 60);
        }
    }

    @ModelAttribute("sessionTimes")
    SessionTimes sessionTimes(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || session.getMaxInactiveInterval() <= 0) {
            return null;
        }
        int idle = session.getMaxInactiveInterval();
        return new SessionTimes(idle, idle >= 3 * WARN_BEFORE_SECONDS ? WARN_BEFORE_SECONDS : idle / 3);
    }
}
