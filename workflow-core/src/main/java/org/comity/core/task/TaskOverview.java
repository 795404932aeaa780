package org.comity.core.task;

/** What the task list page shows: one page of tasks and the counts beside the quick filters. */
public record TaskOverview(TaskPage tasks, TaskCounts counts) {}
