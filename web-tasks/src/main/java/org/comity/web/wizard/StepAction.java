package org.comity.web.wizard;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the officer asked for with the button they pressed: {@code next}, {@code back},
 * {@code save}, {@code close}, {@code add:<list>} or {@code remove:<list>:<row>}, where the list may
 * be one inside a row ({@code add:personsConcerned[0].nationalities}). Anything else,
 * including a list that is not on this step, is taken as "save" so that a tampered form cannot
 * do more than save the step.
 *
 * @param rows the list to add to or remove from
 * @param row the row to remove
 * @param anchor where the page scrolls to after adding or removing a row
 */
record StepAction(Kind kind, WizardRows rows, int row, String anchor) {

    private static final Pattern INNER = Pattern.compile("(.+)\\[(\\d{1,3})]\\.([^\\[\\]]+)");

    enum Kind {
        NEXT,
        BACK,
        SAVE,
        CLOSE,
        ADD,
        REMOVE
    }

    static StepAction parse(String action, WizardStep step) {
        if (action == null) {
            return simple(Kind.NEXT);
        }
        switch (action) {
            case "next":
                return simple(Kind.NEXT);
            case "back":
                return simple(Kind.BACK);
            case "close":
                return simple(Kind.CLOSE);
            default:
                break;
        }
        String[] parts = action.split(":", -1);
        WizardRows rows = parts.length < 2 ? null : rows(step, parts[1]);
        if (rows != null && parts.length == 2 && "add".equals(parts[0])) {
            return new StepAction(Kind.ADD, rows, -1, WizardLabels.id(rows.name()));
        }
        if (rows != null && parts.length == 3 && "remove".equals(parts[0]) && parts[2].matches("\\d{1,3}")) {
            return new StepAction(Kind.REMOVE, rows, Integer.parseInt(parts[2]), WizardLabels.id(rows.name()));
        }
        return simple(Kind.SAVE);
    }

    /** After adding: scroll to the new row (or to the list when it was full). */
    StepAction added(int newRow) {
        return newRow < 0 ? this : new StepAction(kind, rows, newRow, WizardLabels.rowId(rows, newRow));
    }

    private static StepAction simple(Kind kind) {
        return new StepAction(kind, null, -1, null);
    }

    /** The step's list of that name, or the list of that name inside one of its rows ({@code personsConcerned[0].nationalities}). */
    private static WizardRows rows(WizardStep step, String name) {
        for (WizardPart part : step.parts()) {
            if (!(part instanceof WizardRows rows)) {
                continue;
            }
            if (rows.name().equals(name)) {
                return rows;
            }
            Matcher m = INNER.matcher(name);
            if (m.matches() && m.group(1).equals(rows.name()) && Integer.parseInt(m.group(2)) < rows.max()) {
                for (WizardRows inner : rows.lists()) {
                    if (inner.name().equals(m.group(3))) {
                        return rows.in(Integer.parseInt(m.group(2)), inner);
                    }
                }
            }
        }
        return null;
    }
}
