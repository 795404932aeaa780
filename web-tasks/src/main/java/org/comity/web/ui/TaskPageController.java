package org.comity.web.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.form.FieldSchema;
import org.comity.core.form.FieldType;
import org.comity.core.form.FormSchema;
import org.comity.core.identity.Actor;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.task.TaskPage;
import org.comity.core.task.TaskView;
import org.comity.core.task.TaskWork;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.comity.core.validation.Uuids;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One task: the case summary, the facts the decision rests on where its kind of task has a
 * {@link TaskContextProvider}, the form rendered from its definition, claim and release, and
 * completion with the server's errors shown next to each field and the entered values kept. A
 * consequential decision is only accepted with the officer's explicit confirmation.
 *
 * <p>Opened from the task list, the task keeps that list's query ({@link TaskListQuery}) in its links
 * and forms: "complete and open next" goes on to the next task of the same list ({@link WorkQueue}),
 * and the list is shown beside the task on a wide screen. After a completion the next page says what
 * it did ({@link CompletionOutcomes}).
 */
@Controller
class TaskPageController {

    static final String CONFIRMED = "confirmed";
    /** The submit button's name for "complete and open next". */
    static final String OPEN_NEXT = "openNext";
    /** The marker of a task page reopened after a submission the expired session lost. */
    static final String SESSION_ENDED = "sessionEnded";

    private final TaskWork work;
    private final CaseFiles cases;
    private final JurisdictionRegistry jurisdictions;
    private final Map<String, TaskContextProvider> contextByTaskKey;
    private final TaskRequestView requests;
    private final WorkQueue queue;
    private final TaskRows rows;
    private final CompletionOutcomes outcomes;

    TaskPageController(
            TaskWork work,
            CaseFiles cases,
            JurisdictionRegistry jurisdictions,
            List<TaskContextProvider> contextProviders,
            TaskRequestView requests,
            WorkQueue queue,
            TaskRows rows,
            CompletionOutcomes outcomes) {
        this.requests = requests;
        this.work = work;
        this.cases = cases;
        this.jurisdictions = jurisdictions;
        this.queue = queue;
        this.rows = rows;
        this.outcomes = outcomes;
        this.contextByTaskKey = contextProviders.stream()
                .flatMap(p -> p.taskKeys().stream().map(k -> Map.entry(k, p)))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @GetMapping("/tasks/{id}")
    String show(
            Actor actor,
            @PathVariable String id,
            TaskListQuery query,
            @RequestParam(name = SESSION_ENDED, required = false) String sessionEnded,
            Model model) {
        FormSchema form = work.form(actor, id);
        Map<String, Object> values = new HashMap<>();
        for (FieldSchema f : form.fields()) {
            Object value = f.value();
            values.put(
                    f.name(),
                    f.type() == FieldType.MULTI_CHOICE && value instanceof String s
                            ? List.of(s.split(","))
                            : value == null ? null : value.toString());
        }
        model.addAttribute("sessionEnded", sessionEnded != null);
        return render(actor, id, query, form, values, Map.of(), model);
    }

    @PostMapping("/tasks/{id}/claim")
    String claim(Actor actor, @PathVariable String id, TaskListQuery query) {
        work.claim(actor, id);
        return "redirect:" + (query.fromList() ? query.taskUrl(id) : "/tasks/" + id);
    }

    @PostMapping("/tasks/{id}/unclaim")
    String unclaim(Actor actor, @PathVariable String id, TaskListQuery query) {
        work.unclaim(actor, id);
        return "redirect:" + listUrl(query);
    }

    /**
     * Completes the task; with {@value #OPEN_NEXT}, opens the next task of the same list, or returns
     * to the list saying that none is left. Either way the next page tells what the completion did.
     */
    @PostMapping("/tasks/{id}/complete")
    String complete(
            Actor actor,
            @PathVariable String id,
            TaskListQuery query,
            @RequestParam MultiValueMap<String, String> params,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        TaskView task = work.get(actor, id);
        FormSchema form = work.form(actor, id);
        Map<String, Object> submitted = submitted(form, params);
        boolean openNext = params.containsKey(OPEN_NEXT);
        CompletionOutcomes.Watch watch = outcomes.watch(id, task.caseId());
        Optional<TaskView> next = Optional.empty();
        try {
            if (form.consequential() && !"true".equals(params.getFirst(CONFIRMED))) {
                throw new InvalidInputException(List.of(new FieldError(CONFIRMED, "Confirmed", "confirm")));
            }
            Runnable completion = () -> work.complete(actor, id, submitted);
            if (openNext) {
                next = queue.completeAndFindNext(actor, query, id, completion);
            } else {
                completion.run();
            }
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("sessionEnded", false);
            return render(actor, id, query, form, submitted, errorsByField(e), model);
        }
        redirect.addFlashAttribute(
                "outcome", outcomes.outcome(watch, form.title().in(locale), locale));
        if (next.isPresent()) {
            return "redirect:" + query.taskUrl(next.get().id());
        }
        redirect.addFlashAttribute("noneLeft", openNext);
        return "redirect:" + listUrl(query);
    }

    private static String listUrl(TaskListQuery query) {
        return query.fromList() ? query.listUrl() : "/tasks";
    }

    /** Each field's messages, for showing them next to the field. */
    static Map<String, List<String>> errorsByField(InvalidInputException e) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        e.errors()
                .forEach(err -> errors.computeIfAbsent(err.field(), k -> new ArrayList<>())
                        .add(err.message()));
        return errors;
    }

    /** Only the form's own fields are taken from the request; a choice of several arrives as a list. */
    static Map<String, Object> submitted(FormSchema form, MultiValueMap<String, String> params) {
        Map<String, Object> values = new HashMap<>();
        for (FieldSchema field : form.fields()) {
            List<String> raw = params.get(field.name());
            if (raw == null || raw.isEmpty()) {
                continue;
            }
            values.put(field.name(), field.type() == FieldType.MULTI_CHOICE ? List.copyOf(raw) : raw.get(0));
        }
        return values;
    }

    private String render(
            Actor actor,
            String id,
            TaskListQuery query,
            FormSchema form,
            Map<String, Object> values,
            Map<String, List<String>> errors,
            Model model) {
        TaskView task = work.get(actor, id);
        model.addAttribute("listQuery", query);
        model.addAttribute("pageUrl", query.fromList() ? query.taskUrl(id) : "/tasks/" + id); // for the language switch
        queueBeside(actor, id, query, model);
        model.addAttribute("task", task);
        model.addAttribute("form", form);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("mine", actor.id().equals(task.assignee()));
        model.addAttribute("zone", jurisdictions.require(actor.jurisdiction()).zone());
        CaseFile caseFile = Uuids.parse(task.caseId()).flatMap(cases::find).orElse(null);
        model.addAttribute("caseFile", caseFile);
        model.addAttribute(
                "request",
                requests.of(actor, task, caseFile, LocaleContextHolder.getLocale())
                        .orElse(null));
        TaskContextProvider context = contextByTaskKey.get(task.taskKey());
        model.addAttribute("contexts", context == null ? List.of() : context.contextOf(actor, task));
        return "task";
    }

    /**
     * The list the task was opened from, shown beside it on a wide screen, with the tasks before and
     * after it for moving through the list from the keyboard. A task opened otherwise (a link on the
     * case page) has no list beside it.
     */
    private void queueBeside(Actor actor, String id, TaskListQuery query, Model model) {
        TaskPage page = null;
        if (query.fromList()) {
            try {
                page = queue.page(actor, query);
            } catch (InvalidInputException unusableFilter) {
                page = null; // a name no list can be searched by: the list page says why, not the task page
            }
        }
        model.addAttribute("queue", page);
        model.addAttribute(
                "neighbours", page == null ? new WorkQueue.Neighbours(null, null) : WorkQueue.neighbours(id, page));
        model.addAttribute("queueSubjects", page == null ? Map.of() : rows.subjects(actor, page));
        model.addAttribute("titles", rows.titles());
    }
}
