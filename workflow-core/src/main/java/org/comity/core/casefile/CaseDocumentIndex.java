package org.comity.core.casefile;

import java.util.List;
import java.util.UUID;

/**
 * The documents issued on a case, oldest first, for the case view. The archive implements it: the
 * archive already depends on the case file (who may download a document), so the case file asks
 * through this port rather than depending back on the archive.
 */
public interface CaseDocumentIndex {

    List<CaseDocument> of(UUID caseId);
}
