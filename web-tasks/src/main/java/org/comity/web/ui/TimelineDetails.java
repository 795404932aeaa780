package org.comity.web.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.comity.core.timeline.TimelineEvent;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The further facts of an auditor's timeline event in words, and what of them stays technical. A
 * completed task's values read "Label: value" with the form's own labels in the reader's language
 * (never {@code {"reviewDecision":"RETURN"}}); a change the engine recorded reads as what changed
 * ("Assigned to: cn.officer"), an audit entry as its number. The stored text behind each stays
 * available, collapsed, for the auditor who compares it with the database or the audit chain (the
 * entry's SHA-256, the values as stored); it is never the only thing shown.
 */
@Component
class TimelineDetails {

    private static final Pattern AUDIT_ENTRY = Pattern.compile("entry (\\d+), sha-256 ([0-9a-f]+)");
    private static final Pattern OPERATION = Pattern.compile("(\\w+) = (.*)", Pattern.DOTALL);
    private static final TypeReference<LinkedHashMap<String, Object>> VALUES = new TypeReference<>() {};

    private final TaskSubjectAnswers answers;
    private final ObjectMapper mapper;
    private final MessageSource messages;

    TimelineDetails(TaskSubjectAnswers answers, ObjectMapper mapper, MessageSource messages) {
        this.answers = answers;
        this.mapper = mapper;
        this.messages = messages;
    }

    /** The detail in words, or null when it is nothing but technical. */
    String words(TimelineEvent event, Locale locale) {
        String detail = event.detail();
        if (detail == null) {
            return null;
        }
        if (event.formKey() != null) {
            Map<String, Object> values = values(detail);
            String described = values == null
                    ? null
                    : answers.describe(event.formKey(), values, locale).orElse(null);
            return described == null || described.isEmpty()
                    ? messages.getMessage("timeline.detail.noValues", null, locale)
                    : described;
        }
        Matcher entry = AUDIT_ENTRY.matcher(detail);
        if ("AUDIT".equals(event.source()) && entry.matches()) {
            return messages.getMessage("timeline.detail.auditEntry", new Object[] {entry.group(1)}, locale);
        }
        Matcher change = OPERATION.matcher(detail);
        if (event.kind().startsWith("OPERATION:") && change.matches()) {
            String value = "null".equals(change.group(2)) || change.group(2).isBlank()
                    ? messages.getMessage("timeline.property.none", null, locale)
                    : change.group(2);
            return messages.getMessage(
                    "timeline.property." + change.group(1),
                    new Object[] {value},
                    messages.getMessage("timeline.property", null, locale),
                    locale);
        }
        return detail;
    }

    /** The stored text, for the collapsed technical detail; null when the words already are all of it. */
    String technical(TimelineEvent event) {
        String detail = event.detail();
        if (detail == null
                || event.formKey() == null
                        && !"AUDIT".equals(event.source())
                        && !event.kind().startsWith("OPERATION:")) {
            return null;
        }
        return detail;
    }

    private Map<String, Object> values(String json) {
        try {
            return mapper.readValue(json, VALUES);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
