package org.comity.core.task;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comity.core.identity.UserAccount;

/**
 * The officers' workload as a supervisor sees it ({@link TaskEscalation}).
 *
 * @param dueWithinDays the horizon of {@link Row#dueWithin()}
 * @param officers the officers of the state, those without open tasks included
 * @param rows one per holder (officer or {@code null} for nobody) and kind of task that has open tasks
 */
public record EscalationCounts(int dueWithinDays, List<UserAccount> officers, List<Row> rows) {

    /** How the list of the tasks behind a count names "held by nobody". */
    public static final String NOBODY = "-";

    /**
     * @param assignee the officer holding the tasks, {@code null} for tasks nobody has claimed
     * @param taskKey the kind of task
     * @param open the open tasks
     * @param overdue those past their due date
     * @param dueWithin those due before the horizon, overdue ones included (as the task list's filter)
     */
    public record Row(String assignee, String taskKey, long open, long overdue, long dueWithin) {}

    /** The rows by holder: nobody first, then every officer in name order, then anyone else who holds tasks. */
    public Map<String, List<Row>> byHolder() {
        Map<String, List<Row>> holders = new LinkedHashMap<>();
        holders.put(NOBODY, new ArrayList<>());
        officers.forEach(officer -> holders.put(officer.username(), new ArrayList<>()));
        rows.stream()
                .sorted(java.util.Comparator.comparing(Row::taskKey))
                .forEach(row -> holders.computeIfAbsent(
                                row.assignee() == null ? NOBODY : row.assignee(), k -> new ArrayList<>())
                        .add(row));
        return holders;
    }

    /** The total of one holder's rows. */
    public static Row total(String holder, List<Row> rows) {
        return new Row(
                holder,
                null,
                rows.stream().mapToLong(Row::open).sum(),
                rows.stream().mapToLong(Row::overdue).sum(),
                rows.stream().mapToLong(Row::dueWithin).sum());
    }
}
