package org.comity.core.task;

import org.camunda.bpm.engine.task.Task;
import org.comity.core.identity.Actor;

/**
 * A rule on a task completion that needs more than the form's own values: the case's state (e.g.
 * the refusal grounds found) or who did earlier steps (four-eyes). A rule declares the form it
 * applies to ({@link #formType}); {@link TaskWork#complete} runs only the rules of the bound form's
 * class ({@link TaskCompletionRules}), after binding the form and before anything is stored or
 * reaches the engine. A rule on every form declares {@code Record.class}.
 *
 * @param <F> the task form the rule applies to
 */
public interface TaskCompletionRule<F extends Record> {

    /** The form this rule applies to; subclasses (records implementing an interface) are matched too. */
    Class<F> formType();

    /**
     * @throws org.comity.core.validation.InvalidInputException naming the fields, to reject the
     *     completion with 422
     */
    void check(Actor actor, Task task, String caseId, F form);
}
