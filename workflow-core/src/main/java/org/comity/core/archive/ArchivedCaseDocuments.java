package org.comity.core.archive;

import java.util.List;
import java.util.UUID;
import org.comity.core.casefile.CaseDocument;
import org.comity.core.casefile.CaseDocumentIndex;
import org.springframework.stereotype.Component;

/** The documents of a case as the case view lists them: type, languages, size and SHA-256 as archived. */
@Component
class ArchivedCaseDocuments implements CaseDocumentIndex {

    private final DocumentArchive archive;

    ArchivedCaseDocuments(DocumentArchive archive) {
        this.archive = archive;
    }

    @Override
    public List<CaseDocument> of(UUID caseId) {
        return archive.listFor(caseId).stream()
                .map(d -> new CaseDocument(
                        d.id().toString(), d.type().name(), d.languages(), d.size(), d.sha256(), d.createdAt()))
                .toList();
    }
}
