package org.comity.documents.layout;

import java.util.List;

/**
 * A table as templates describe it: columns with headers in every language of the document and relative widths, body rows,
 * and an optional totals row drawn after the last row.
 */
public record Table(List<Column> columns, List<List<String>> rows, List<String> totals) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        totals = totals == null ? List.of() : List.copyOf(totals);
    }

    /** A column: its header (one language a line) and its share of the table width. */
    public record Column(String header, float weight) {}
}
