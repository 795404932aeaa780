package org.comity.core.extradition.document;

import java.util.Optional;
import org.comity.core.archive.CaseDocuments;
import org.comity.core.casefile.CaseFile;
import org.comity.core.document.RenderedDocument;
import org.comity.core.extradition.ExtraditionRequestPreview;
import org.comity.core.extradition.intake.ExtraditionRecords;
import org.springframework.stereotype.Service;

/**
 * The {@link ExtraditionRequestPreview} of the stored request, built by the same
 * {@link ExtraditionContents} as the issued document.
 */
@Service
class StoredRequestPreview implements ExtraditionRequestPreview {

    private final ExtraditionRecords records;
    private final ExtraditionContents contents;
    private final CaseDocuments documents;

    StoredRequestPreview(ExtraditionRecords records, ExtraditionContents contents, CaseDocuments documents) {
        this.records = records;
        this.contents = contents;
        this.documents = documents;
    }

    @Override
    public Optional<RenderedDocument> of(CaseFile caseFile) {
        return records.requestOfCase(caseFile.id())
                .map(request -> documents.preview(
                        "extradition",
                        caseFile,
                        contents.request(request),
                        caseFile.requesting(),
                        caseFile.requested()));
    }
}
