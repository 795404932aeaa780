package org.comity.web.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.comity.core.incident.IncidentCause;
import org.comity.core.timeline.TimelineEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place that turns the codes the engine and the audit log store into words for the reader,
 * in their language. Templates call it as {@code @vocabulary}. The convention is one message key per
 * code: {@code <vocabulary>.<CODE>} for an enum constant ({@code case.status.SUBMITTED},
 * {@code audit.category.ALTERATION}, {@code audit.object.TASK}), {@code audit.action.<code>} for an
 * audit action ({@code audit.action.task.complete}), {@code case.process.<key>} for a process,
 * {@code timeline.*} for the kinds of timeline event; steps are named by {@link ActivityLabels}. A code
 * without a message falls back to a general word where one exists, else to the code itself, which
 * the page scan ({@code PageScanIT}) reports.
 */
@Component("vocabulary")
class Vocabulary {

    private static final Map<String, IncidentCause> CAUSES_BY_ENGLISH = Arrays.stream(IncidentCause.values())
            .collect(Collectors.toMap(c -> c.summary().en(), Function.identity(), (a, b) -> a));

    private final MessageSource messages;
    private final ActivityLabels labels;
    private final TimelineDetails details;

    Vocabulary(MessageSource messages, ActivityLabels labels, TimelineDetails details) {
        this.messages = messages;
        this.labels = labels;
        this.details = details;
    }

    /** An enum constant of a vocabulary, e.g. {@code constant('case.status', 'SUBMITTED')}. */
    public String constant(String vocabulary, Object code) {
        if (code == null) {
            return "";
        }
        return message(vocabulary + "." + code, String.valueOf(code));
    }

    /** What an audit entry's action was, e.g. "Task completed" for {@code task.complete}. */
    public String auditAction(String action) {
        return message("audit.action." + action, action);
    }

    /**
     * An audit entry's purpose: some services record a kind as their purpose (an assurance's kind, a
     * sentence's, an extension's window, a route decided, a case or proceeding status); those are shown
     * in words ({@code audit.purpose.<KIND>}, else a case status), any other purpose as written.
     */
    public String auditPurpose(String purpose) {
        if (purpose == null || !purpose.matches("[A-Z][A-Z_]+")) {
            return purpose == null ? "" : purpose;
        }
        return message("audit.purpose." + purpose, message("case.status." + purpose, purpose));
    }

    /** The kind of object an audit entry concerns, and its id. */
    public String auditObject(Object type, String id) {
        return constant("audit.object", type) + " " + id;
    }

    /** A process by its definition key, e.g. "Extradition request (requesting state)". */
    public String process(String key) {
        return key == null ? "" : message("case.process." + key, key);
    }

    /** What happened in a timeline event. */
    public String timelineKind(String kind) {
        if (kind.startsWith("audit:")) {
            return auditAction(kind.substring("audit:".length()));
        }
        int colon = kind.indexOf(':');
        if (colon > 0) {
            String family = kind.substring(0, colon).toLowerCase(Locale.ROOT);
            String general = messages.getMessage("timeline." + family, null, kind, locale());
            return message("timeline." + family + "." + kind.substring(colon + 1), general);
        }
        return message("timeline.kind." + kind, kind);
    }

    /** The step or object a timeline event concerns: a step by its label, an audited object by kind and id. */
    public String timelineSubject(TimelineEvent event) {
        String subject = event.subject();
        if (subject == null) {
            return "";
        }
        if ("AUDIT".equals(event.source()) || event.kind().startsWith("OPERATION:")) {
            int space = subject.indexOf(' ');
            return space < 0
                    ? constant("audit.object", subject.toUpperCase(Locale.ROOT))
                    : constant("audit.object", subject.substring(0, space).toUpperCase(Locale.ROOT))
                            + subject.substring(space);
        }
        int name = subject.indexOf(" (");
        return name < 0
                ? labels.of(subject, null, locale())
                : labels.of(subject.substring(0, name), subject.substring(name + 2, subject.length() - 1), locale());
    }

    /**
     * A timeline event's further facts in words: an incident's fixed summary, a completed form's
     * "Label: value" pairs, what an engine operation changed, an audit entry's number.
     */
    public String timelineDetail(TimelineEvent event) {
        IncidentCause cause = event.detail() == null ? null : CAUSES_BY_ENGLISH.get(event.detail());
        return cause != null ? cause.summary().in(locale()) : details.words(event, locale());
    }

    /** The stored text behind {@link #timelineDetail}, for a collapsed "technical detail"; null if none. */
    public String timelineTechnical(TimelineEvent event) {
        return details.technical(event);
    }

    private String message(String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
