package org.comity.web.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.comity.core.audit.AuditCategory;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.audit.AuditQuery;
import org.comity.core.audit.AuditSearch;
import org.comity.core.audit.AuditVerifier;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.identity.Actor;
import org.comity.core.timeline.CaseTimeline;
import org.comity.web.audit.AuditCsvExport;
import org.comity.web.audit.CaseAuditReports;
import org.comity.web.audit.Consultations;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditor's pages: the chain's state, a search over the audit log with CSV export, and a case's
 * merged timeline, from which the auditor issues the case audit report. Every page view is itself
 * logged as a consultation. Only auditors reach
 * them (the rule is in the security configuration).
 */
@Controller
class AuditPagesController {

    static final String PURPOSE = Consultations.AUDIT_PURPOSE;

    private final AuditCsvExport csvExport;

    private final AuditVerifier verifier;
    private final AuditSearch search;
    private final CaseFiles cases;
    private final CaseTimeline timeline;
    private final Consultations consultations;
    private final CaseAuditReports reports;

    AuditPagesController(
            AuditVerifier verifier,
            AuditSearch search,
            CaseFiles cases,
            CaseTimeline timeline,
            Consultations consultations,
            AuditCsvExport csvExport,
            CaseAuditReports reports) {
        this.csvExport = csvExport;
        this.reports = reports;
        this.verifier = verifier;
        this.search = search;
        this.cases = cases;
        this.timeline = timeline;
        this.consultations = consultations;
    }

    @GetMapping("/audit")
    String log(
            Actor actor,
            @RequestParam(required = false) String actorId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID caseId,
            @RequestParam(required = false) AuditCategory category,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        consultations.record(actor, "audit.search", AuditObjectType.AUDIT_LOG, "audit_log", null, PURPOSE);
        AuditQuery query = query(actorId, from, to, caseId, category);
        model.addAttribute("chain", verifier.verify());
        model.addAttribute("entries", search.search(query, Math.max(0, page), 100));
        model.addAttribute("categories", AuditCategory.values());
        return "audit";
    }

    /**
     * The entries the page shows, as a CSV download for the signed-in auditor (the API's export takes
     * Basic credentials, which a browser session does not send).
     */
    @GetMapping("/audit/events.csv")
    void export(
            Actor actor,
            @RequestParam(required = false) String actorId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID caseId,
            @RequestParam(required = false) AuditCategory category,
            HttpServletResponse response)
            throws IOException {
        csvExport.write(actor, query(actorId, from, to, caseId, category), PURPOSE, response);
    }

    /** The page's filter: dates are whole UTC days, the log's own zone; an inverted range is ignored. */
    private static AuditQuery query(String actorId, LocalDate from, LocalDate to, UUID caseId, AuditCategory category) {
        AuditQuery query = AuditQuery.all();
        if (actorId != null && !actorId.isBlank()) {
            query = query.withActor(actorId.strip());
        }
        Instant start = from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end =
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        if ((start != null || end != null) && (start == null || end == null || start.isBefore(end))) {
            query = query.withTimeRange(start, end);
        }
        if (caseId != null) {
            query = query.withCase(caseId);
        }
        if (category != null) {
            query = query.withCategory(category);
        }
        return query;
    }

    @GetMapping("/audit/cases/{caseId}")
    String caseTimeline(Actor actor, @PathVariable String caseId, Model model) {
        CaseFile file = cases.visible(actor, caseId);
        consultations.record(
                actor, "case.timeline", AuditObjectType.CASE, file.id().toString(), file.id(), PURPOSE);
        model.addAttribute("caseFile", file);
        model.addAttribute("events", timeline.of(file.id()));
        return "audit-case";
    }

    /** Issues the case audit report, as the API does, and opens it (the browser downloads the PDF). */
    @PostMapping("/audit/cases/{caseId}/report")
    String report(Actor actor, @PathVariable String caseId) {
        return "redirect:/documents/" + reports.issue(actor, caseId).id();
    }
}
