package org.comity.core.timeline;

import java.time.Instant;

/**
 * One event in a case's history as an auditor reads it, from either source: the engine's history
 * (activities, tasks, timers, messages, incidents, user operations) or Comity's audit log.
 *
 * @param source {@code ENGINE} or {@code AUDIT}
 * @param process the process definition key, which tells the side (e.g. requesting or requested)
 * @param kind what happened, e.g. {@code TASK_COMPLETED}, {@code TIMER}, {@code MESSAGE}, {@code audit:task.complete}
 * @param subject the element or object concerned, e.g. {@code Task_JudicialReview}
 * @param detail further facts: the completed form's values, an incident message, a digest
 * @param formKey the form a completed task's values belong to (so a reader can label them with the
 *        form's own field labels), or null for any other event
 */
public record TimelineEvent(
        Instant at,
        String source,
        String process,
        String kind,
        String subject,
        String actor,
        String detail,
        String formKey) {

    /** An event whose detail is no form's values. */
    public TimelineEvent(
            Instant at, String source, String process, String kind, String subject, String actor, String detail) {
        this(at, source, process, kind, subject, actor, detail, null);
    }
}
