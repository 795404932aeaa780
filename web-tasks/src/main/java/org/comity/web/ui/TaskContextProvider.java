package org.comity.web.ui;

import java.util.List;
import java.util.Set;
import org.comity.core.identity.Actor;
import org.comity.core.task.TaskView;

/**
 * Supplies the {@link TaskContext} of the tasks of some definitions; the task page asks the provider
 * registered for its task's definition key, so that no template knows of particular tasks. A
 * provider that shows personal data logs the read as a consultation, like every other read.
 */
interface TaskContextProvider {

    /** The task definition keys this provider describes (each key has at most one provider). */
    Set<String> taskKeys();

    /** The context of a task the actor may see (the task page has checked that); empty if there is none. */
    List<TaskContext> contextOf(Actor actor, TaskView task);
}
