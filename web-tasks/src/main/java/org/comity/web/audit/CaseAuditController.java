package org.comity.web.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.comity.core.archive.StoredDocument;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.identity.Actor;
import org.comity.core.timeline.CaseTimeline;
import org.comity.core.timeline.TimelineEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The auditor's view of one case: the merged timeline of both sides, and the case audit report,
 * issued as a verifiable PDF document of the case. Only auditors reach it (the rule is in the
 * security configuration).
 */
@RestController
@RequestMapping("/api/v1/audit/cases/{caseId}")
@Tag(name = "Audit")
class CaseAuditController {

    private final CaseFiles cases;
    private final CaseTimeline timeline;
    private final Consultations consultations;
    private final CaseAuditReports reports;

    CaseAuditController(CaseFiles cases, CaseTimeline timeline, Consultations consultations, CaseAuditReports reports) {
        this.cases = cases;
        this.timeline = timeline;
        this.consultations = consultations;
        this.reports = reports;
    }

    @GetMapping("/timeline")
    @Operation(
            operationId = "getCaseAuditTimeline",
            summary = "Every event of the case on both sides: engine history, submitted forms, audit log")
    List<TimelineEvent> timeline(
            Actor actor,
            @PathVariable String caseId,
            @RequestParam(defaultValue = AuditApiController.DEFAULT_PURPOSE) String purpose) {
        CaseFile file = cases.visible(actor, caseId);
        consultations.record(
                actor, "case.timeline", AuditObjectType.CASE, file.id().toString(), file.id(), purpose);
        return timeline.of(file.id());
    }

    @PostMapping("/report")
    @Operation(
            operationId = "issueCaseAuditReport",
            summary =
                    "Issue the case audit report (PDF/A, hashed, stored "
                            + "with the case); returns its metadata. A new report supersedes the auditor's previous one of the case")
    StoredDocument report(Actor actor, @PathVariable String caseId) {
        return reports.issue(actor, caseId);
    }
}
