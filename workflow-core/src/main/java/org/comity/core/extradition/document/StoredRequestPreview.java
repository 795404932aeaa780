package org.comity.core.extradition.process;

import java.util.Optional;
import org.comity.core.archive.CaseDocuments;
import org.comity.core.casefile.CaseFile;
import org.comity.core.document.RenderedDocument;
import org.comity.core.extradition.intake.ExtraditionRecords;
import org.springframework.stereotype.Service;

/**
 * The extradition request as {@code ServiceTask_IssueExtraditionRequest} would issue it now, from
 * the request as it is stored, for the supervisor to read before approving it (issue 12). Built
 * by the same {@link ExtraditionContents} as the issued document, rendered with a draft marking on
 * every page, and neither stored nor audited as issued.
 */
@Service
public class ExtraditionRequestPreview {

    private final ExtraditionRecords records;
    private final ExtraditionContents contents;
    private final CaseDocuments documents;

    ExtraditionRequestPreview(ExtraditionRecords records, ExtraditionContents contents, CaseDocuments documents) {
        this.records = records;
        this.contents = contents;
        this.documents = documents;
    }

    /** The preview of the case's request, if it has one. */
    public Optional<RenderedDocument> of(CaseFile caseFile) {
        return records.requestOfCase(caseFile.id()).map(request -> documents.preview("extradition", caseFile,
                contents.request(request), caseFile.requesting(), caseFile.requested()));
    }
}
