package org.comity.web.wizard;

import java.util.List;
import java.util.function.Predicate;

/**
 * Repeatable rows: a list in the model ({@code offences}, {@code person.identityDocuments}), each
 * row the same fields, with "add" and "remove" buttons that are plain form submits (they work
 * without JavaScript). Row {@code i}'s field {@code f} is {@code name[i].f}.
 *
 * @param name model path of the list
 * @param fields the fields of one row, named relative to it
 * @param min rows there always are (a required list starts with one)
 * @param max rows there may be at most
 * @param appliesWhen whether the rows apply to the draft as it stands
 */
record WizardRows(String name, List<WizardField> fields, int min, int max, Predicate<DraftValues> appliesWhen)
        implements WizardPart {

    WizardRows {
        fields = List.copyOf(fields);
        if (min < 0 || max < Math.max(1, min)) {
            throw new IllegalArgumentException("rows " + name + " need 0 <= min <= max, max >= 1");
        }
    }

    static WizardRows of(String name, int min, int max, WizardField... fields) {
        return new WizardRows(name, List.of(fields), min, max, values -> true);
    }

    WizardRows withFields(List<WizardField> newFields) {
        return new WizardRows(name, newFields, min, max, appliesWhen);
    }

    /** The path of a field of row {@code index}. */
    String path(int index, WizardField field) {
        return name + "[" + index + "]" + (field.name().isEmpty() ? "" : "." + field.name());
    }

    @Override
    public boolean appliesTo(DraftValues values) {
        return appliesWhen.test(values);
    }
}
