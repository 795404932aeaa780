package org.comity.core.document;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Handover manifest of a repatriation batch (legal-domain.md §5.3): every person handed over,
 * with the escort responsible for them.
 */
public record HandoverManifest(UUID batchId, FreeText operation, FreeText handoverPoint,
		ZonedDateTime scheduledAt, List<Entry> persons, List<Officer> escorts) implements DocumentContent {

	public HandoverManifest {
		persons = List.copyOf(persons);
		escorts = List.copyOf(escorts);
		if (persons.isEmpty()) {
			throw new IllegalArgumentException("a manifest lists at least one person");
		}
	}

	@Override
	public DocumentType type() {
		return DocumentType.HANDOVER_MANIFEST;
	}

	/** One row: the person and the badge of the escorting officer. */
	public record Entry(PersonName name, String sex, LocalDate dateOfBirth, TravelDocument travelDocument,
			String escortBadge) {
	}

}
