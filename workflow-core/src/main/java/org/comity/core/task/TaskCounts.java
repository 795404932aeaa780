package org.comity.core.task;

import java.util.OptionalLong;

/**
 * The counts beside the task list's quick filters, all under the same filter's case, kind and person.
 *
 * @param all every matching task
 * @param mine those the caller holds
 * @param unclaimed those nobody holds
 * @param overdue those past their due date
 */
public record TaskCounts(long all, long mine, long unclaimed, long overdue) {

    /** How many tasks the filter lists, if it is one of the quick filters these counts are for. */
    OptionalLong totalOf(TaskFilter filter) {
        if (filter.dueWithinDays() != null || Boolean.FALSE.equals(filter.overdue())) {
            return OptionalLong.empty();
        }
        boolean overdueOnly = Boolean.TRUE.equals(filter.overdue());
        return switch (filter.assignment()) {
            case ANY -> OptionalLong.of(overdueOnly ? overdue : all);
            case MINE -> overdueOnly ? OptionalLong.empty() : OptionalLong.of(mine);
            case UNCLAIMED -> overdueOnly ? OptionalLong.empty() : OptionalLong.of(unclaimed);
        };
    }
}
