package org.comity.core.document;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import org.comity.core.text.Text;

/**
 * Audit report of one case (DESIGN.md §8): the hash-chained log entries and whether the chain
 * verified when the report was produced, issued by the auditing authority with every time in that
 * authority's zone (an auditor in Yangon reads Yangon time), the zone named on the report.
 *
 * @param auditingAuthority the authority that issues the report (a state's auditor, or joint oversight)
 * @param zone the zone every time of the report is printed in
 */
public record CaseAuditReport(
        List<Entry> entries, boolean chainVerified, String chainHeadSha256, Text auditingAuthority, ZoneId zone)
        implements DocumentContent {

    public CaseAuditReport {
        entries = List.copyOf(entries);
        Objects.requireNonNull(auditingAuthority, "auditingAuthority");
        Objects.requireNonNull(zone, "zone");
        for (Entry entry : entries) {
            if (!entry.at().getZone().equals(zone)) {
                throw new IllegalArgumentException("every entry's time is in the report's zone " + zone);
            }
        }
    }

    @Override
    public DocumentType type() {
        return DocumentType.CASE_AUDIT_REPORT;
    }

    /** One audit log entry as printed. */
    public record Entry(ZonedDateTime at, String actor, String action, String entrySha256) {}
}
