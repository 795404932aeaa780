package org.comity.core.routeconflict;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.comity.core.person.PersonIdentity;

/**
 * The feature that holds persons for a handover to another state (repatriation), as route conflicts
 * see it: which held persons a sought person may be, and how a decided route acts on them. Route
 * conflicts own the conflict and its decision; the feature owns its persons, their transfers and
 * their processes, so that neither reaches into the other's tables.
 */
public interface HeldPersons {

    /**
     * A case that holds persons (a joint operation).
     *
     * @param caseId the case
     * @param holdingState the state that holds the persons and decides their route
     * @param receivingState the state the persons are to be handed over to
     */
    record HeldCase(UUID caseId, String holdingState, String receivingState) {}

    /**
     * A held person who may be the person sought.
     *
     * @param personId the person
     * @param caseId the case that holds them
     */
    record Candidate(UUID personId, UUID caseId) {}

    /** A held person as registered: names, date of birth and identity document numbers in order. */
    record Held(
            String nameInOriginalScript,
            String nameInLatinScript,
            LocalDate dateOfBirth,
            List<String> documentNumbers) {

        public Held {
            documentNumbers = List.copyOf(documentNumbers);
        }
    }

    /** The case, if it is one that holds persons. */
    Optional<HeldCase> heldCase(UUID caseId);

    /**
     * The persons {@code holdingState} holds, still in their handover procedure, who may be the person
     * sought: same date of birth and a normalised name in either script, or a shared document number.
     */
    List<Candidate> candidates(String holdingState, PersonIdentity sought);

    /** The persons as registered, by id; persons not found are left out. */
    Map<UUID, Held> persons(List<UUID> personIds);

    /**
     * Holds the person back from the planned transfer they are on, if the handover has not yet been
     * executed, with the reason; the transfer they were held back from, if any.
     */
    Optional<UUID> holdBack(UUID personId, String reason);

    /**
     * Extradition goes first: the person is withdrawn from the handover, unless already handed over
     * (the decision then stands on record only).
     */
    void withdraw(UUID personId);

    /** The handover proceeds: the person held back is taken off the transfer, free to be planned again. */
    void release(UUID transferId, UUID personId);
}
