package org.comity.core.validation;

/**
 * One rejected field: its path as the client wrote it (e.g. {@code offences[1].dateTo}), a
 * machine-readable rule code and a message for people.
 */
public record FieldError(String field, String rule, String message) {}
