package org.comity.web.ui;

import org.comity.core.identity.Actor;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.task.TaskFilter;
import org.comity.core.task.TaskWork;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.comity.web.security.PersonPrincipal;

/** The sign-in page and the start page with the signed-in officer's open tasks. */
@Controller
class UiController {

    private final TaskWork work;
    private final JurisdictionRegistry jurisdictions;

    UiController(TaskWork work, JurisdictionRegistry jurisdictions) {
        this.work = work;
        this.jurisdictions = jurisdictions;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal PersonPrincipal person, Actor actor, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("jurisdiction", actor.jurisdiction() == null ? null : jurisdictions.require(actor.jurisdiction()));
        if (actor.role().worksOnTasks()) {
            model.addAttribute("tasks", work.list(actor, TaskFilter.ALL, 0, 50));
        }
        return "home";
    }
}
