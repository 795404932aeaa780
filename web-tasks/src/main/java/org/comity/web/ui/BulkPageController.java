package org.comity.web.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.form.FormDefinition;
import org.comity.core.form.FormSchema;
import org.comity.core.identity.Actor;
import org.comity.core.task.BulkCompletion;
import org.comity.core.task.BulkResult;
import org.comity.core.task.BulkRows;
import org.comity.core.task.TaskFilter;
import org.comity.core.task.TaskFilter.Assignment;
import org.comity.core.task.TaskSubject;
import org.comity.core.task.TaskWork;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.comity.core.validation.Uuids;
import org.comity.web.audit.Consultations;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 *
 * <p>Each row names the person its task is about, so the officer sees who is affected. A field whose
 * value is each person's own ({@link org.comity.core.task.PerTaskValue}, e.g. a travel document's
 * number) is asked once per row (typed, or pasted as CSV lines {@code taskId,value...}); a value
 * given to two rows, or already stored for another person, refuses the whole submission naming the
 * rows. A decision with legal consequences (the form's, or a chosen option's, e.g. nationality not
 * confirmed) needs the officer's explicit confirmation for the persons listed.
 */
@Controller
class BulkPageController {

    /** The hidden fields of bulk.html: the ids, comma-separated, and the kind for the way back. */
    static final String IDS = "bulk.taskIds";

    static final String KIND = "bulk.taskKey";
    private static final Pattern TASK_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final BulkCompletion bulk;
    private final TaskWork work;
    private final Consultations consultations;
    private final MessageSource messages;

    BulkPageController(BulkCompletion bulk, TaskWork work, Consultations consultations, MessageSource messages) {
        this.bulk = bulk;
        this.work = work;
        this.consultations = consultations;
        this.messages = messages;
    }

    @GetMapping("/tasks/bulk")
    String form(
            Actor actor,
            @RequestParam(required = false) String taskKey,
            @RequestParam(defaultValue = "selected") String scope,
            @RequestParam(name = "taskId", required = false) List<String> selected,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(defaultValue = "ANY") Assignment assignment,
            @RequestParam(required = false) Integer dueWithinDays,
            @RequestParam(required = false) String caseId,
            @RequestParam(required = false) String person,
            Model model,
            RedirectAttributes redirect) {
        List<String> ids;
        try {
            TaskFilter filter = new TaskFilter(
                    blankToNull(caseId), blankToNull(taskKey), overdue, assignment, dueWithinDays, person);
            ids = "all".equals(scope) ? bulk.matching(actor, filter) : selection(selected);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("bulkError", refusal(e));
            return "redirect:"
                    + UriComponentsBuilder.fromPath("/tasks")
                            .queryParamIfPresent("taskKey", Optional.ofNullable(blankToNull(taskKey)))
                            .queryParamIfPresent("caseId", Optional.ofNullable(blankToNull(caseId)))
                            .queryParam("assignment", assignment)
                            .queryParamIfPresent("overdue", Optional.ofNullable(overdue))
                            .queryParamIfPresent("dueWithinDays", Optional.ofNullable(dueWithinDays))
                            .queryParamIfPresent("person", Optional.ofNullable(blankToNull(person)))
                            .build()
                            .encode()
                            .toUriString();
        }
        return render(actor, bulk.form(actor, ids), ids, taskKey, Map.of(), Map.of(), Map.of(), model);
    }

    @PostMapping("/tasks/bulk")
    String complete(
            Actor actor,
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        List<String> ids;
        try {
            ids = selection(params.get(IDS));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("bulkError", refusal(e));
            return "redirect:/tasks";
        }
        FormSchema form = bulk.form(actor, ids);
        FormDefinition<?> definition =
                bulk.definition(actor, form.formKey(), ids).orElseThrow();
        List<String> perTask = BulkRows.perTaskFields(definition);
        Map<String, Object> submitted = TaskPageController.submitted(common(form, perTask), params);
        List<FieldError> errors = new ArrayList<>();
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        try {
            rows = BulkRowValues.of(ids, perTask, params);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (BulkRows.consequential(definition, submitted)
                && !"true".equals(params.getFirst(TaskPageController.CONFIRMED))) {
            errors.add(new FieldError(TaskPageController.CONFIRMED, "Confirmed", "confirm"));
        }
        Map<String, List<String>> rowErrors = new LinkedHashMap<>();
        if (perTask.isEmpty()) {
            try {
                bulk.check(actor, form.formKey(), submitted);
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        } else if (errors.isEmpty()) {
            rowErrors = checkRows(actor, definition, ids, submitted, rows, errors);
        }
        if (!errors.isEmpty() || !rowErrors.isEmpty()) {
            response.setStatus(422);
            return render(
                    actor,
                    form,
                    ids,
                    params.getFirst(KIND),
                    submitted,
                    rows,
                    withRowErrors(errorsByField(errors), rowErrors),
                    model);
        }
        BulkResult result = bulk.complete(actor, form.formKey(), ids, submitted, rows);
        model.addAttribute("result", result);
        model.addAttribute("form", form);
        model.addAttribute("taskKey", params.getFirst(KIND));
        return "bulk-result";
    }

    /**
     * Every row checked before any task is completed; errors by row ({@code taskId.field}), a value
     * given to several rows named with the other rows' numbers and persons. Errors of the common
     * values are added to {@code common}.
     */
    private Map<String, List<String>> checkRows(
            Actor actor,
            FormDefinition<?> definition,
            List<String> ids,
            Map<String, Object> submitted,
            Map<String, Map<String, Object>> rows,
            List<FieldError> common) {
        Map<String, Map<String, Object>> merged = new LinkedHashMap<>();
        rows.forEach((id, own) -> {
            Map<String, Object> values = new LinkedHashMap<>(submitted);
            values.putAll(own);
            merged.put(id, values);
        });
        Map<String, TaskSubject> subjects = work.subjectsOf(actor, ids);
        Map<String, List<String>> byRow = new LinkedHashMap<>();
        for (BulkRows.Duplicate d : BulkRows.duplicates(definition, merged)) {
            for (String id : d.taskIds()) {
                List<String> others = d.taskIds().stream()
                        .filter(o -> !o.equals(id))
                        .map(o -> rowName(ids.indexOf(o) + 1, subjects.get(o)))
                        .toList();
                byRow.computeIfAbsent(id + "." + d.field(), k -> new ArrayList<>())
                        .add(messages.getMessage(
                                "bulk.row.duplicate",
                                new Object[] {String.join("; ", others)},
                                LocaleContextHolder.getLocale()));
            }
        }
        try {
            bulk.checkRows(actor, definition, merged, true);
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                if (!error.field().startsWith(BulkRows.PREFIX)) {
                    common.add(error);
                } else if (!"UniqueAcrossTasks".equals(error.rule())) {
                    byRow.computeIfAbsent(error.field().substring(BulkRows.PREFIX.length()), k -> new ArrayList<>())
                            .add(error.message());
                }
            }
        }
        return byRow;
    }

    private static String rowName(int number, TaskSubject subject) {
        return "#" + number
                + (subject == null
                        ? ""
                        : " " + subject.nameLatin()
                                + (subject.nameOriginal() == null ? "" : " (" + subject.nameOriginal() + ")"));
    }

    private static Map<String, List<String>> errorsByField(List<FieldError> errors) {
        return errors.isEmpty() ? Map.of() : TaskPageController.errorsByField(new InvalidInputException(errors));
    }

    private static Map<String, List<String>> withRowErrors(
            Map<String, List<String>> errors, Map<String, List<String>> rowErrors) {
        Map<String, List<String>> all = new LinkedHashMap<>(errors);
        rowErrors.forEach((key, messages) -> all.put(BulkRowValues.INPUT + key, messages));
        return all;
    }

    /** The form without its per-task fields: those are asked per row. */
    private static FormSchema common(FormSchema form, List<String> perTask) {
        return new FormSchema(
                form.formKey(),
                form.title(),
                form.consequential(),
                form.fields().stream().filter(f -> !perTask.contains(f.name())).toList());
    }

    /** The message key of why the selection was refused, e.g. {@code taskIds.Max} or {@code person}. */
    private static String refusal(InvalidInputException e) {
        FieldError error = e.errors().get(0);
        return "person".equals(error.field()) ? error.field() : error.field() + "." + error.rule();
    }

    /**
     * The bulk form: the common fields once, and a row per task naming its person (who is affected)
     * with an input per per-task field. Showing the names is logged as a consultation of each.
     */
    private String render(
            Actor actor,
            FormSchema form,
            List<String> ids,
            String taskKey,
            Map<String, Object> values,
            Map<String, Map<String, Object>> rowValues,
            Map<String, List<String>> errors,
            Model model) {
        FormDefinition<?> definition =
                bulk.definition(actor, form.formKey(), ids).orElseThrow();
        List<String> perTask = BulkRows.perTaskFields(definition);
        Map<String, TaskSubject> subjects = work.subjectsOf(actor, ids);
        Map<String, UUID> shown = new LinkedHashMap<>();
        subjects.values()
                .forEach(s ->
                        shown.putIfAbsent(s.personId(), Uuids.parse(s.caseId()).orElse(null)));
        consultations.recordEach(actor, "task.bulk", AuditObjectType.PERSON, shown, TaskRows.PURPOSE);
        model.addAttribute("form", common(form, perTask));
        model.addAttribute(
                "rowFields",
                form.fields().stream().filter(f -> perTask.contains(f.name())).toList());
        model.addAttribute("subjects", subjects);
        model.addAttribute("rowValues", rowValues);
        model.addAttribute("consequentialChoice", !form.consequential() && BulkRows.hasConsequentialChoice(definition));
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
                    throw new InvalidInputException(List.of(
                            new FieldError("taskIds", "Pattern", "must be task ids of letters, digits and hyphens")));
                }
                ids.add(stripped);
            }
        }
        if (ids.isEmpty()) {
            throw new InvalidInputException(
                    List.of(new FieldError("taskIds", "Size", "must select at least one task")));
        }
        if (ids.size() > BulkCompletion.MAX_TASKS) {
            throw new InvalidInputException(List.of(
                    new FieldError("taskIds", "Max", "must select at most " + BulkCompletion.MAX_TASKS + " tasks")));
        }
        return new ArrayList<>(ids);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
