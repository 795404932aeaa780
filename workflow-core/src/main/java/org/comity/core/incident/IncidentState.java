package org.comity.core.incident;

/**
 * Where an incident stands. {@code RESOLVED}: its job was given new retries (by a supervisor) and
 * runs again; {@code CLOSED}: the process instance ended otherwise (cancelled or deleted), so there
 * is nothing left to retry.
 */
public enum IncidentState {
    OPEN,
    RESOLVED,
    CLOSED
}
