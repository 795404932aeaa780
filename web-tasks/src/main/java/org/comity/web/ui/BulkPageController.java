package org.comity.web.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.comity.core.form.FormSchema;
import org.comity.core.identity.Actor;
import org.comity.core.task.BulkCompletion;
import org.comity.core.task.BulkResult;
import org.comity.core.task.TaskFilter;
import org.comity.core.task.TaskFilter.Assignment;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Completing many tasks of one kind at once: the tasks selected on the task list, or all those
 * matching its filter (their ids resolved here, at most {@value BulkCompletion#MAX_TASKS}), get one
 * form rendered from its definition like the task page. Submitted values are checked against the
 * form first (errors inline, values kept, nothing completed); then {@link BulkCompletion} completes
 * each task on its own and the results page shows each task's outcome. The ids travel in one hidden
 * field, so the tasks completed are exactly those counted on the form.
 */
@Controller
class BulkPageController {

    /** The hidden fields of bulk.html: the ids, comma-separated, and the kind for the way back. */
    static final String IDS = "bulk.taskIds";
    static final String KIND = "bulk.taskKey";
    private static final Pattern TASK_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final BulkCompletion bulk;

    BulkPageController(BulkCompletion bulk) {
        this.bulk = bulk;
    }

    @GetMapping("/tasks/bulk")
    String form(Actor actor, @RequestParam(required = false) String taskKey,
            @RequestParam(defaultValue = "selected") String scope,
            @RequestParam(name = "taskId", required = false) List<String> selected,
            @RequestParam(required = false) Boolean overdue, @RequestParam(defaultValue = "ANY") Assignment assignment,
            @RequestParam(required = false) Integer dueWithinDays, @RequestParam(required = false) String caseId,
            @RequestParam(required = false) String person, Model model, RedirectAttributes redirect) {
        List<String> ids;
        try {
            TaskFilter filter = new TaskFilter(blankToNull(caseId), blankToNull(taskKey), overdue, assignment,
                    dueWithinDays, person);
            ids = "all".equals(scope) ? bulk.matching(actor, filter) : selection(selected);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("bulkError", refusal(e));
            return "redirect:" + UriComponentsBuilder.fromPath("/tasks")
                    .queryParamIfPresent("taskKey", Optional.ofNullable(blankToNull(taskKey)))
                    .queryParamIfPresent("caseId", Optional.ofNullable(blankToNull(caseId)))
                    .queryParam("assignment", assignment)
                    .queryParamIfPresent("overdue", Optional.ofNullable(overdue))
                    .queryParamIfPresent("dueWithinDays", Optional.ofNullable(dueWithinDays))
                    .queryParamIfPresent("person", Optional.ofNullable(blankToNull(person)))
                    .build().encode().toUriString();
        }
        return render(bulk.form(actor, ids), ids, taskKey, Map.of(), Map.of(), model);
    }

    @PostMapping("/tasks/bulk")
    String complete(Actor actor, @RequestParam MultiValueMap<String, String> params, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        List<String> ids;
        try {
            ids = selection(params.get(IDS));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("bulkError", refusal(e));
            return "redirect:/tasks";
        }
        FormSchema form = bulk.form(actor, ids);
        Map<String, Object> submitted = TaskPageController.submitted(form, params);
        List<FieldError> errors = new ArrayList<>();
        if (form.consequential() && !"true".equals(params.getFirst(TaskPageController.CONFIRMED))) {
            errors.add(new FieldError(TaskPageController.CONFIRMED, "Confirmed", "confirm"));
        }
        try {
            bulk.check(actor, form.formKey(), submitted);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            response.setStatus(422);
            return render(form, ids, params.getFirst(KIND), submitted,
                    TaskPageController.errorsByField(new InvalidInputException(errors)), model);
        }
        BulkResult result = bulk.complete(actor, form.formKey(), ids, submitted);
        model.addAttribute("result", result);
        model.addAttribute("form", form);
        model.addAttribute("taskKey", params.getFirst(KIND));
        return "bulk-result";
    }

    /** The message key of why the selection was refused, e.g. {@code taskIds.Max} or {@code person}. */
    private static String refusal(InvalidInputException e) {
        FieldError error = e.errors().get(0);
        return "person".equals(error.field()) ? error.field() : error.field() + "." + error.rule();
    }

    private static String render(FormSchema form, List<String> ids, String taskKey, Map<String, Object> values,
            Map<String, List<String>> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("ids", ids);
        model.addAttribute("idList", String.join(",", ids));
        model.addAttribute("taskKey", taskKey);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "bulk";
    }

    /**
     * The distinct ids, given as repeated parameters or comma-separated. 422 if none, more than
     * {@value BulkCompletion#MAX_TASKS}, or any that cannot be a task id: the list comes back from
     * the browser, and a tampered one is refused whole rather than completed in part.
     */
    private static List<String> selection(List<String> given) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (String value : given == null ? List.<String>of() : given) {
            for (String id : value.split(",")) {
                String stripped = id.strip();
                if (stripped.isEmpty()) {
                    continue;
                }
                if (!TASK_ID.matcher(stripped).matches()) {
                    throw new InvalidInputException(List.of(new FieldError("taskIds", "Pattern",
                            "must be task ids of letters, digits and hyphens")));
                }
                ids.add(stripped);
            }
        }
        if (ids.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldError("taskIds", "Size", "must select at least one task")));
        }
        if (ids.size() > BulkCompletion.MAX_TASKS) {
            throw new InvalidInputException(List.of(new FieldError("taskIds", "Max",
                    "must select at most " + BulkCompletion.MAX_TASKS + " tasks")));
        }
        return new ArrayList<>(ids);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
