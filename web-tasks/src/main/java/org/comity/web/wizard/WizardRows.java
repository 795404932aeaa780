package org.comity.web.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Repeatable rows: a list in the model ({@code offences}, {@code person.identityDocuments}), each
 * row the same fields, with "add" and "remove" buttons that are plain form submits (they work
 * without JavaScript). Row {@code i}'s field {@code f} is {@code name[i].f}. A row may hold lists of
 * its own, one level deep ({@code personsConcerned[i].nationalities}): each row's list counts its
 * rows itself, and an empty row of such a list is left out of the model (a nationality not given
 * is no nationality) while the rows after it keep their index, so that an error lands on its row.
 *
 * @param name model path of the list
 * @param fields the fields of one row, named relative to it
 * @param min rows there always are (a required list starts with one)
 * @param max rows there may be at most
 * @param appliesWhen whether the rows apply to the draft as it stands
 * @param lists lists inside each row, named relative to it (they hold no lists themselves)
 */
record WizardRows(
        String name,
        List<WizardField> fields,
        int min,
        int max,
        Predicate<DraftValues> appliesWhen,
        List<WizardRows> lists)
        implements WizardPart {

    WizardRows {
        fields = List.copyOf(fields);
        lists = List.copyOf(lists);
        if (min < 0 || max < Math.max(1, min)) {
            throw new IllegalArgumentException("rows " + name + " need 0 <= min <= max, max >= 1");
        }
        if (lists.stream().anyMatch(inner -> !inner.lists().isEmpty())) {
            throw new IllegalArgumentException("rows " + name + ": lists in a row hold no lists themselves");
        }
    }

    static WizardRows of(String name, int min, int max, WizardField... fields) {
        return new WizardRows(name, List.of(fields), min, max, values -> true, List.of());
    }

    /** The same rows, each with these lists inside. */
    WizardRows withLists(WizardRows... inner) {
        return new WizardRows(name, fields, min, max, appliesWhen, List.of(inner));
    }

    WizardRows withFields(List<WizardField> newFields) {
        return new WizardRows(name, newFields, min, max, appliesWhen, lists);
    }

    /** The path of a field of row {@code index}. */
    String path(int index, WizardField field) {
        return name + "[" + index + "]" + (field.name().isEmpty() ? "" : "." + field.name());
    }

    /** List {@code inner} of row {@code index}, named by its full path ({@code personsConcerned[0].nationalities}). */
    WizardRows in(int index, WizardRows inner) {
        return new WizardRows(
                name + "[" + index + "]." + inner.name(),
                inner.fields(),
                inner.min(),
                inner.max(),
                inner.appliesWhen(),
                List.of());
    }

    /**
     * Every field of row {@code index} with its path, those of the row's lists included (marked as
     * slots: left out of the model when empty), as far as they apply to the draft.
     */
    List<Slot> slots(int index, DraftValues values) {
        List<Slot> slots = new ArrayList<>();
        for (WizardField field : fields) {
            if (field.appliesTo(values)) {
                slots.add(new Slot(field, path(index, field), field.slot()));
            }
        }
        for (WizardRows inner : lists) {
            WizardRows list = in(index, inner);
            if (!list.appliesTo(values)) {
                continue;
            }
            for (int row = 0; row < values.rows(list); row++) {
                for (WizardField field : list.fields()) {
                    if (field.appliesTo(values)) {
                        slots.add(new Slot(field, list.path(row, field), true));
                    }
                }
            }
        }
        return slots;
    }

    /**
     * A field of a row at its path.
     *
     * @param optional an empty value is left out of the model rather than set to nothing
     */
    record Slot(WizardField field, String path, boolean optional) {}

    @Override
    public boolean appliesTo(DraftValues values) {
        return appliesWhen.test(values);
    }
}
