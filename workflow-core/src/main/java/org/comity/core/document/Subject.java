package org.comity.core.document;

import java.time.LocalDate;

/**
 * The person a document is about.
 *
 * @param sex {@code M}, {@code F} or {@code X}
 * @param nationality ISO 3166-1 alpha-2 code
 */
public record Subject(PersonName name, String sex, LocalDate dateOfBirth, String nationality,
		TravelDocument travelDocument) {
}
