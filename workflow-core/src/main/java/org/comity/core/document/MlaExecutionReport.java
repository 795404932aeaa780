package org.comity.core.document;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * Report on the execution of an MLA request: what was done and each evidence item with the
 * SHA-256 of its file, so the requesting state can check the chain of custody.
 */
public record MlaExecutionReport(String requestReference, BilingualText executingAuthority, BilingualText summary,
		List<EvidenceItem> evidence) implements DocumentContent {

	public MlaExecutionReport {
		evidence = List.copyOf(evidence);
	}

	@Override
	public DocumentType type() {
		return DocumentType.MLA_EXECUTION_REPORT;
	}

	/** One item obtained, when and by whom, and the SHA-256 (hex) of its content. */
	public record EvidenceItem(String itemId, BilingualText description, ZonedDateTime obtainedAt, String obtainedBy,
			String sha256) {
	}

}
