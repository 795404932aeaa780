package org.comity.web.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.comity.core.identity.Actor;
import org.comity.core.identity.CandidateGroups;
import org.comity.core.identity.Role;
import org.comity.core.identity.UserAccount;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.task.EscalationCounts;
import org.comity.core.task.TaskAssignment;
import org.comity.core.task.TaskEscalation;
import org.comity.core.task.TaskFilter;
import org.comity.core.task.TaskPage;
import org.comity.core.task.TaskView;
import org.comity.core.validation.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The supervisor's escalation view: the officers' open, overdue and soon-due tasks per officer and
 * kind (each count links to the tasks behind it), unclaimed overdue work first and highlighted; and
 * on the list behind a count, a task given to a named officer or moved to another with a reason.
 */
@Controller
class EscalationPageController {

    static final int PAGE_SIZE = 25;

    private final TaskEscalation escalation;
    private final TaskAssignment assignment;
    private final ActivityLabels labels;
    private final JurisdictionRegistry jurisdictions;

    EscalationPageController(
            TaskEscalation escalation,
            TaskAssignment assignment,
            ActivityLabels labels,
            JurisdictionRegistry jurisdictions) {
        this.escalation = escalation;
        this.assignment = assignment;
        this.labels = labels;
        this.jurisdictions = jurisdictions;
    }

    @GetMapping("/escalation")
    String counts(
            Actor actor,
            @RequestParam(defaultValue = "" + TaskEscalation.DEFAULT_DUE_WITHIN_DAYS) int dueWithinDays,
            Model model,
            Locale locale) {
        EscalationCounts counts = escalation.counts(actor, dueWithinDays);
        Map<String, List<EscalationCounts.Row>> holders = counts.byHolder();
        Map<String, EscalationCounts.Row> totals = new LinkedHashMap<>();
        holders.forEach((holder, rows) -> totals.put(holder, EscalationCounts.total(holder, rows)));
        Map<String, String> kinds = new LinkedHashMap<>();
        counts.rows().forEach(row -> kinds.computeIfAbsent(row.taskKey(), key -> labels.of(key, null, locale)));
        model.addAttribute("days", counts.dueWithinDays());
        model.addAttribute("holders", holders);
        model.addAttribute("totals", totals);
        model.addAttribute("kinds", kinds);
        model.addAttribute("names", names(counts.officers()));
        model.addAttribute("nobody", EscalationCounts.NOBODY);
        return "escalation";
    }

    @GetMapping("/escalation/tasks")
    String tasks(
            Actor actor,
            @RequestParam(required = false) String assignee,
            @RequestParam(required = false) String taskKey,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) Integer dueWithinDays,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            Locale locale) {
        String holder = blankToNull(assignee);
        String kind = blankToNull(taskKey);
        TaskPage tasks = escalation.tasks(actor, holder, kind, overdue, dueWithinDays, page, PAGE_SIZE);
        List<UserAccount> officers =
                assignment.candidates(actor, List.of(CandidateGroups.of(actor.jurisdiction(), Role.OFFICER)));
        Map<String, String> titles = new LinkedHashMap<>();
        tasks.items().forEach(t -> titles.computeIfAbsent(t.taskKey(), key -> labels.of(key, null, locale)));
        model.addAttribute("tasks", tasks);
        model.addAttribute("titles", titles);
        model.addAttribute("officers", officers);
        model.addAttribute("names", names(officers));
        model.addAttribute("holder", holder);
        model.addAttribute("taskKey", kind);
        model.addAttribute("kindLabel", kind == null ? null : labels.of(kind, null, locale));
        model.addAttribute("overdue", overdue);
        model.addAttribute("dueWithinDays", dueWithinDays);
        model.addAttribute("nobody", EscalationCounts.NOBODY);
        model.addAttribute("zone", jurisdictions.require(actor.jurisdiction()).zone());
        model.addAttribute("maxReason", TaskAssignment.MAX_REASON);
        return "escalation-tasks";
    }

    /** Assigns or reassigns, then returns to the same list; a refusal is shown there, next to the task. */
    @PostMapping("/escalation/tasks/{id}/assignee")
    String assign(
            Actor actor,
            @PathVariable String id,
            @RequestParam(required = false) String assignee,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String holder,
            @RequestParam(required = false) String taskKey,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) Integer dueWithinDays,
            RedirectAttributes redirect,
            Locale locale,
            HttpServletResponse response) {
        try {
            TaskView task = assignment.assign(actor, id, assignee, reason);
            redirect.addFlashAttribute("assigned", labels.of(task.taskKey(), null, locale));
            redirect.addFlashAttribute("assignedTo", task.assignee());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("refusedTask", id);
            redirect.addFlashAttribute(
                    "refusals",
                    e.errors().stream()
                            .map(err -> "escalation.refused." + err.field() + "." + err.rule())
                            .distinct()
                            .toList());
        }
        UriComponentsBuilder back = UriComponentsBuilder.fromPath("/escalation/tasks");
        if (blankToNull(holder) != null) {
            back.queryParam("assignee", holder);
        }
        if (blankToNull(taskKey) != null) {
            back.queryParam("taskKey", taskKey);
        }
        if (overdue) {
            back.queryParam("overdue", true);
        }
        if (dueWithinDays != null) {
            back.queryParam("dueWithinDays", Math.max(0, Math.min(dueWithinDays, TaskFilter.MAX_DUE_WITHIN_DAYS)));
        }
        return "redirect:" + back.encode().build().toUriString();
    }

    private static Map<String, String> names(List<UserAccount> people) {
        Map<String, String> names = new LinkedHashMap<>();
        people.forEach(p -> names.put(p.username(), p.displayName()));
        return names;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
