package org.comity.core.document;

/**
 * The document a person travels on (legal-domain.md §5.3); {@code number} is empty for
 * {@link Kind#NONE}.
 */
public record TravelDocument(Kind kind, String number) {

	/** Kinds of travel document accepted at a handover point. */
	public enum Kind {
		PASSPORT, EMERGENCY_TRAVEL_DOC, LAISSEZ_PASSER, NONE
	}

}
