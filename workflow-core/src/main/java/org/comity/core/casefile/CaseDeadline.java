package org.comity.core.casefile;

import java.time.Instant;

/** A task due date or a running timer of the law; {@code timeLeft} as an ISO-8601 duration. */
public record CaseDeadline(String what, String side, Instant dueAt, String timeLeft, boolean overdue) {
}
