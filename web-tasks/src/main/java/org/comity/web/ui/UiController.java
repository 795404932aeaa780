package org.comity.web.ui;

import org.comity.core.identity.Actor;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.web.security.PersonPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the start page: officers go to their tasks, auditors to their overview. */
@Controller
class UiController {

    private final JurisdictionRegistry jurisdictions;

    UiController(JurisdictionRegistry jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal PersonPrincipal person, Actor actor, Model model) {
        if (actor.role().worksOnTasks()) {
            return "redirect:/tasks";
        }
        model.addAttribute("person", person);
        model.addAttribute(
                "jurisdiction", actor.jurisdiction() == null ? null : jurisdictions.require(actor.jurisdiction()));
        return "home";
    }
}
