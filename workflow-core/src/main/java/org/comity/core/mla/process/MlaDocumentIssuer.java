package org.comity.core.mla.process;

import static org.comity.core.mla.process.MlaProcesses.Variables.*;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.comity.core.archive.CaseDocuments;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.document.BilingualText;
import org.comity.core.document.MlaExecutionReport;
import org.comity.core.jurisdiction.JurisdictionRegistry;
import org.comity.core.mla.form.EvidenceItem;
import org.comity.core.mla.form.EvidenceItems;
import org.comity.core.mla.form.ExecutionOutcome;
import org.comity.core.mla.intake.MlaRecords;
import org.comity.core.mla.legalbasis.MlaLegalBases;
import org.comity.core.mla.process.MlaProcesses.Requested;
import org.comity.core.mla.process.MlaProcesses.Requesting;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.task.CaseSubmissions;
import org.springframework.stereotype.Component;

/**
 * The document steps of both MLA processes (DESIGN §9): the letter of request when the requesting
 * supervisor has approved the request, and the execution report when the requested officer has
 * executed it, whose evidence items are stored with their SHA-256 first. Each document is stored on
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

    MlaDocumentIssuer(CaseDocuments documents, CaseFiles cases, MlaRecords records, CaseSubmissions submissions,
            MlaLegalBases legalBases, JurisdictionRegistry jurisdictions) {
        this.documents = documents;
        this.cases = cases;
        this.records = records;
        this.submissions = submissions;
        this.letters = new MlaLetters(legalBases);
        this.jurisdictions = jurisdictions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseFile caseFile = cases.find(UUID.fromString(execution.getBusinessKey())).orElseThrow();
        MlaRequest request = records.request(UUID.fromString((String) execution.getVariable(REQUEST_ID)));
        String requesting = (String) execution.getVariable(REQUESTING_STATE);
        String requested = (String) execution.getVariable(REQUESTED_STATE);
        switch (execution.getCurrentActivityId()) {
            case Requesting.ISSUE_LETTER -> documents.issue("mla", caseFile, letters.letter(request), requesting,
                    requested, null);
            case Requested.ISSUE_REPORT -> documents.issue("mla", caseFile, report(caseFile, request, requested),
                    requested, requesting, (String) execution.getVariable(OUTCOME));
            default -> throw new IllegalStateException("No document is issued at " + execution.getCurrentActivityId());
        }
    }

    private MlaExecutionReport report(CaseFile caseFile, MlaRequest request, String requested) {
        String caseId = caseFile.id().toString();
        Map<String, Object> form = submissions.latest(caseId, Requested.EXECUTE_REQUEST);
        List<EvidenceItem> items = EvidenceItems.parse((String) form.get("evidenceItems"));
        records.replaceEvidence(caseFile.id(), items,
                submissions.submittersOf(caseId, Requested.EXECUTE_REQUEST).get(0));
        String authority = (String) form.get("executingAuthority");
        ZoneId zone = jurisdictions.require(requested).zone();
        var executedAt = OffsetDateTime.parse((String) form.get("executedAt")).atZoneSameInstant(zone);
        List<MlaExecutionReport.EvidenceItem> evidence = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            EvidenceItem item = items.get(i);
            evidence.add(new MlaExecutionReport.EvidenceItem("E" + (i + 1),
                    BilingualText.of(item.description() + " (source: " + item.source() + ")",
                            item.description() + "（来源：" + item.source() + "）"),
                    executedAt, authority, item.sha256()));
        }
        ExecutionOutcome outcome = ExecutionOutcome.valueOf((String) form.get("outcome"));
        String obstacles = (String) form.get("obstacles");
        String measures = (String) form.get("measuresTaken");
        return new MlaExecutionReport(caseFile.reference() + " / " + request.caseReference(),
                BilingualText.of(authority, authority),
                BilingualText.of(outcome.labelEn() + ". " + measures + (obstacles == null ? "" : "\nObstacles: " + obstacles),
                        outcome.labelZh() + "。" + measures + (obstacles == null ? "" : "\n执行障碍：" + obstacles)),
                evidence);
    }
}
