package org.comity.web.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.comity.core.form.FieldSchema;
import org.comity.core.form.FieldType;
import org.comity.core.form.FormRegistry;
import org.comity.core.form.FormSchema;
import org.comity.core.task.SubjectFacts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Submitted form values in words (also for the auditor's timeline, {@link TimelineDetails}). Earlier
 * answers on a person in words: each submission as a row labelled with the task's title,
 * when and by whom, and valued with the form's own labels and option labels (never a raw
 * {@code MORE_INFORMATION_NEEDED}), so the officer reads what a colleague found before.
 */
@Component
class TaskSubjectAnswers {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final FormRegistry forms;
    private final MessageSource messages;

    TaskSubjectAnswers(FormRegistry forms, MessageSource messages) {
        this.forms = forms;
        this.messages = messages;
    }

    List<TaskContext.Row> rows(List<SubjectFacts.EarlierAnswer> answers, Locale locale, ZoneId zone) {
        List<TaskContext.Row> rows = new ArrayList<>();
        for (SubjectFacts.EarlierAnswer answer : answers) {
            Optional<FormSchema> form = forms.find(answer.formKey()).map(f -> f.schema());
            String title = form.map(f -> f.title().in(locale)).orElse(answer.taskKey());
            String label = messages.getMessage(
                    "taskContext.answers.label",
                    new Object[] {title, WHEN.format(answer.submittedAt().atZone(zone)), answer.submittedBy()},
                    locale);
            String values = form.map(f -> describe(f, answer.values(), locale)).orElse("");
            rows.add(new TaskContext.Row(null, label, Collections.singletonList(values), false));
        }
        return rows;
    }

    /**
     * A submission's values in words, "Label: value; Label: value", with the form's own labels and
     * option labels in {@code locale}; empty if no form has that key.
     */
    Optional<String> describe(String formKey, Map<String, Object> values, Locale locale) {
        return forms.find(formKey).map(f -> describe(f.schema(), values, locale));
    }

    private String describe(FormSchema form, Map<String, Object> values, Locale locale) {
        List<String> parts = new ArrayList<>();
        for (FieldSchema field : form.fields()) {
            Object value = values.get(field.name());
            if (value == null || value instanceof String s && s.isBlank()) {
                continue;
            }
            parts.add(field.label().in(locale) + ": " + text(field, value, locale));
        }
        return String.join("; ", parts);
    }

    private String text(FieldSchema field, Object value, Locale locale) {
        if (value instanceof Collection<?> many) {
            return many.stream().map(v -> text(field, v, locale)).collect(Collectors.joining(", "));
        }
        if (field.type() == FieldType.BOOLEAN) {
            return messages.getMessage(Boolean.parseBoolean(value.toString()) ? "form.yes" : "form.no", null, locale);
        }
        String raw = value.toString();
        return field.options() == null
                ? raw
                : field.options().stream()
                        .filter(o -> o.value().equals(raw))
                        .map(o -> o.label().in(locale))
                        .findFirst()
                        .orElse(raw);
    }
}
