package org.comity.web.wizard;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.comity.core.casefile.CaseFile;
import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;
import org.comity.core.validation.FieldError;
import org.comity.web.form.Choice;

/**
 * A kind of request an officer drafts with a wizard. Implementations declare the steps and say
 * how the request model is validated and submitted; {@link WizardEngine} does the rest. A bean of
 * this type is all a new wizard needs besides its message keys ({@code wizard.<type>.*}).
 *
 * @param <T> the request model, a record that Jackson builds from the nested values
 */
interface RequestWizard<T> {

    /** The code in URLs, drafts and message keys, e.g. {@code extradition}. */
    String type();

    /**
     * Whether this person may draft and submit such a request: by default officers of a state, the
     * requesting state being their own; supervisors review what they submit (four-eyes).
     */
    default boolean canStart(Actor actor) {
        return actor.role() == Role.OFFICER && actor.jurisdiction() != null;
    }

    /** The request model. */
    Class<T> model();

    /** The steps, in order, before the review. */
    List<WizardStep> steps();

    /** Values a new draft starts with, e.g. today's date as the request date. */
    Map<String, String> initialValues(Actor actor);

    /**
     * Values the officer does not enter because they follow from who they are, e.g. the requesting
     * state is the officer's own: model path → value for the model and its label for the review.
     */
    Map<String, Choice> fixedValues(Actor actor, Locale locale);

    /** Every error and warning of a request, each naming its model path, in {@code locale}. */
    Findings validate(T request, Locale locale);

    /** Submits the request through the same intake as the API, as {@code actor}. */
    CaseFile submit(Actor actor, T request, String idempotencyKey, Locale locale);

    /**
     * Replaces the returned request of case {@code caseId} by {@code request}, through the same
     * service as the API's amendment, as {@code actor}.
     */
    CaseFile amend(Actor actor, String caseId, T request, Locale locale);

    /**
     * Puts into the values of a stored request, flattened to model paths, what the wizard would have
     * held for it: the answers to questions that only steer the wizard, and entries the wizard converts
     * on the way to the model turned back into what the officer types. By default nothing.
     */
    default void fromModel(Map<String, String> values) {}

    /** A short description of a draft for the officer's list of drafts, e.g. the person's name. */
    String summary(DraftValues values, Locale locale);

    /**
     * What validation found.
     *
     * @param errors what stops the request
     * @param warnings what a reviewer should look at
     */
    record Findings(List<FieldError> errors, List<FieldError> warnings) {

        public Findings {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }
    }
}
