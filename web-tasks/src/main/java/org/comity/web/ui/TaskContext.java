package org.comity.web.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Facts a task's decision rests on, shown on the task page between the case summary and the form so
 * that the officer decides on them rather than on ids. A table: one column per record (several when
 * records are compared), one row per fact; a row on which the records were matched is marked.
 * Headings and labels are message keys, values are shown as they are.
 *
 * @param id the section's HTML id
 * @param titleKey message key of the heading
 * @param introKey message key of a sentence under the heading, or {@code null}
 * @param columnKeys message keys of the columns' headings
 * @param rows the facts
 */
record TaskContext(String id, String titleKey, String introKey, List<String> columnKeys, List<Row> rows) {

    TaskContext {
        columnKeys = List.copyOf(columnKeys);
        rows = List.copyOf(rows);
    }

    /** Whether records are compared, and so rows can be marked as matched. */
    public boolean comparison() {
        return columnKeys.size() > 1;
    }

    /**
     * One fact across the columns.
     *
     * @param labelKey message key of the fact's label, unless {@code label} is given
     * @param label the label as text, where it is data rather than a fixed label (e.g. an earlier task
     *     and when it was done); {@code null} to use {@code labelKey}
     * @param values one per column; {@code null} where a record does not say
     * @param matched the records were matched on this fact
     */
    record Row(String labelKey, String label, List<String> values, boolean matched) {

        Row {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }

        Row(String labelKey, List<String> values, boolean matched) {
            this(labelKey, null, values, matched);
        }
    }
}
