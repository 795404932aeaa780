package org.comity.web.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.comity.core.identity.Actor;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.task.BulkCompletion;
import org.comity.core.task.TaskCounts;
import org.comity.core.task.TaskFilter;
import org.comity.core.task.TaskKinds;
import org.comity.core.task.TaskOverview;
import org.comity.core.task.TaskPage;
import org.comity.core.task.TaskSort;
import org.comity.core.task.TaskWork;
import org.comity.core.validation.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The officer's task list: filters (kind of task, claimed by me / unclaimed, overdue, due within N
 * days, case, person's name), sorting and paging, with the count of tasks under each quick filter.
 * Filtered to one kind of task, the rows can be selected for a bulk completion ({@link BulkPageController}).
 *
 * <p>A row of a task about one person (the tasks of a person's repatriation, a route decision) names
 * the person in both scripts ({@link TaskRows}): the officer decides on a person, not on a task id.
 * Each task link carries the list's query ({@link TaskListQuery}), so that the task page can go on
 * to the next task of the same list and back to it.
 */
@Controller
class TaskListController {

    static final int PAGE_SIZE = 25;

    private final TaskWork work;
    private final TaskKinds kinds;
    private final JurisdictionRegistry jurisdictions;
    private final TaskRows rows;

    TaskListController(TaskWork work, TaskKinds kinds, JurisdictionRegistry jurisdictions, TaskRows rows) {
        this.work = work;
        this.kinds = kinds;
        this.jurisdictions = jurisdictions;
        this.rows = rows;
    }

    @GetMapping("/tasks")
    String list(Actor actor, TaskListQuery query, Model model, HttpServletResponse response) {
        if (actor.workGroup().isEmpty()) {
            return "redirect:/audit"; // an auditor works on no tasks: their home is the audit log (never a 500)
        }
        TaskSort sort = query.sortOrDefault();
        model.addAttribute("sort", sort);
        model.addAttribute("person", query.person());
        model.addAttribute("titles", rows.titles());
        model.addAttribute("kinds", kinds.of(actor.role()));
        model.addAttribute("maxBulk", BulkCompletion.MAX_TASKS);
        model.addAttribute("zone", jurisdictions.require(actor.jurisdiction()).zone());
        model.addAttribute("listQuery", query);
        try {
            TaskFilter filter = query.filter();
            TaskOverview overview = work.overview(actor, filter, sort, query.page(), PAGE_SIZE);
            model.addAttribute("filter", filter);
            model.addAttribute("counts", overview.counts());
            model.addAttribute("tasks", overview.tasks());
            model.addAttribute("subjects", rows.subjects(actor, overview.tasks()));
            model.addAttribute("personError", null);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute(
                    "filter",
                    new TaskFilter(
                            query.caseId(),
                            query.taskKey(),
                            query.overdue(),
                            query.assignment(),
                            query.dueWithinDays(),
                            null));
            model.addAttribute("counts", new TaskCounts(0, 0, 0, 0));
            model.addAttribute("tasks", new TaskPage(List.of(), 0, PAGE_SIZE, 0));
            model.addAttribute("subjects", Map.of());
            model.addAttribute("personError", e.errors().get(0).rule());
        }
        return "tasks";
    }
}
