package org.comity.web.ui;

import org.comity.core.validation.Uuids;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.form.FieldSchema;
import org.comity.core.form.FieldType;
import org.comity.core.form.FormSchema;
import org.comity.core.identity.Actor;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.task.TaskView;
import org.comity.core.task.TaskWork;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
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
 */
@Controller
class TaskPageController {

    static final String CONFIRMED = "confirmed";

    private final TaskWork work;
    private final CaseFiles cases;
    private final JurisdictionRegistry jurisdictions;
    private final Map<String, TaskContextProvider> contextByTaskKey;
    private final TaskRequestView requests;

    TaskPageController(TaskWork work, CaseFiles cases, JurisdictionRegistry jurisdictions,
            List<TaskContextProvider> contextProviders, TaskRequestView requests) {
        this.requests = requests;
        this.work = work;
        this.cases = cases;
        this.jurisdictions = jurisdictions;
        this.contextByTaskKey = contextProviders.stream().flatMap(p -> p.taskKeys().stream().map(k -> Map.entry(k, p)))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @GetMapping("/tasks/{id}")
    String show(Actor actor, @PathVariable String id, Model model) {
        FormSchema form = work.form(actor, id);
        Map<String, Object> values = new HashMap<>();
        for (FieldSchema f : form.fields()) {
            Object value = f.value();
            values.put(f.name(), f.type() == FieldType.MULTI_CHOICE && value instanceof String s
                    ? List.of(s.split(",")) : value == null ? null : value.toString());
        }
        return render(actor, id, form, values, Map.of(), model);
    }

    @PostMapping("/tasks/{id}/claim")
    String claim(Actor actor, @PathVariable String id) {
        work.claim(actor, id);
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/tasks/{id}/unclaim")
    String unclaim(Actor actor, @PathVariable String id) {
        work.unclaim(actor, id);
        return "redirect:/tasks";
    }

    @PostMapping("/tasks/{id}/complete")
    String complete(Actor actor, @PathVariable String id, @RequestParam MultiValueMap<String, String> params,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        String name = work.get(actor, id).name();
        FormSchema form = work.form(actor, id);
        Map<String, Object> submitted = submitted(form, params);
        try {
            if (form.consequential() && !"true".equals(params.getFirst(CONFIRMED))) {
                throw new InvalidInputException(List.of(new FieldError(CONFIRMED, "Confirmed", "confirm")));
            }
            work.complete(actor, id, submitted);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            return render(actor, id, form, submitted, errorsByField(e), model);
        }
        redirect.addFlashAttribute("completed", name);
        return "redirect:/tasks";
    }

    /** Each field's messages, for showing them next to the field. */
    static Map<String, List<String>> errorsByField(InvalidInputException e) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        e.errors().forEach(err -> errors.computeIfAbsent(err.field(), k -> new ArrayList<>()).add(err.message()));
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

    private String render(Actor actor, String id, FormSchema form, Map<String, Object> values,
            Map<String, List<String>> errors, Model model) {
        TaskView task = work.get(actor, id);
        model.addAttribute("task", task);
        model.addAttribute("form", form);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("mine", actor.id().equals(task.assignee()));
        model.addAttribute("zone", jurisdictions.require(actor.jurisdiction()).zone());
        CaseFile caseFile = Uuids.parse(task.caseId()).flatMap(cases::find).orElse(null);
        model.addAttribute("caseFile", caseFile);
        model.addAttribute("request", requests.of(actor, task, caseFile, LocaleContextHolder.getLocale()).orElse(null));
        TaskContextProvider context = contextByTaskKey.get(task.taskKey());
        model.addAttribute("contexts", context == null ? List.of() : context.contextOf(actor, task));
        return "task";
    }
}
