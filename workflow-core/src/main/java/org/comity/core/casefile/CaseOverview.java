package org.comity.core.casefile;

import java.time.Instant;
import java.util.List;
import org.comity.core.access.CaseParties;

/**
 * A case as far as the reader may see it ({@link CaseVisibility}), built by {@link CaseViews}: the
 * reader's own state's processes, open tasks and deadlines (every state's for an auditor), the
 * messages and documents exchanged, and the facts its
 * {@link CaseKind} adds ({@code details}). For the other party {@code createdBy} is null and
 * {@code createdAt} is when the case reached it ({@code transmittedAt}). The API publishes it as
 * {@code CaseView} (with the case's failed jobs), the case page renders it.
 */
public record CaseOverview(
        String id,
        String reference,
        String type,
        String status,
        CaseParties parties,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        Instant transmittedAt,
        List<CaseSide> sides,
        List<CaseOpenTask> openTasks,
        List<CaseDeadline> deadlines,
        List<CaseExchange> exchanges,
        List<CaseDocument> documents,
        CaseDetails details) {}
