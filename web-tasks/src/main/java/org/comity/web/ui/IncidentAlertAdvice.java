package org.comity.web.ui;

import java.util.List;
import org.comity.core.identity.Actor;
import org.comity.core.incident.CaseIncidents;
import org.comity.core.incident.CaseWithIncidents;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the cases of the reader's state with open incidents on the task list page, where officers
 * look every day: a case stopped by a failed step has no task for anyone, so it would otherwise not
 * appear there at all.
 */
@ControllerAdvice(assignableTypes = TaskListController.class)
class IncidentAlertAdvice {

    private final CaseIncidents incidents;

    IncidentAlertAdvice(CaseIncidents incidents) {
        this.incidents = incidents;
    }

    @ModelAttribute("incidentCases")
    List<CaseWithIncidents> incidentCases(Actor actor) {
        return incidents.openCasesOf(actor);
    }
}
