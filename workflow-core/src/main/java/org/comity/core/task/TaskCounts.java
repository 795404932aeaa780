package org.comity.core.task;

/**
 * The counts beside the task list's quick filters, all under the same filter's case, kind and person.
 *
 * @param all every matching task
 * @param mine those the caller holds
 * @param unclaimed those nobody holds
 * @param overdue those past their due date
 */
public record TaskCounts(long all, long mine, long unclaimed, long overdue) {
}
