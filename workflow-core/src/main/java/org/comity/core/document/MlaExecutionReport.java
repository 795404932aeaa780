package org.comity.core.document;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import org.comity.core.text.Text;

/**
 * Report on the execution of an MLA request: the outcome, what was done and what stood in the way
 * (ICJA Art. 17: "report results or obstacles"), and each evidence item with its source and the
 * SHA-256 of its file, so the requesting state can check the chain of custody.
 *
 * @param obstacles {@code null} when the request was executed in full
 */
public record MlaExecutionReport(
        String requestReference,
        FreeText executingAuthority,
        Text outcome,
        FreeText measuresTaken,
        FreeText obstacles,
        List<EvidenceItem> evidence)
        implements DocumentContent {

    public MlaExecutionReport {
        Objects.requireNonNull(executingAuthority, "executingAuthority");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(measuresTaken, "measuresTaken");
        evidence = List.copyOf(evidence);
    }

    @Override
    public DocumentType type() {
        return DocumentType.MLA_EXECUTION_REPORT;
    }

    /** One item obtained, from where, when and by whom, and the SHA-256 (hex) of its content. */
    public record EvidenceItem(
            String itemId,
            FreeText description,
            FreeText source,
            ZonedDateTime obtainedAt,
            FreeText obtainedBy,
            String sha256) {}
}
