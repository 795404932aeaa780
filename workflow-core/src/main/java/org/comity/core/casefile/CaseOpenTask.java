package org.comity.core.casefile;

import java.time.Instant;
import java.util.List;

/** An open task of a case the reader may see; {@code timeLeft} as an ISO-8601 duration. */
public record CaseOpenTask(
        String id,
        String taskKey,
        String name,
        List<String> candidateGroups,
        String assignee,
        Instant due,
        String timeLeft) {}
