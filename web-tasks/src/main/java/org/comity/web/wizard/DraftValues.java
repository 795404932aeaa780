package org.comity.web.wizard;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything entered in a wizard so far, as the officer typed it: model path → text
 * ({@code offences[1].dateTo → "2025-12-31"}), and how many rows each list has. Values are kept
 * as text, not as the model, so that a half-typed or invalid value is saved and shown again
 * exactly as entered. Mutable, used by one request at a time.
 */
final class DraftValues {

    private final Map<String, String> values;
    private final Map<String, Integer> rows;

    DraftValues(Map<String, String> values, Map<String, Integer> rows) {
        this.values = new TreeMap<>(values);
        this.rows = new TreeMap<>(rows);
    }

    static DraftValues empty() {
        return new DraftValues(Map.of(), Map.of());
    }

    /** The value at {@code path}, or null if none was entered. */
    String get(String path) {
        return values.get(path);
    }

    Optional<String> find(String path) {
        return Optional.ofNullable(values.get(path));
    }

    /** Whether {@code path} holds exactly {@code value}. */
    boolean is(String path, String value) {
        return value.equals(values.get(path));
    }

    /** Whether the multiple choice at {@code path} includes {@code value}. */
    boolean includes(String path, String value) {
        return find(path).map(text -> split(text).contains(value)).orElse(false);
    }

    /** The options of a multiple choice, stored as one text (option values never contain a comma). */
    static String join(List<String> chosen) {
        return String.join(
                ",",
                chosen.stream()
                        .filter(v -> v != null && !v.isBlank())
                        .map(String::strip)
                        .toList());
    }

    static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.split(","));
    }

    /** Whether any value whose path matches {@code paths} is exactly {@code value}. */
    boolean anyMatch(Pattern paths, String value) {
        return values.entrySet().stream()
                .anyMatch(e ->
                        value.equals(e.getValue()) && paths.matcher(e.getKey()).matches());
    }

    /** Sets a value; a blank one is removed, so "not entered" has one form. */
    void put(String path, String value) {
        if (value == null || value.isBlank()) {
            values.remove(path);
        } else {
            values.put(path, value);
        }
    }

    /** How many rows {@code rows} has: at least its minimum. */
    int rows(WizardRows list) {
        return Math.min(list.max(), Math.max(list.min(), rows.getOrDefault(list.name(), list.min())));
    }

    /** Adds an empty row, unless the list is full; returns the new row's index or -1. */
    int addRow(WizardRows list) {
        int count = rows(list);
        if (count >= list.max()) {
            return -1;
        }
        rows.put(list.name(), count + 1);
        return count;
    }

    /** Removes row {@code index} and moves the later rows up, unless the list is at its minimum. */
    boolean removeRow(WizardRows list, int index) {
        int count = rows(list);
        if (index < 0 || index >= count || count <= list.min()) {
            return false;
        }
        Pattern row = Pattern.compile(Pattern.quote(list.name()) + "\\[(\\d+)](.*)");
        moveUp(values, row, list.name(), index);
        moveUp(rows, row, list.name(), index); // the lists inside the rows move with them
        rows.put(list.name(), count - 1);
        return true;
    }

    /** Drops the entries of row {@code index} and renumbers those of the later rows one up. */
    private static <V> void moveUp(Map<String, V> entries, Pattern row, String list, int index) {
        Map<String, V> moved = new TreeMap<>();
        entries.entrySet().removeIf(entry -> {
            Matcher m = row.matcher(entry.getKey());
            if (!m.matches()) {
                return false;
            }
            int i = Integer.parseInt(m.group(1));
            if (i > index) {
                moved.put(list + "[" + (i - 1) + "]" + m.group(2), entry.getValue());
            }
            return i >= index;
        });
        entries.putAll(moved);
    }

    /** What is stored in the draft. */
    Content content() {
        return new Content(new TreeMap<>(values), new TreeMap<>(rows));
    }

    static DraftValues of(Content content) {
        return new DraftValues(
                content.values() == null ? Map.of() : content.values(),
                content.rows() == null ? Map.of() : content.rows());
    }

    /** The stored form: both maps sorted, so that unchanged values give identical JSON. */
    record Content(Map<String, String> values, Map<String, Integer> rows) {}
}
