package org.comity.core.mla.process;

import static org.comity.core.mla.process.MlaProcesses.Variables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.comity.core.archive.CaseDocuments;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.text.Phrase;
import org.comity.core.document.FreeText;
import org.comity.core.document.MlaExecutionReport;
import org.comity.core.document.Signatory;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.mla.form.EvidenceItem;
import org.comity.core.mla.form.EvidenceItems;
import org.comity.core.mla.form.ExecutionOutcome;
import org.comity.core.mla.form.MlaExecuteRequestForm;
import org.comity.core.mla.intake.MlaRecords;
import org.comity.core.mla.legalbasis.MlaLegalBases;
import org.comity.core.mla.process.MlaProcesses.Requested;
import org.comity.core.mla.process.MlaProcesses.Requesting;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.signature.Signatories;
import org.comity.core.task.CaseSubmissions;
import org.springframework.stereotype.Component;

/**
 * The document steps of both MLA processes (DESIGN §9): the letter of request when the requesting
 * supervisor has approved the request, the execution report when the requested officer has
 * executed it, whose evidence items are stored with their SHA-256 first, and the notice of a refusal
 * or a postponement with its reasons ({@link MlaNotices}). Each document is stored on
 * the case and its digest written into the audit chain by {@link CaseDocuments}.
 */
@Component("mlaDocuments")
class MlaDocumentIssuer implements JavaDelegate {

    private final CaseDocuments documents;
    private final CaseFiles cases;
    private final MlaRecords records;
    private final CaseSubmissions submissions;
    private final MlaLetters letters;
    private final JurisdictionRegistry jurisdictions;
    private final MlaNotices notices;
    private final Signatories signatories;

    MlaDocumentIssuer(CaseDocuments documents, CaseFiles cases, MlaRecords records, CaseSubmissions submissions,
            MlaLegalBases legalBases, JurisdictionRegistry jurisdictions, Signatories signatories) {
        this.signatories = signatories;
        this.documents = documents;
        this.cases = cases;
        this.records = records;
        this.submissions = submissions;
        this.letters = new MlaLetters(legalBases);
        this.jurisdictions = jurisdictions;
        this.notices = new MlaNotices(submissions, jurisdictions);
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseFile caseFile = cases.find(UUID.fromString(execution.getBusinessKey())).orElseThrow();
        MlaRequest request = records.request(UUID.fromString((String) execution.getVariable(REQUEST_ID)));
        String requesting = (String) execution.getVariable(REQUESTING_STATE);
        String requested = (String) execution.getVariable(REQUESTED_STATE);
        switch (execution.getCurrentActivityId()) {
            case Requesting.ISSUE_LETTER -> documents.issue("mla", caseFile, letters.letter(request), requesting,
                    requested, null, List.of(signedBy(caseFile, Requesting.REVIEW_REQUEST, requesting)));
            case Requested.ISSUE_REPORT -> documents.issue("mla", caseFile, report(caseFile, request, requested),
                    requested, requesting, (String) execution.getVariable(OUTCOME),
                    List.of(signedBy(caseFile, Requested.EXECUTE_REQUEST, requested)));
            case Requested.ISSUE_REFUSAL_NOTICE, Requested.ISSUE_POSTPONEMENT_NOTICE -> documents.issue("mla", caseFile,
                    notices.notice(execution.getCurrentActivityId(), caseFile, request, requested), requested, requesting,
                    null, List.of(signedBy(caseFile, Requested.ASSESS_REQUEST, requested)));
            default -> throw new IllegalStateException("No document is issued at " + execution.getCurrentActivityId());
        }
    }

    /**
     * The officer who approved the letter, executed the request or assessed it (a refusal or a
     * postponement) signs for the issuing authority.
     */
    private Signatory signedBy(CaseFile caseFile, String taskKey, String state) {
        return signatories.of(submissions.lastCompletion(caseFile.id().toString(), taskKey), state,
                Signatory.ISSUING_AUTHORITY);
    }

    /** The report from the executing officer's completed form, read back as its record. */
    private MlaExecutionReport report(CaseFile caseFile, MlaRequest request, String requested) {
        String caseId = caseFile.id().toString();
        MlaExecuteRequestForm form = submissions.latest(caseId, Requested.EXECUTE_REQUEST, MlaExecuteRequestForm.class)
                .orElseThrow(() -> new IllegalStateException("The report follows the executed request"));
        List<EvidenceItem> items = EvidenceItems.parse(form.evidenceItems());
        records.replaceEvidence(caseFile.id(), items,
                submissions.submittersOf(caseId, Requested.EXECUTE_REQUEST).get(0));
        List<String> languages = jurisdictions.require(requested).languages();
        String language = languages.isEmpty() ? "en" : languages.get(0);
        FreeText authority = FreeText.asWritten(form.executingAuthority(), language);
        var executedAt = form.executedAt().atZoneSameInstant(jurisdictions.require(requested).zone());
        List<MlaExecutionReport.EvidenceItem> evidence = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            EvidenceItem item = items.get(i);
            evidence.add(new MlaExecutionReport.EvidenceItem("E" + (i + 1),
                    FreeText.asWritten(item.description(), language), FreeText.asWritten(item.source(), language),
                    executedAt, authority, item.sha256()));
        }
        ExecutionOutcome outcome = form.outcome();
        return new MlaExecutionReport(caseFile.reference() + " / " + request.caseReference(), authority,
                Phrase.of("mla.outcome." + outcome.name()), FreeText.asWritten(form.measuresTaken(), language),
                FreeText.optional(form.obstacles(), language), evidence);
    }
}
