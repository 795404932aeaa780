package org.comity.core.mla;

import java.util.List;
import java.util.UUID;
import org.comity.core.archive.CaseDocuments;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.document.DocumentContent;
import org.comity.core.document.Signatory;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.mla.MlaProcesses.Requested;
import org.comity.core.mla.MlaProcesses.Requesting;
import org.comity.core.mla.document.MlaExecutionReports;
import org.comity.core.mla.document.MlaLetters;
import org.comity.core.mla.document.MlaNotices;
import org.comity.core.mla.form.EvidenceItem;
import org.comity.core.mla.form.EvidenceItems;
import org.comity.core.mla.form.MlaAssessRequestForm;
import org.comity.core.mla.form.MlaExecuteRequestForm;
import org.comity.core.mla.request.MlaLegalBases;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.signature.Signatories;
import org.comity.core.task.CaseSubmissions;
import org.springframework.stereotype.Service;

/**
 * The documents of both MLA processes (DESIGN §9): the letter of request when the requesting
 * supervisor has approved the request, the execution report when the requested officer has
 * executed it, whose evidence items are stored with their SHA-256 first, and the notice of a refusal
 * or a postponement with its reasons. The content is written by the builders of {@code document}
 * from the stored request and the officers' forms read back as their records; each document is
 * stored on the case, signed by the officer who decided it, and its digest written into the audit
 * chain by {@link CaseDocuments}.
 */
@Service
public class MlaDocuments {

    /**
     * The case a document is issued for, as the process knows it.
     *
     * @param caseId the case (the business key)
     * @param requestId the stored request
     * @param requesting the requesting state's code
     * @param requested the requested state's code
     */
    public record Issue(UUID caseId, UUID requestId, String requesting, String requested) {}

    private final CaseDocuments documents;
    private final CaseFiles cases;
    private final MlaRecords records;
    private final CaseSubmissions submissions;
    private final MlaLetters letters;
    private final JurisdictionRegistry jurisdictions;
    private final Signatories signatories;

    MlaDocuments(
            CaseDocuments documents,
            CaseFiles cases,
            MlaRecords records,
            CaseSubmissions submissions,
            MlaLegalBases legalBases,
            JurisdictionRegistry jurisdictions,
            Signatories signatories) {
        this.signatories = signatories;
        this.documents = documents;
        this.cases = cases;
        this.records = records;
        this.submissions = submissions;
        this.letters = new MlaLetters(legalBases);
        this.jurisdictions = jurisdictions;
    }

    /** {@code ServiceTask_IssueLetterOfRequest}: signed by the supervisor who approved the request. */
    public void issueLetterOfRequest(Issue issue) {
        CaseFile caseFile = caseFile(issue);
        MlaRequest request = records.request(issue.requestId());
        documents.issue(
                "mla",
                caseFile,
                letters.letter(request),
                issue.requesting(),
                issue.requested(),
                null,
                List.of(signedBy(caseFile, Requesting.REVIEW_REQUEST, issue.requesting())));
    }

    /**
     * {@code ServiceTask_IssueExecutionReport}: records the evidence items of the executing officer's
     * form on the case, then issues the report signed by that officer.
     *
     * @param outcome the execution's outcome, an {@code ExecutionOutcome} name, kept with the document
     */
    public void issueExecutionReport(Issue issue, String outcome) {
        CaseFile caseFile = caseFile(issue);
        MlaRequest request = records.request(issue.requestId());
        String caseId = caseFile.id().toString();
        MlaExecuteRequestForm form = submissions
                .latest(caseId, Requested.EXECUTE_REQUEST, MlaExecuteRequestForm.class)
                .orElseThrow(() -> new IllegalStateException("The report follows the executed request"));
        List<EvidenceItem> items = EvidenceItems.parse(form.evidenceItems());
        records.replaceEvidence(
                caseFile.id(),
                items,
                submissions.submittersOf(caseId, Requested.EXECUTE_REQUEST).get(0));
        String requested = issue.requested();
        documents.issue(
                "mla",
                caseFile,
                MlaExecutionReports.report(
                        reference(caseFile, request),
                        form,
                        items,
                        language(requested),
                        jurisdictions.require(requested).zone()),
                requested,
                issue.requesting(),
                outcome,
                List.of(signedBy(caseFile, Requested.EXECUTE_REQUEST, requested)));
    }

    /** {@code ServiceTask_IssueRefusalNotice}: signed by the officer who assessed the request. */
    public void issueRefusalNotice(Issue issue) {
        CaseFile caseFile = caseFile(issue);
        MlaRequest request = records.request(issue.requestId());
        issueNotice(
                issue,
                caseFile,
                MlaNotices.refusal(reference(caseFile, request), assessment(caseFile), language(issue.requested())));
    }

    /** {@code ServiceTask_IssuePostponementNotice}: signed by the officer who assessed the request. */
    public void issuePostponementNotice(Issue issue) {
        CaseFile caseFile = caseFile(issue);
        MlaRequest request = records.request(issue.requestId());
        issueNotice(
                issue,
                caseFile,
                MlaNotices.postponement(
                        reference(caseFile, request), assessment(caseFile), language(issue.requested())));
    }

    private void issueNotice(Issue issue, CaseFile caseFile, DocumentContent notice) {
        documents.issue(
                "mla",
                caseFile,
                notice,
                issue.requested(),
                issue.requesting(),
                null,
                List.of(signedBy(caseFile, Requested.ASSESS_REQUEST, issue.requested())));
    }

    private CaseFile caseFile(Issue issue) {
        return cases.find(issue.caseId()).orElseThrow();
    }

    private MlaAssessRequestForm assessment(CaseFile caseFile) {
        return submissions
                .latest(caseFile.id().toString(), Requested.ASSESS_REQUEST, MlaAssessRequestForm.class)
                .orElseThrow(() -> new IllegalStateException("A notice follows an assessment"));
    }

    /**
     * The officer who approved the letter, executed the request or assessed it (a refusal or a
     * postponement) signs for the issuing authority.
     */
    private Signatory signedBy(CaseFile caseFile, String taskKey, String state) {
        return signatories.of(
                submissions.lastCompletion(caseFile.id().toString(), taskKey), state, Signatory.ISSUING_AUTHORITY);
    }

    /** Both states' references: Comity's case and the requesting authority's own. */
    private static String reference(CaseFile caseFile, MlaRequest request) {
        return caseFile.reference() + " / " + request.caseReference();
    }

    /** The requested state's first language, in which its officers write. */
    private String language(String state) {
        List<String> languages = jurisdictions.require(state).languages();
        return languages.isEmpty() ? "en" : languages.get(0);
    }
}
