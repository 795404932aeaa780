package org.comity.web.ui;

import java.time.LocalDate;
import org.comity.core.identity.Actor;
import org.comity.core.jurisdiction.JurisdictionClock;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * "Today" for the date inputs of task forms ({@code form-fields.html}: a past date's {@code max}, a
 * future date's {@code min}). An officer sees only their own state's tasks, and that state performs
 * the act the form records, so the date is the officer's state's, the same the server validates with.
 */
@ControllerAdvice(assignableTypes = {TaskPageController.class, BulkPageController.class})
class TaskFormToday {

    private final JurisdictionClock clock;

    TaskFormToday(JurisdictionClock clock) {
        this.clock = clock;
    }

    @ModelAttribute("today")
    LocalDate today(Actor actor) {
        return clock.today(actor.jurisdiction());
    }
}
