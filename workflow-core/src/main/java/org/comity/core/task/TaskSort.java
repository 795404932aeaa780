package org.comity.core.task;

import org.camunda.bpm.engine.task.TaskQuery;

/** The orders a task list can be shown in; ties are broken by creation time. */
public enum TaskSort {
    /** Most urgent first: earliest due date first. */
    DUE,
    /** Newest first. */
    CREATED,
    /** By task name. */
    NAME;

    TaskQuery apply(TaskQuery query) {
        return switch (this) {
            case DUE -> query.orderByDueDate().asc().orderByTaskCreateTime().asc();
            case CREATED -> query.orderByTaskCreateTime().desc();
            case NAME -> query.orderByTaskName().asc().orderByTaskCreateTime().asc();
        };
    }
}
