package org.comity.core.mla;

import java.util.Optional;
import org.comity.core.archive.CaseDocuments;
import org.comity.core.casefile.CaseFile;
import org.comity.core.document.RenderedDocument;
import org.comity.core.mla.document.MlaLetters;
import org.comity.core.mla.request.MlaLegalBases;
import org.springframework.stereotype.Service;

/**
 * The letter of request as {@code ServiceTask_IssueLetterOfRequest} would issue it now, from the
 * request as it is stored, for the supervisor to read before approving it (issue 12). Written by the
 * same {@link MlaLetters} as the issued letter, rendered with a draft marking on every page, and
 * neither stored nor audited as issued.
 */
@Service
public class MlaLetterPreview {

    private final MlaRecords records;
    private final MlaLetters letters;
    private final CaseDocuments documents;

    MlaLetterPreview(MlaRecords records, MlaLegalBases legalBases, CaseDocuments documents) {
        this.records = records;
        this.letters = new MlaLetters(legalBases);
        this.documents = documents;
    }

    /** The preview of the case's letter of request, if the case has a request. */
    public Optional<RenderedDocument> of(CaseFile caseFile) {
        return records.requestOfCase(caseFile.id())
                .map(request -> documents.preview(
                        "mla", caseFile, letters.letter(request), caseFile.requesting(), caseFile.requested()));
    }
}
