package org.comity.core.document;

import java.time.LocalDate;
import java.util.List;
import org.comity.core.text.Text;

/**
 * Request for supplementary material (legal-domain.md §2.8, step A5): what is missing (as the
 * requested state's officer wrote it, one item a line) and by when it must arrive before the request is treated as withdrawn.
 */
public record SupplementaryInformationRequest(
        Subject person, String requestReference, List<FreeText> missingItems, LocalDate deadline, Text consequence)
        implements DocumentContent {

    public SupplementaryInformationRequest {
        missingItems = List.copyOf(missingItems);
    }

    @Override
    public DocumentType type() {
        return DocumentType.SUPPLEMENTARY_INFORMATION_REQUEST;
    }
}
