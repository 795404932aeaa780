package org.comity.core.task;

import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The orders a task list can be shown in; ties are broken by creation time, then by id, so that
 * pages never overlap or skip a task even when many tasks were created in the same millisecond
 * (an operation's person processes start in one engine command per chunk).
 */
public enum TaskSort {
    /** Most urgent first: earliest due date first. */
    DUE,
    /** Newest first. */
    CREATED,
    /** By task name. */
    NAME;

    TaskQuery apply(TaskQuery query) {
        return switch (this) {
            case DUE -> query.orderByDueDate().asc().orderByTaskCreateTime().asc().orderByTaskId().asc();
            case CREATED -> query.orderByTaskCreateTime().desc().orderByTaskId().asc();
            case NAME -> query.orderByTaskName().asc().orderByTaskCreateTime().asc().orderByTaskId().asc();
        };
    }
}
