package org.comity.core.task;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A user task as officers and clients see it.
 *
 * @param caseId the case the task belongs to (the process instance's business key)
 * @param timeLeft time until the due date at the engine's current time; negative when overdue
 */
public record TaskView(
        String id,
        String taskKey,
        String name,
        String processKey,
        String caseId,
        Instant created,
        Instant due,
        boolean overdue,
        Duration timeLeft,
        String assignee,
        String formKey,
        List<String> candidateGroups) {}
