package org.comity.web.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.comity.core.audit.AuditCategory;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.audit.AuditPage;
import org.comity.core.audit.AuditQuery;
import org.comity.core.audit.AuditSearch;
import org.comity.core.audit.AuditVerifier;
import org.comity.core.audit.ChainVerification;
import org.comity.core.identity.Actor;
import org.comity.core.validation.FieldError;
import org.comity.core.validation.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The auditor's read-only API over the tamper-evident log: verification of the chain, search and
 * CSV export. Every use is itself logged as a consultation of the audit log. Only auditors reach it
 * (the rule is in the security configuration).
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "For auditors: verify, search and export the audit log")
class AuditApiController {

    static final String DEFAULT_PURPOSE = Consultations.AUDIT_PURPOSE;

    private final AuditVerifier verifier;
    private final AuditSearch search;
    private final Consultations consultations;
    private final AuditCsvExport csvExport;

    AuditApiController(
            AuditVerifier verifier, AuditSearch search, Consultations consultations, AuditCsvExport csvExport) {
        this.csvExport = csvExport;
        this.verifier = verifier;
        this.search = search;
        this.consultations = consultations;
    }

    @GetMapping("/verify")
    @Operation(
            operationId = "verifyAuditChain",
            summary = "Walk the hash chain: valid, entry count and head hash, or the first broken entry and why")
    ChainVerification verify(Actor actor, @RequestParam(defaultValue = DEFAULT_PURPOSE) String purpose) {
        consulted(actor, "audit.verify", purpose);
        return verifier.verify();
    }

    @GetMapping("/events")
    @Operation(
            operationId = "listAuditEvents",
            summary = "Search the audit log by actor, time range, case and category")
    AuditPage events(
            Actor actor,
            @RequestParam(required = false) String actorId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(required = false) UUID caseId,
            @RequestParam(required = false) AuditCategory category,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size,
            @RequestParam(defaultValue = DEFAULT_PURPOSE) String purpose) {
        if (page < 0 || size < 1 || size > AuditSearch.MAX_PAGE_SIZE) {
            throw new InvalidInputException(List.of(new FieldError(
                    "size", "Range", "page must be 0 or more and size between 1 and " + AuditSearch.MAX_PAGE_SIZE)));
        }
        AuditQuery query = query(actorId, from, to, caseId, category);
        consulted(actor, "audit.search", purpose);
        return search.search(query, page, size);
    }

    @GetMapping("/events.csv")
    @Operation(
            operationId = "exportAuditEventsAsCsv",
            summary = "Export the matching audit entries as CSV (cells safe against spreadsheet formulas)",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "UTF-8 CSV with a header row",
                            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    void export(
            Actor actor,
            @RequestParam(required = false) String actorId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(required = false) UUID caseId,
            @RequestParam(required = false) AuditCategory category,
            @RequestParam(defaultValue = DEFAULT_PURPOSE) String purpose,
            HttpServletResponse response)
            throws IOException {
        checkPurpose(purpose);
        csvExport.write(actor, query(actorId, from, to, caseId, category), purpose, response);
    }

    private void consulted(Actor actor, String action, String purpose) {
        checkPurpose(purpose);
        consultations.record(actor, action, AuditObjectType.AUDIT_LOG, "audit_log", null, purpose);
    }

    private static void checkPurpose(String purpose) {
        if (purpose.isBlank() || purpose.length() > 1000) {
            throw new InvalidInputException(List.of(new FieldError("purpose", "Size", "must be 1 to 1000 characters")));
        }
    }

    private static AuditQuery query(String actorId, Instant from, Instant to, UUID caseId, AuditCategory category) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInputException(List.of(new FieldError("from", "Before", "must be before 'to'")));
        }
        AuditQuery query = AuditQuery.all();
        if (actorId != null) {
            query = query.withActor(actorId);
        }
        if (from != null || to != null) {
            query = query.withTimeRange(from, to);
        }
        if (caseId != null) {
            query = query.withCase(caseId);
        }
        return category == null ? query : query.withCategory(category);
    }
}
