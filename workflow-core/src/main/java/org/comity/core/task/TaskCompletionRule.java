package org.comity.core.task;

import org.camunda.bpm.engine.task.Task;
import org.comity.core.identity.Actor;

/**
 * A rule on a task completion that needs more than the form's own values: the case's state (e.g.
 * the refusal grounds found) or who did earlier steps (four-eyes). {@link TaskWork#complete} calls
 * every rule after binding the form and before anything is stored or reaches the engine.
 */
public interface TaskCompletionRule {

    /**
     * @throws org.comity.core.validation.InvalidInputException naming the fields, to reject the
     *     completion with 422
     */
    void check(Actor actor, Task task, String caseId, Record form);
}
