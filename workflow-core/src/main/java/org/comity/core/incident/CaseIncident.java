package org.comity.core.incident;

import java.time.Instant;
import org.comity.core.form.LocalizedText;

/**
 * A failed job of one of a case's processes, as people see it (README "Incidents"): what failed in
 * words ({@code step}), whether a timer or a step failed ({@code job}), when it failed and when it was
 * resolved, the category of the cause and a summary in English and Chinese that never carries the
 * exception's own text, and its state. {@code jurisdiction} is the state whose step it is, or null for
 * a step of a joint repatriation process that concerns both. {@code retryable} when it is open: a
 * supervisor of that state may run the job again.
 */
public record CaseIncident(
        String id,
        String caseId,
        String caseReference,
        IncidentSide side,
        String jurisdiction,
        LocalizedText step,
        JobKind job,
        IncidentCause cause,
        LocalizedText summary,
        IncidentState state,
        Instant openedAt,
        Instant resolvedAt,
        boolean retryable) {}
