package org.comity.core.document;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Receipt signed by the receiving state (legal-domain.md §5.3 {@code receipt}): how many persons
 * were listed, how many were received, and every discrepancy.
 */
public record HandoverReceipt(UUID batchId, FreeText handoverPoint, ZonedDateTime handedOverAt, int listed,
		int received, List<Discrepancy> discrepancies, Officer receivedBy) implements DocumentContent {

	public HandoverReceipt {
		discrepancies = List.copyOf(discrepancies);
	}

	@Override
	public DocumentType type() {
		return DocumentType.HANDOVER_RECEIPT;
	}

	/** A listed person not received, or received with a difference, and what was found. */
	public record Discrepancy(PersonName person, FreeText finding) {
	}

}
