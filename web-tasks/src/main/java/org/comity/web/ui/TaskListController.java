package org.comity.web.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import org.comity.core.form.FormRegistry;
import org.comity.core.form.LocalizedText;
import org.comity.core.identity.Actor;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.task.TaskFilter;
import org.comity.core.task.TaskFilter.Assignment;
import org.comity.core.task.TaskSort;
import org.comity.core.task.TaskWork;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The officer's task list: filters (kind of task, claimed by me / unclaimed, overdue, due within N
 * days, case), sorting and paging, with the count of tasks under each quick filter.
 */
@Controller
class TaskListController {

    static final int PAGE_SIZE = 25;

    private final TaskWork work;
    private final JurisdictionRegistry jurisdictions;
    private final Map<String, LocalizedText> titles = new LinkedHashMap<>();

    TaskListController(TaskWork work, JurisdictionRegistry jurisdictions, FormRegistry forms) {
        this.work = work;
        this.jurisdictions = jurisdictions;
        forms.all().forEach(form -> titles.put(form.formKey(), form.schema().title()));
    }

    @GetMapping("/tasks")
    String list(Actor actor, @RequestParam(required = false) String taskKey,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(defaultValue = "ANY") Assignment assignment,
            @RequestParam(required = false) Integer dueWithinDays, @RequestParam(required = false) String caseId,
            @RequestParam(defaultValue = "DUE") TaskSort sort, @RequestParam(defaultValue = "0") int page, Model model) {
        TaskFilter filter = new TaskFilter(blankToNull(caseId), blankToNull(taskKey), overdue, assignment,
                dueWithinDays == null ? null : Math.max(0, Math.min(dueWithinDays, 3650)));
        TaskFilter base = new TaskFilter(filter.caseId(), filter.taskKey(), null, Assignment.ANY, null);
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("all", work.count(actor, base));
        counts.put("mine", work.count(actor, base.withAssignment(Assignment.MINE)));
        counts.put("unclaimed", work.count(actor, base.withAssignment(Assignment.UNCLAIMED)));
        counts.put("overdue", work.count(actor, base.withOverdue(true)));
        model.addAttribute("tasks", work.list(actor, filter, sort, Math.max(0, page), PAGE_SIZE));
        model.addAttribute("filter", filter);
        model.addAttribute("sort", sort);
        model.addAttribute("counts", counts);
        model.addAttribute("titles", titles);
        model.addAttribute("zone", jurisdictions.require(actor.jurisdiction()).zone());
        return "tasks";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
