package org.comity.core.extradition;

import java.util.Optional;
import org.comity.core.casefile.CaseFile;
import org.comity.core.document.RenderedDocument;

/**
 * The extradition request as {@code ServiceTask_IssueExtraditionRequest} would issue it now, from
 * the request as it is stored, for the supervisor to read before approving it (issue 12): rendered
 * with a draft marking on every page, and neither stored nor audited as issued. Part of the
 * feature's published surface; the document package implements it.
 */
public interface ExtraditionRequestPreview {

    /** The preview of the case's request, if it has one. */
    Optional<RenderedDocument> of(CaseFile caseFile);
}
