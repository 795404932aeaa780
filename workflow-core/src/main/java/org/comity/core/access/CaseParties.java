package org.comity.core.access;

/**
 * The two states of a case: what the access policies decide on, and the {@code parties} of a case as
 * the case view publishes them ({@code GET /api/v1/cases/{id}}).
 *
 * @param requestingState the state that asks; for a repatriation the holding state that hands over
 * @param requestedState the state asked; for a repatriation the receiving state
 */
public record CaseParties(String requestingState, String requestedState) {}
