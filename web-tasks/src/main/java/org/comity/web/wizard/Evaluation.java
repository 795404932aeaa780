package org.comity.web.wizard;

import java.util.List;
import java.util.Optional;
import org.comity.core.validation.FieldError;

/**
 * A draft checked as a whole: its errors (unreadable entries and the model's violations) and
 * warnings, each at a model path. Each step sees the errors it owns; an error no step owns is
 * shown on the review page, so that nothing can be lost between steps.
 *
 * @param errors what stops the request
 * @param warnings what the reviewing supervisor will be shown
 */
record Evaluation(List<FieldError> errors, List<FieldError> warnings) {

    Evaluation {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** The errors that keep the officer on {@code step}. */
    List<FieldError> errorsOf(WizardStep step) {
        return errors.stream().filter(e -> step.owns(e.field())).toList();
    }

    /** The first step that has errors, if any. */
    Optional<WizardStep> firstInvalid(List<WizardStep> steps) {
        return steps.stream().filter(step -> !errorsOf(step).isEmpty()).findFirst();
    }

    /** Errors that belong to no step. */
    List<FieldError> unowned(List<WizardStep> steps) {
        return errors.stream()
                .filter(e -> steps.stream().noneMatch(step -> step.owns(e.field())))
                .toList();
    }
}
