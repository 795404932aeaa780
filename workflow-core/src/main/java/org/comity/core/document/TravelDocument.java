package org.comity.core.document;

import java.time.LocalDate;

/**
 * The document a person travels on (legal-domain.md §5.3 {@code person.travelDocument}: type, number,
 * expiry); {@code number} is empty and {@code expiry} {@code null} for {@link Kind#NONE}.
 *
 * @param expiry the last day the document is valid, {@code null} when none was recorded
 */
public record TravelDocument(Kind kind, String number, LocalDate expiry) {

    /** Kinds of travel document accepted at a handover point. */
    public enum Kind {
        PASSPORT,
        EMERGENCY_TRAVEL_DOC,
        LAISSEZ_PASSER,
        NONE
    }
}
