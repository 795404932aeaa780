package org.comity.web.casefile;

import java.time.Instant;
import java.util.List;
import org.comity.core.extradition.assurance.AssuranceView;
import org.comity.core.extradition.speciality.SpecialityView;
import org.comity.core.incident.CaseIncident;

/**
 * A case as the case view returns it (DESIGN.md §7 {@code GET /cases/{id}}). {@code speciality} is
 * the speciality register of an extradition case once the person is surrendered, otherwise null.
 * {@code incidents} are the failed jobs of the reader's own side's processes (open and resolved),
 * newest first, so that a case stuck on a failure is never silently stuck.
 */
public record CaseView(String id, String reference, String type, String status, Parties parties, String createdBy,
        Instant createdAt, Instant updatedAt, List<Side> sides, List<OpenTask> openTasks, List<Deadline> deadlines,
        List<Document> documents, SpecialityView speciality,
        AssuranceView assurances, List<CaseIncident> incidents) {

    public record Parties(String requestingState, String requestedState) {
    }

    /** One side's process: its current stage (active activities) or how it ended. */
    public record Side(String side, String jurisdiction, String processDefinitionKey, String processInstanceId,
            String state, List<String> stage, String endActivity, Instant startedAt, Instant endedAt) {
    }

    public record OpenTask(String id, String taskKey, String name, List<String> candidateGroups, String assignee,
            Instant due, String timeLeft) {
    }

    /** A task due date or a running timer of the law; {@code timeLeft} as an ISO-8601 duration. */
    public record Deadline(String what, String side, Instant dueAt, String timeLeft, boolean overdue) {
    }

    public record Document(String id, String type, List<String> languages, long size, String sha256, Instant createdAt) {
    }
}
