package org.comity.core.task;

import java.util.List;

/** One page of tasks and the total count under the same filter. */
public record TaskPage(List<TaskView> items, int page, int size, long total) {}
