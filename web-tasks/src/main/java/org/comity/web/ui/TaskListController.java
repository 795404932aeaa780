package org.comity.web.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comity.core.form.FormRegistry;
import org.comity.core.form.LocalizedText;
import org.comity.core.identity.Actor;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.task.BulkCompletion;
import org.comity.core.task.TaskCounts;
import org.comity.core.task.TaskFilter;
import org.comity.core.task.TaskFilter.Assignment;
import org.comity.core.task.TaskKinds;
import org.comity.core.task.TaskOverview;
import org.comity.core.task.TaskPage;
import org.comity.core.task.TaskSort;
import org.comity.core.task.TaskSubject;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.validation.Uuids;
import org.comity.web.audit.Consultations;
import java.util.UUID;
import org.comity.core.task.TaskWork;
import org.comity.core.validation.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The officer's task list: filters (kind of task, claimed by me / unclaimed, overdue, due within N
 * days, case, person's name), sorting and paging, with the count of tasks under each quick filter.
 * Filtered to one kind of task, the rows can be selected for a bulk completion ({@link BulkPageController}).
 *
 * <p>A row of a task about one person (the tasks of a person's repatriation, a route decision) names
 * the person in both scripts, read from Comity's tables for the whole page at once: the officer
 * decides on a person, not on a task id. The list holds only tasks of the officer's own group, so
 * names go to nobody else; and since the page then discloses personal data, showing it is logged as
 * a consultation of each person named (EU Law Enforcement Directive Art. 25).
 */
@Controller
class TaskListController {

    static final int PAGE_SIZE = 25;
    static final String PURPOSE = "Work on the officer's own tasks about these persons";

    private final TaskWork work;
    private final TaskKinds kinds;
    private final JurisdictionRegistry jurisdictions;
    private final Consultations consultations;
    private final Map<String, LocalizedText> titles = new LinkedHashMap<>();

    TaskListController(TaskWork work, TaskKinds kinds, JurisdictionRegistry jurisdictions, FormRegistry forms,
            Consultations consultations) {
        this.work = work;
        this.consultations = consultations;
        this.kinds = kinds;
        this.jurisdictions = jurisdictions;
        forms.all().forEach(form -> titles.put(form.formKey(), form.schema().title()));
    }

    @GetMapping("/tasks")
    String list(Actor actor, @RequestParam(required = false) String taskKey,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(defaultValue = "ANY") Assignment assignment,
            @RequestParam(required = false) Integer dueWithinDays, @RequestParam(required = false) String caseId,
            @RequestParam(required = false) String person,
            @RequestParam(defaultValue = "DUE") TaskSort sort, @RequestParam(defaultValue = "0") int page, Model model,
            HttpServletResponse response) {
        if (actor.workGroup().isEmpty()) {
            return "redirect:/audit"; // an auditor works on no tasks: their home is the audit log (never a 500)
        }
        model.addAttribute("sort", sort);
        model.addAttribute("person", person);
        model.addAttribute("titles", titles);
        model.addAttribute("kinds", kinds.of(actor.role()));
        model.addAttribute("maxBulk", BulkCompletion.MAX_TASKS);
        model.addAttribute("zone", jurisdictions.require(actor.jurisdiction()).zone());
        try {
            TaskFilter filter = new TaskFilter(blankToNull(caseId), blankToNull(taskKey), overdue, assignment,
                    dueWithinDays, person);
            TaskOverview overview = work.overview(actor, filter, sort, Math.max(0, page), PAGE_SIZE);
            model.addAttribute("filter", filter);
            model.addAttribute("counts", overview.counts());
            model.addAttribute("tasks", overview.tasks());
            model.addAttribute("subjects", subjects(actor, overview.tasks()));
            model.addAttribute("personError", null);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("filter", new TaskFilter(blankToNull(caseId), blankToNull(taskKey), overdue, assignment,
                    dueWithinDays, null));
            model.addAttribute("counts", new TaskCounts(0, 0, 0, 0));
            model.addAttribute("tasks", new TaskPage(List.of(), 0, PAGE_SIZE, 0));
            model.addAttribute("subjects", Map.of());
            model.addAttribute("personError", e.errors().get(0).rule());
        }
        return "tasks";
    }

    /** The persons the page's tasks are about, their showing logged once per person. */
    private Map<String, TaskSubject> subjects(Actor actor, TaskPage page) {
        Map<String, TaskSubject> subjects = work.subjects(actor, page);
        Map<String, UUID> shown = new LinkedHashMap<>();
        subjects.values().forEach(s -> shown.putIfAbsent(s.personId(), Uuids.parse(s.caseId()).orElse(null)));
        consultations.recordEach(actor, "task.list", AuditObjectType.PERSON, shown, PURPOSE);
        return subjects;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
