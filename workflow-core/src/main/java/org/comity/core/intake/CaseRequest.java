package org.comity.core.intake;

/**
 * A request that opens a case between two states: the requesting state sends it, the requested
 * state executes it. The two states define the case and never change after intake.
 */
public interface CaseRequest {

    /** ISO 3166-1 alpha-2 code of the state that sends the request. */
    String requestingState();

    /** ISO 3166-1 alpha-2 code of the state asked to act. */
    String requestedState();
}
