package org.comity.web.casefile;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.comity.core.extradition.AssuranceView;
import org.comity.core.extradition.SpecialityView;
import org.comity.core.incident.CaseIncident;

/**
 * A case as the case view returns it (DESIGN.md §7 {@code GET /cases/{id}}), as far as the reader may
 * see it ({@link org.comity.core.casefile.CaseVisibility}): the reader's own state's processes, open
 * tasks and deadlines (every state's for an auditor), the messages and documents exchanged, the
 * decisions. For the other party {@code createdBy} is null and {@code createdAt} is when the case
 * reached it ({@code transmittedAt}). {@code speciality} is the speciality register of an extradition
 * case once the person is surrendered, otherwise null. {@code incidents} are the failed jobs of the
 * reader's own side's processes (open and resolved), newest first, so that a case stuck on a failure
 * is never silently stuck.
 */
public record CaseView(String id, String reference, String type, String status, Parties parties, String createdBy,
        Instant createdAt, Instant updatedAt, Instant transmittedAt, List<Side> sides, List<OpenTask> openTasks,
        List<Deadline> deadlines, List<Exchange> exchanges, List<Document> documents, SpecialityView speciality,
        AssuranceView assurances, List<CaseIncident> incidents) {

    @Schema(name = "CaseParties")
    public record Parties(String requestingState, String requestedState) {
    }

    /**
     * One process the reader may see: its current stage (active activities) or how it ended.
     * {@code jurisdiction} is the state it works for, null for a joint operation's process.
     */
    @Schema(name = "CaseSide")
    public record Side(String side, String jurisdiction, String processDefinitionKey, String processInstanceId,
            String state, List<String> stage, String endActivity, Instant startedAt, Instant endedAt) {
    }

    @Schema(name = "CaseOpenTask")
    public record OpenTask(String id, String taskKey, String name, List<String> candidateGroups, String assignee,
            Instant due, String timeLeft) {
    }

    /** A task due date or a running timer of the law; {@code timeLeft} as an ISO-8601 duration. */
    @Schema(name = "CaseDeadline")
    public record Deadline(String what, String side, Instant dueAt, String timeLeft, boolean overdue) {
    }

    /** A message that went from one state's process to the other's, named as the models name it. */
    @Schema(name = "CaseExchange")
    public record Exchange(Instant at, String from, String to, String message) {
    }

    @Schema(name = "CaseDocument")
    public record Document(String id, String type, List<String> languages, long size, String sha256, Instant createdAt) {
    }
}
