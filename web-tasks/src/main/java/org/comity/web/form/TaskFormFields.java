package org.comity.web.form;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.comity.core.form.FieldConstraints;
import org.comity.core.form.FieldSchema;
import org.comity.core.form.FormSchema;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A task form's fields as controls of the one field fragment the request wizards use too, so that a
 * yes/no, a choice or a date looks and behaves the same on a task page, the bulk page and a wizard
 * step. Called from {@code form-fields.html} with the page's values and errors by field name.
 */
@Component("taskFormFields")
public class TaskFormFields {

    private final MessageSource messages;

    TaskFormFields(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param values the entered values by field name (a multiple choice's as a list)
     * @param today the date bounding the date pickers, in the state performing the act
     */
    public List<FieldView> views(
            FormSchema form, Map<String, ?> values, Map<String, List<String>> errors, LocalDate today, Locale locale) {
        return form.fields().stream()
                .map(f -> view(f, values.get(f.name()), errors.getOrDefault(f.name(), List.of()), today, locale))
                .toList();
    }

    private FieldView view(FieldSchema field, Object value, List<String> errors, LocalDate today, Locale locale) {
        FieldConstraints c = field.constraints();
        String input = input(field);
        boolean date = "DATE".equals(input);
        return new FieldView(
                field.name(),
                field.name(),
                field.name(),
                input,
                field.label().in(locale),
                field.hint() == null ? null : field.hint().in(locale),
                field.required(),
                c == null ? null : c.minLength(),
                c == null ? null : c.maxLength(),
                c == null || date ? null : c.min(),
                c == null || date ? null : c.max(),
                c == null ? null : c.pattern(),
                c == null || !date ? null : Objects.toString(c.latestDate(today), null),
                c == null || !date ? null : Objects.toString(c.earliestDate(today), null),
                options(field, locale),
                text(value),
                errors);
    }

    private static String input(FieldSchema field) {
        return switch (field.type()) {
            case TEXT, DATE_TIME -> "TEXT";
            case LONG_TEXT -> "LONG_TEXT";
            case DATE -> "DATE";
            case INTEGER -> "NUMBER";
            case DECIMAL -> "DECIMAL";
            case BOOLEAN -> "YES_NO";
            case CHOICE -> "SELECT";
            case MULTI_CHOICE -> "CHOICES";
        };
    }

    private List<Choice> options(FieldSchema field, Locale locale) {
        if (field.options() != null) {
            return field.options().stream()
                    .map(o -> new Choice(o.value(), o.label().in(locale)))
                    .toList();
        }
        return switch (field.type()) {
            case BOOLEAN ->
                List.of(
                        new Choice("true", messages.getMessage("form.yes", null, locale)),
                        new Choice("false", messages.getMessage("form.no", null, locale)));
            default -> List.of();
        };
    }

    private static String text(Object value) {
        if (value instanceof Collection<?> chosen) {
            return chosen.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        return value == null ? null : value.toString();
    }
}
