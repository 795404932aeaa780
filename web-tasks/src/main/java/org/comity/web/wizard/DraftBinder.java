package org.comity.web.wizard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.comity.core.identity.Actor;
import org.comity.core.validation.FieldError;
import org.springframework.context.MessageSource;

/**
 * Turns the text of a draft into the nested values the request model is built from, checking what
 * the model cannot see once the text is gone: that a date is a date, a number a number within the
 * field's range, a choice one of its options, a text within its length, a yes/no question
 * answered. Only fields that apply are taken; every row of a list is taken, even an empty one, so
 * that row {@code i} of the form is element {@code i} of the model and its errors land on it.
 */
final class DraftBinder {

    private final MessageSource messages;

    DraftBinder(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The nested values and the errors found.
     *
     * @param tree maps and lists keyed by the model's component names, ready for Jackson
     * @param errors entries that could not be read, each at its model path
     */
    record Binding(Map<String, Object> tree, List<FieldError> errors) {}

    Binding bind(List<WizardStep> steps, DraftValues values, Actor actor, Locale locale) {
        Map<String, Object> tree = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        List<WizardField> unanswerable = new ArrayList<>();
        for (WizardStep step : steps) {
            for (WizardPart part : step.parts()) {
                if (part instanceof WizardField field && !field.inModel()) {
                    continue;
                }
                if (!part.appliesTo(values)) {
                    if (part instanceof WizardField field && isBoolean(field)) {
                        unanswerable.add(field);
                    }
                    continue;
                }
                if (part instanceof WizardRows rows) {
                    ModelTree.ensureList(tree, rows.name());
                    for (int i = 0; i < values.rows(rows); i++) {
                        for (WizardRows.Slot slot : rows.slots(i, values)) {
                            bindField(slot.field(), slot.path(), slot.optional(), values, actor, locale, tree, errors);
                        }
                    }
                } else {
                    WizardField field = (WizardField) part;
                    bindField(field, field.name(), field.slot(), values, actor, locale, tree, errors);
                }
            }
        }
        // A yes/no that does not apply is "no" where its object exists (an undertaking not given),
        // and stays absent where the whole object does not apply (the judgment of a prosecution).
        for (WizardField field : unanswerable) {
            int dot = field.name().lastIndexOf('.');
            if (dot > 0 && ModelTree.exists(tree, field.name().substring(0, dot))) {
                ModelTree.put(tree, field.name(), Boolean.FALSE);
            }
        }
        return new Binding(tree, errors);
    }

    private static boolean isBoolean(WizardField field) {
        return field.input() == Input.CHECKBOX || field.input() == Input.YES_NO;
    }

    /** Binds one field; an {@code optional} one left empty is left out (a slot of a list in a row). */
    private void bindField(
            WizardField field,
            String path,
            boolean optional,
            DraftValues values,
            Actor actor,
            Locale locale,
            Map<String, Object> tree,
            List<FieldError> errors) {
        String text = values.get(path);
        Object value;
        try {
            value = convert(field, text, actor, locale);
        } catch (Unreadable e) {
            errors.add(new FieldError(path, e.rule, messages.getMessage(e.key, e.arguments, locale)));
            value = isBoolean(field) ? Boolean.FALSE : null;
        }
        if (value == null && optional) {
            return;
        }
        ModelTree.put(tree, path, value == null ? null : field.toModel().apply(value));
    }

    private static Object convert(WizardField field, String text, Actor actor, Locale locale) {
        Integer maxLength = field.constraints().maxLength();
        if (text != null && maxLength != null && text.length() > maxLength) {
            throw new Unreadable("Size", "wizard.invalid.tooLong", String.valueOf(maxLength));
        }
        switch (field.input()) {
            case CHECKBOX:
                return "true".equals(text);
            case YES_NO:
                if ("true".equals(text) || "false".equals(text)) {
                    return Boolean.valueOf(text);
                }
                if (field.answerRequired()) {
                    throw new Unreadable("Answered", "wizard.invalid.answer");
                }
                return Boolean.FALSE;
            default:
                break;
        }
        if (field.input() == Input.CHOICES) {
            return choices(field, text, actor, locale);
        }
        if (text == null) {
            return null;
        }
        return switch (field.input()) {
            case DATE -> date(text);
            case NUMBER -> number(field, text);
            case SELECT, RADIO -> choice(field, text, actor, locale);
            default -> text;
        };
    }

    private static String date(String text) {
        try {
            return LocalDate.parse(text).toString();
        } catch (DateTimeParseException e) {
            throw new Unreadable("Date", "wizard.invalid.date");
        }
    }

    private static Integer number(WizardField field, String text) {
        long number;
        try {
            number = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new Unreadable("Number", "wizard.invalid.number");
        }
        Long min = field.constraints().min();
        Long max = field.constraints().max();
        if ((min != null && number < min) || (max != null && number > max) || number != (int) number) {
            throw new Unreadable("Range", "wizard.invalid.range", String.valueOf(min), String.valueOf(max));
        }
        return (int) number;
    }

    private static String choice(WizardField field, String text, Actor actor, Locale locale) {
        boolean offered = field.options().options(actor, locale).stream()
                .anyMatch(c -> c.value().equals(text));
        if (!offered) {
            throw new Unreadable("Choice", "wizard.invalid.choice");
        }
        return text;
    }

    /** The options ticked, each one offered; nothing ticked is an empty list. */
    private static List<String> choices(WizardField field, String text, Actor actor, Locale locale) {
        if (text == null) {
            return List.of();
        }
        List<String> chosen = new ArrayList<>();
        for (String value : DraftValues.split(text)) {
            chosen.add(choice(field, value, actor, locale));
        }
        return chosen;
    }

    /** A value that cannot be read; carries the message key, never the value. */
    private static final class Unreadable extends RuntimeException {

        private final String rule;
        private final String key;
        private final transient Object[] arguments;

        /** Arguments are text, so that MessageFormat does not group digits ("1,200"). */
        Unreadable(String rule, String key, String... arguments) {
            super(key, null, false, false);
            this.rule = rule;
            this.key = key;
            this.arguments = arguments;
        }
    }
}
