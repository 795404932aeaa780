package org.comity.core.casefile;

import java.time.Instant;

/**
 * A task due date or a running timer of the law; {@code timeLeft} as an ISO-8601 duration.
 * {@code overdue} is boxed because the published API contract has never listed it as required
 * (springdoc marks primitive components required).
 */
public record CaseDeadline(String what, String side, Instant dueAt, String timeLeft, Boolean overdue) {}
