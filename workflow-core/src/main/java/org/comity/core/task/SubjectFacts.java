package org.comity.core.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an officer needs to know about the person a task is about, from Comity's tables: who they
 * are, the papers found with them or issued to them, where they were arrested, what their state
 * is asked to confirm, and what was answered on them before.
 *
 * @param subject the person's id and names
 * @param sex the stored code ({@code MALE}, {@code FEMALE}, ...)
 * @param claimedNationality ISO 3166-1 alpha-2
 * @param category the holding state's class ({@code SUSPECT}, ...)
 * @param documents identity documents found with the person, then the travel document issued, if any
 * @param earlierAnswers the submissions of earlier tasks on this person, oldest first
 */
public record SubjectFacts(
        TaskSubject subject,
        String sex,
        LocalDate dateOfBirth,
        String claimedNationality,
        String category,
        String callCentre,
        String region,
        List<Document> documents,
        List<EarlierAnswer> earlierAnswers) {

    public SubjectFacts {
        documents = List.copyOf(documents);
        earlierAnswers = List.copyOf(earlierAnswers);
    }

    /** One document: its type code, number and expiry; {@code issued} marks the travel document the receiving state issued. */
    public record Document(String type, String number, LocalDate expiry, boolean issued) {}

    /** A completed task on this person: which, when, by whom, with the submitted values by field. */
    public record EarlierAnswer(
            String taskKey, String formKey, String submittedBy, Instant submittedAt, Map<String, Object> values) {}
}
