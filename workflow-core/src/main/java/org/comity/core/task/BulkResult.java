package org.comity.core.task;

import java.util.List;

/** The outcome of a bulk completion: counts, and one {@link BulkOutcome} per distinct task id, in order. */
public record BulkResult(long tasks, long completed, long refused, List<BulkOutcome> outcomes) {}
