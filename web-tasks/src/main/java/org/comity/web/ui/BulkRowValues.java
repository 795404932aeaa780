package org.comity.web.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.comity.core.task.BulkCompletion;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.springframework.util.MultiValueMap;

/**
 * The values a bulk page's rows carry, one per task and per-task field: typed into the row's input
 * ({@code row.<taskId>.<field>}) or pasted as CSV lines {@code taskId,value1,value2...} with the
 * values in the order of the per-task fields (a pasted line wins over a typed value, so a list
 * prepared elsewhere can be applied at once).
 */
final class BulkRowValues {

    static final String INPUT = "row.";
    static final String CSV = "bulk.csv";
    static final int MAX_CSV_LENGTH = BulkCompletion.MAX_TASKS * 120;

    private BulkRowValues() {}

    /**
     * Each task's own values, in the order of the tasks.
     *
     * @throws InvalidInputException naming {@code bulk.csv} and the line if a pasted line names a task not
     *     in the selection or has the wrong number of values
     */
    static Map<String, Map<String, Object>> of(
            List<String> taskIds, List<String> fields, MultiValueMap<String, String> params) {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        for (String id : taskIds) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (String field : fields) {
                String typed = params.getFirst(INPUT + id + "." + field);
                if (typed != null && !typed.isBlank()) {
                    values.put(field, typed.strip());
                }
            }
            rows.put(id, values);
        }
        String csv = params.getFirst(CSV);
        if (csv != null && !csv.isBlank()) {
            applyCsv(csv, fields, rows);
        }
        return rows;
    }

    private static void applyCsv(String csv, List<String> fields, Map<String, Map<String, Object>> rows) {
        if (csv.length() > MAX_CSV_LENGTH) {
            throw refused("Size", "must be at most " + MAX_CSV_LENGTH + " characters");
        }
        String[] lines = csv.split("\\R");
        List<FieldError> errors = new ArrayList<>();
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            Map<String, Object> row = rows.get(cells[0].strip());
            if (row == null) {
                errors.add(new FieldError(CSV, "KnownTask", "line " + (n + 1) + " names no selected task"));
            } else if (cells.length != fields.size() + 1) {
                errors.add(new FieldError(
                        CSV,
                        "Columns",
                        "line " + (n + 1) + " must hold the task id and " + fields.size() + " value(s): "
                                + String.join(", ", fields)));
            } else {
                for (int i = 0; i < fields.size(); i++) {
                    row.put(fields.get(i), cells[i + 1].strip());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static InvalidInputException refused(String rule, String message) {
        return new InvalidInputException(List.of(new FieldError(CSV, rule, message)));
    }
}
