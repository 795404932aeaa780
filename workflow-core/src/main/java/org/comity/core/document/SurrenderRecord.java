package org.comity.core.document;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * Record of surrender (handover protocol and property list, legal-domain.md §2.8 step A18).
 */
public record SurrenderRecord(Subject person, BilingualText handoverPoint, ZonedDateTime surrenderedAt,
		List<Officer> deliveringOfficers, List<Officer> receivingOfficers, List<BilingualText> propertyHandedOver)
		implements DocumentContent {

	public SurrenderRecord {
		deliveringOfficers = List.copyOf(deliveringOfficers);
		receivingOfficers = List.copyOf(receivingOfficers);
		propertyHandedOver = List.copyOf(propertyHandedOver);
	}

	@Override
	public DocumentType type() {
		return DocumentType.SURRENDER_RECORD;
	}

}
