package org.comity.core.casefile;

/**
 * Whose deliberation a process of a case is, as the models divide the work: an extradition or MLA
 * case runs one process on each side; a repatriation operation's operation, person and handover
 * processes are joint (both states have tasks in them, each its own), and its route decisions are
 * the holding state's alone (DESIGN.md §4). Each {@link CaseKind} assigns its processes a party.
 */
public enum CaseParty {

    /** The state that asks (for a repatriation: the holding state that hands over). */
    REQUESTING,
    /** The state asked (for a repatriation: the receiving state). */
    REQUESTED,
    /** Both states work in the process, each on its own tasks. */
    JOINT;

    /** The state of this party in the case; {@code null} for a joint process. */
    public String jurisdiction(CaseFile file) {
        return switch (this) {
            case REQUESTING -> file.requesting();
            case REQUESTED -> file.requested();
            case JOINT -> null;
        };
    }
}
