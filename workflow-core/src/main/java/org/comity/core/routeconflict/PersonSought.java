package org.comity.core.routeconflict;

import java.util.UUID;

/**
 * A state received a request that seeks a person (published by the feature implementing
 * {@link SoughtPersons}): route conflicts then look for the person among those the state holds.
 *
 * @param caseId the requesting case
 * @param requestedState the state that received the request
 */
public record PersonSought(UUID caseId, String requestedState) {}
