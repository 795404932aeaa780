package org.comity.core.extradition.document;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.comity.core.archive.CaseDocuments;
import org.comity.core.archive.StoredDocument;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.document.DocumentContent;
import org.comity.core.document.Signatory;
import org.comity.core.extradition.ExtraditionStatus;
import org.comity.core.extradition.intake.ExtraditionRecords;
import org.comity.core.extradition.request.ExtraditionRequest;
import org.comity.core.signature.Signatories;
import org.comity.core.task.CaseSubmissions;
import org.comity.core.text.Text;
import org.springframework.stereotype.Service;

/**
 * Issues one extradition document for a case through {@link CaseDocuments}, in the job's
 * transaction, from the stored request and the officers' form entries.
 */
@Service
class ExtraditionDocumentService {

    private final CaseDocuments documents;
    private final CaseFiles cases;
    private final ExtraditionRecords records;
    private final CaseSubmissions submissions;
    private final Signatories signatories;

    ExtraditionDocumentService(
            CaseDocuments documents,
            CaseFiles cases,
            ExtraditionRecords records,
            CaseSubmissions submissions,
            Signatories signatories) {
        this.documents = documents;
        this.submissions = submissions;
        this.signatories = signatories;
        this.cases = cases;
        this.records = records;
    }

    /** The case, its stored request and the forms officers completed, for building a document. */
    public record Sources(CaseFile caseFile, ExtraditionRequest request, ExtraditionRecords records) {

        /** The latest completion of a task of the case, as its form record. */
        public <F extends Record> Optional<F> submission(String taskKey, Class<F> form) {
            return records.latestSubmission(caseFile.id().toString(), taskKey, form);
        }
    }

    public Sources sources(String caseId) {
        UUID id = UUID.fromString(caseId);
        return new Sources(
                cases.find(id).orElseThrow(), records.requestOfCase(id).orElseThrow(), records);
    }

    /**
     * Issues {@code content} from {@code issuing} to {@code receiving}, signed by the given officers,
     * and sets the case status.
     */
    public StoredDocument issue(
            Sources sources,
            DocumentContent content,
            String issuing,
            String receiving,
            ExtraditionStatus status,
            List<Signatory> signedBy) {
        return documents.issue(
                "extradition",
                sources.caseFile(),
                content,
                issuing,
                receiving,
                status == null ? null : status.name(),
                signedBy);
    }

    /** The block of the officer of {@code state} who last completed {@code taskKey} on the case. */
    public Signatory officerOf(Sources sources, String taskKey, String state, Text act) {
        return signatories.of(submissions.lastCompletion(sources.caseFile().id().toString(), taskKey), state, act);
    }

    /** A block for {@code state}'s officers acting outside Comity, named as the other side recorded them. */
    public Signatory recordedBy(String recordedNames, String state, Text act, java.time.LocalDate day) {
        return signatories.recordedBy(recordedNames, state, act, day);
    }
}
