package org.comity.core.task;

import org.camunda.bpm.engine.task.Task;
import org.comity.core.identity.Actor;

/**
 * Something a feature records from a completed form in its own tables, e.g. the travel document a
 * person was issued. {@link TaskWork#complete} calls every listener after all
 * {@link TaskCompletionRule}s passed and the submission is stored, in the same transaction and
 * before the engine completes the task, for the API, the tasklist and bulk completion alike.
 */
public interface TaskCompletionListener {

    void completed(Actor actor, Task task, String caseId, Record form);
}
