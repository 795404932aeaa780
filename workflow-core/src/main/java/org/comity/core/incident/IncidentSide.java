package org.comity.core.incident;

/**
 * Whose process a failed step belongs to. Each state's deliberation is its own (DESIGN.md §7), so an
 * incident of the requesting state's process is shown to the requesting state only, and one of the
 * requested state's process to the requested state only. The repatriation processes are joint
 * (officers of both states work in them); a step there belongs to the state that performs it, and a
 * step both states rely on ({@code JOINT}) is shown to both.
 */
public enum IncidentSide {
    REQUESTING,
    REQUESTED,
    JOINT
}
