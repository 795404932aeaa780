package org.comity.web.wizard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.comity.core.casefile.CaseFile;
import org.comity.core.draft.RequestDraft;
import org.comity.core.failure.NotVisibleException;
import org.comity.core.identity.Actor;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * What every wizard shares: finding a wizard by type, reading and writing a draft's values,
 * taking a step's submitted fields, and checking a draft as a whole — the entered text read by
 * {@link DraftBinder}, the model built by Jackson exactly as the API builds it, and then validated
 * by the wizard with the same rules as the intake.
 */
@Component
class WizardEngine {

    private final Map<String, RequestWizard<?>> wizards;
    private final ObjectMapper mapper;
    private final DraftBinder binder;
    private final MessageSource messages;

    WizardEngine(List<RequestWizard<?>> wizards, ObjectMapper mapper, MessageSource messages) {
        this.wizards = wizards.stream().collect(Collectors.toUnmodifiableMap(RequestWizard::type, Function.identity()));
        this.mapper = mapper;
        this.binder = new DraftBinder(messages);
        this.messages = messages;
    }

    /** The wizard of a type; an unknown type is "not found". */
    RequestWizard<?> wizard(String type) {
        RequestWizard<?> wizard = wizards.get(type);
        if (wizard == null) {
            throw new NotVisibleException("wizard", type);
        }
        return wizard;
    }

    /** The wizards, ordered by type. */
    List<RequestWizard<?>> all() {
        return wizards.values().stream()
                .sorted((a, b) -> a.type().compareTo(b.type()))
                .toList();
    }

    static WizardStep step(RequestWizard<?> wizard, String stepId) {
        return wizard.steps().stream()
                .filter(s -> s.id().equals(stepId))
                .findFirst()
                .orElseThrow(() -> new NotVisibleException("step", stepId));
    }

    DraftValues read(RequestDraft draft) {
        try {
            return DraftValues.of(mapper.readValue(draft.content(), DraftValues.Content.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored draft is always the wizard's own JSON", e);
        }
    }

    String write(DraftValues values) {
        try {
            return mapper.writeValueAsString(values.content());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Draft values are always JSON", e);
        }
    }

    /**
     * Takes the submitted values of the step's fields that apply (a field that does not apply is
     * not on the form and keeps its value, in case the officer changes back). Text beyond a
     * field's length is cut, and the cut is reported, so the draft stays bounded whatever is sent.
     */
    List<FieldError> take(WizardStep step, DraftValues values, MultiValueMap<String, String> params, Locale locale) {
        List<FieldError> cut = new ArrayList<>();
        for (WizardPart part : step.parts()) {
            if (!part.appliesTo(values)) {
                continue;
            }
            if (part instanceof WizardRows rows) {
                for (int i = 0; i < values.rows(rows); i++) {
                    for (WizardRows.Slot slot : rows.slots(i, values)) {
                        takeField(slot.field(), slot.path(), values, params, locale, cut);
                    }
                }
            } else {
                takeField((WizardField) part, part.name(), values, params, locale, cut);
            }
        }
        return cut;
    }

    private void takeField(
            WizardField field,
            String path,
            DraftValues values,
            MultiValueMap<String, String> params,
            Locale locale,
            List<FieldError> cut) {
        String text = field.input() == Input.CHOICES
                ? (params.containsKey(path) ? DraftValues.join(params.get(path)) : null)
                : params.getFirst(path);
        if (text != null && field.input() != Input.LONG_TEXT) {
            text = text.strip();
        }
        if (text != null && field.input() == Input.LONG_TEXT) {
            text = text.replace("\r\n", "\n");
        }
        Integer max = field.constraints().maxLength();
        if (text != null && max != null && text.length() > max) {
            text = text.substring(0, max);
            cut.add(new FieldError(
                    path,
                    "Size",
                    messages.getMessage("wizard.invalid.cut", new Object[] {String.valueOf(max)}, locale)));
        }
        values.put(path, text);
    }

    /** Checks the whole draft as it stands. */
    <T> Evaluation evaluate(RequestWizard<T> wizard, Actor actor, DraftValues values, Locale locale) {
        return check(wizard, actor, values, locale).evaluation();
    }

    /**
     * Submits the draft's request if it has no error.
     *
     * @throws InvalidInputException naming every error
     */
    <T> CaseFile submit(
            RequestWizard<T> wizard, Actor actor, DraftValues values, String idempotencyKey, Locale locale) {
        Checked<T> checked = check(wizard, actor, values, locale);
        if (!checked.evaluation().errors().isEmpty()) {
            throw new InvalidInputException(checked.evaluation().errors());
        }
        return wizard.submit(actor, checked.request(), idempotencyKey, locale);
    }

    /**
     * Amends case {@code caseId}'s returned request by the draft's request if it has no error.
     *
     * @throws InvalidInputException naming every error
     */
    <T> CaseFile amend(RequestWizard<T> wizard, Actor actor, DraftValues values, String caseId, Locale locale) {
        Checked<T> checked = check(wizard, actor, values, locale);
        if (!checked.evaluation().errors().isEmpty()) {
            throw new InvalidInputException(checked.evaluation().errors());
        }
        return wizard.amend(actor, caseId, checked.request(), locale);
    }

    private record Checked<T>(Evaluation evaluation, T request) {}

    private <T> Checked<T> check(RequestWizard<T> wizard, Actor actor, DraftValues values, Locale locale) {
        DraftBinder.Binding binding = binder.bind(wizard.steps(), values, actor, locale);
        wizard.fixedValues(actor, locale).forEach((path, value) -> ModelTree.put(binding.tree(), path, value.value()));
        T request;
        try {
            request = mapper.convertValue(binding.tree(), wizard.model());
        } catch (IllegalArgumentException e) {
            // Cannot happen for values the binder accepted; if it does, the officer sees an error, not a 500.
            List<FieldError> errors = new ArrayList<>(binding.errors());
            errors.add(new FieldError("", "Unreadable", messages.getMessage("wizard.invalid.request", null, locale)));
            return new Checked<>(new Evaluation(errors, List.of()), null);
        }
        RequestWizard.Findings findings = wizard.validate(request, locale);
        Set<String> unreadable = new HashSet<>();
        binding.errors().forEach(e -> unreadable.add(e.field()));
        List<FieldError> errors = new ArrayList<>(binding.errors());
        findings.errors().stream().filter(e -> !unreadable.contains(e.field())).forEach(errors::add);
        return new Checked<>(new Evaluation(errors, findings.warnings()), request);
    }
}
