package org.comity.web.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.comity.core.draft.RequestDraft;
import org.comity.core.draft.RequestDrafts;
import org.comity.core.identity.Actor;
import org.comity.core.validation.FieldError;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * What happens when a step's form is sent: the step's values are saved in the draft first, always
 * (so nothing is lost if the session then times out), then the officer's action is done: "next"
 * (only if the step has no error), "back", "save", "close", "add:<list>" or "remove:<list>:<row>".
 * Only "next" validates.
 */
@Component
class StepActions {

    private final WizardEngine engine;
    private final WizardPages pages;
    private final RequestDrafts drafts;

    StepActions(WizardEngine engine, WizardPages pages, RequestDrafts drafts) {
        this.engine = engine;
        this.pages = pages;
        this.drafts = drafts;
    }

    /**
     * The answer: the step again with its errors (HTTP 422), or where to go next.
     *
     * @param page the step to show again, or null
     * @param redirect where to go, or null
     * @param saved whether to tell the officer that the draft was saved
     */
    record Outcome(StepPage page, String redirect, boolean saved) {}

    /** Applies a step's form to {@code values}, saves the draft (creating it if {@code draft} is null) and acts. */
    Outcome act(
            Actor actor,
            RequestWizard<?> wizard,
            RequestDraft draft,
            WizardStep step,
            DraftValues values,
            MultiValueMap<String, String> params,
            Locale locale) {
        List<FieldError> cut = engine.take(step, values, params, locale);
        StepAction action = StepAction.parse(params.getFirst("action"), step);
        boolean fromReview = "review".equals(params.getFirst("from"));
        List<FieldError> errors = blocking(action, wizard, actor, step, values, cut, locale);
        if (errors.isEmpty()) {
            action = rows(action, values);
        }
        String target = errors.isEmpty() ? target(action, wizard.steps(), step, fromReview) : step.id();
        String json = engine.write(values);
        RequestDraft saved = draft == null
                ? drafts.create(actor, wizard.type(), target, json)
                : drafts.save(actor, draft.id().toString(), target, json);
        String base = WizardPages.DRAFTS + saved.id() + "/";
        if (!errors.isEmpty()) {
            return new Outcome(
                    pages.step(wizard, step, base + step.id(), values, errors, actor, locale, fromReview), null, false);
        }
        String here = base + step.id() + (fromReview ? "?from=review" : "");
        return switch (action.kind()) {
            case NEXT, BACK -> new Outcome(null, base + target, false);
            case CLOSE -> new Outcome(null, "/requests/new", true);
            case SAVE -> new Outcome(null, here, true);
            case ADD, REMOVE -> new Outcome(null, here + "#" + action.anchor(), false);
        };
    }

    /** Text cut to its length always blocks; the step's errors block "next". */
    private List<FieldError> blocking(
            StepAction action,
            RequestWizard<?> wizard,
            Actor actor,
            WizardStep step,
            DraftValues values,
            List<FieldError> cut,
            Locale locale) {
        List<FieldError> errors = new ArrayList<>(cut);
        if (action.kind() == StepAction.Kind.NEXT) {
            engine.evaluate(wizard, actor, values, locale).errorsOf(step).stream()
                    .filter(e -> cut.stream().noneMatch(c -> c.field().equals(e.field())))
                    .forEach(errors::add);
        }
        return errors;
    }

    private static StepAction rows(StepAction action, DraftValues values) {
        if (action.kind() == StepAction.Kind.ADD) {
            return action.added(values.addRow(action.rows()));
        }
        if (action.kind() == StepAction.Kind.REMOVE) {
            values.removeRow(action.rows(), action.row());
        }
        return action;
    }

    private static String target(StepAction action, List<WizardStep> steps, WizardStep step, boolean fromReview) {
        int index = steps.indexOf(step);
        return switch (action.kind()) {
            case NEXT ->
                fromReview || index + 1 == steps.size()
                        ? "review"
                        : steps.get(index + 1).id();
            case BACK -> steps.get(Math.max(0, index - 1)).id();
            default -> step.id();
        };
    }
}
