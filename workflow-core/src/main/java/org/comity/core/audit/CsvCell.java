package org.comity.core.audit;

/**
 * One CSV cell made safe to open in a spreadsheet. A cell starting with {@code = + - @}, a tab or
 * a carriage return would be read as a formula (OWASP "CSV injection"), so it is prefixed with an
 * apostrophe; then the cell is quoted per RFC 4180 when it holds a comma, quote or line break.
 * Audit fields such as purpose and actor id come from users, so every cell goes through here.
 */
final class CsvCell {

    private CsvCell() {}

    static String of(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = startsLikeFormula(value) ? "'" + value : value;
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private static boolean startsLikeFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
