package org.comity.core.document;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * Audit report of one case (DESIGN.md §8): the hash-chained log entries and whether the chain
 * verified when the report was produced.
 */
public record CaseAuditReport(List<Entry> entries, boolean chainVerified, String chainHeadSha256)
		implements DocumentContent {

	public CaseAuditReport {
		entries = List.copyOf(entries);
	}

	@Override
	public DocumentType type() {
		return DocumentType.CASE_AUDIT_REPORT;
	}

	/** One audit log entry as printed. */
	public record Entry(ZonedDateTime at, String actor, String action, String entrySha256) {
	}

}
