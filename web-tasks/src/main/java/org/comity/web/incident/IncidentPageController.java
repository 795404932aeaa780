package org.comity.web.incident;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.comity.core.failure.ConflictException;
import org.comity.core.identity.Actor;
import org.comity.core.incident.CaseIncident;
import org.comity.core.incident.CaseIncidents;
import org.comity.core.incident.IncidentRetry;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The incidents page: supervisors see their state's failed steps with a Retry button, auditors see
 * all (without the button). The same services as {@code /api/v1/incidents}; a retry is audited there.
 */
@Controller
class IncidentPageController {

    static final int PAGE_SIZE = 50;

    private final CaseIncidents incidents;
    private final IncidentRetry retry;
    private final JurisdictionRegistry jurisdictions;

    IncidentPageController(CaseIncidents incidents, IncidentRetry retry, JurisdictionRegistry jurisdictions) {
        this.incidents = incidents;
        this.retry = retry;
        this.jurisdictions = jurisdictions;
    }

    @GetMapping("/incidents")
    String list(
            Actor actor,
            @RequestParam(defaultValue = "true") boolean open,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("incidents", incidents.page(actor, null, open, Math.max(0, page), PAGE_SIZE));
        model.addAttribute("openOnly", open);
        model.addAttribute("canRetry", actor.role() == org.comity.core.identity.Role.SUPERVISOR);
        model.addAttribute("zone", zone(actor));
        return "incident-list";
    }

    @PostMapping("/incidents/{id}/retry")
    String retry(Actor actor, @PathVariable String id, RedirectAttributes redirect) {
        try {
            CaseIncident retried = retry.retry(actor, id);
            redirect.addFlashAttribute("retried", retried.caseReference());
        } catch (ConflictException notOpen) {
            redirect.addFlashAttribute("notOpen", true);
        }
        return "redirect:/incidents";
    }

    private ZoneId zone(Actor actor) {
        return actor.jurisdiction() == null
                ? ZoneOffset.UTC
                : jurisdictions.require(actor.jurisdiction()).zone();
    }
}
