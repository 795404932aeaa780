package org.comity.web.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.comity.core.audit.AuditCsvWriter;
import org.comity.core.audit.AuditObjectType;
import org.comity.core.audit.AuditQuery;
import org.comity.core.audit.AuditSearch;
import org.comity.core.identity.Actor;
import org.springframework.stereotype.Component;

/**
 * Writes the audit entries matching a query as a CSV download, logged as the auditor's export: one
 * place for the API ({@code GET /api/v1/audit/events.csv}) and the signed-in auditor's page
 * ({@code GET /audit/events.csv}), so that both give the same file.
 */
@Component
public class AuditCsvExport {

    private final AuditSearch search;
    private final Consultations consultations;

    AuditCsvExport(AuditSearch search, Consultations consultations) {
        this.search = search;
        this.consultations = consultations;
    }

    public void write(Actor actor, AuditQuery query, String purpose, HttpServletResponse response) throws IOException {
        consultations.record(actor, "audit.export", AuditObjectType.AUDIT_LOG, "audit_log", null, purpose);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"comity-audit.csv\"");
        AuditCsvWriter csv =
                new AuditCsvWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        csv.writeHeader();
        search.forEach(query, csv);
        csv.flush();
    }
}
