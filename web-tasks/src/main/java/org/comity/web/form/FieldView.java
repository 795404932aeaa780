package org.comity.web.form;

import java.util.List;

/**
 * One control as the field fragment ({@code templates/field.html}) draws it, for a task form and a
 * request wizard's step alike: label, control, hint and errors, already in the reader's language.
 *
 * @param path the name the control submits under (a form field's name, a wizard's model path)
 * @param id the HTML id; {@code anchor} is what an error summary links to (a radio group's first button)
 * @param input the kind of control: {@code TEXT}, {@code LONG_TEXT}, {@code DATE}, {@code NUMBER} (whole),
 *     {@code DECIMAL}, {@code SELECT}, {@code RADIO}, {@code CHOICES} (check boxes), {@code YES_NO}, {@code CHECKBOX}
 * @param maxDate latest date the picker offers, if any (in the calendar of the state performing the act)
 * @param minDate earliest date the picker offers, if any
 * @param value the value as entered; the options of a multiple choice joined by commas
 */
public record FieldView(
        String path,
        String id,
        String anchor,
        String input,
        String label,
        String hint,
        boolean required,
        Integer minLength,
        Integer maxLength,
        Long min,
        Long max,
        String pattern,
        String maxDate,
        String minDate,
        List<Choice> options,
        String value,
        List<String> errors) {

    /** Whether the option {@code option} is ticked in a multiple choice. */
    public boolean chosen(String option) {
        return value != null && !value.isBlank() && List.of(value.split(",")).contains(option);
    }

    public boolean invalid() {
        return !errors.isEmpty();
    }

    /** The ids the control is described by: its error, then its hint. */
    public String describedBy() {
        String ids = (invalid() ? id + "-error " : "") + (hint != null ? id + "-hint" : "");
        return ids.isBlank() ? null : ids.strip();
    }
}
