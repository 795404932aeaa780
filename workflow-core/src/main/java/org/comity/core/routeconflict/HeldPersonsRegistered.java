package org.comity.core.routeconflict;

import java.util.List;
import java.util.UUID;
import org.comity.core.person.PersonIdentity;

/**
 * Persons newly registered as held for a handover, with what identifies them: route conflicts look
 * for each among the persons sought by pending requests to the holding state.
 *
 * @param caseId the case that holds them
 * @param holdingState the state that holds them
 * @param persons the persons, by id
 */
public record HeldPersonsRegistered(UUID caseId, String holdingState, List<Person> persons) {

    public HeldPersonsRegistered {
        persons = List.copyOf(persons);
    }

    /** One person and what identifies them. */
    public record Person(UUID personId, PersonIdentity identity) {}
}
