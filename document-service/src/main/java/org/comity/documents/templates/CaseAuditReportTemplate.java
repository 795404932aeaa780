package org.comity.documents.templates;

import java.util.ArrayList;
import java.util.List;
import org.comity.core.document.CaseAuditReport;
import org.comity.documents.layout.DocumentComposer;
import org.comity.documents.layout.Table;
import org.comity.documents.wording.Words;

/**
 * Audit report of a case (DESIGN.md §8): the hash-chained entries and whether the chain verified,
 * so that an auditor can hand a court a printed proof that the history was not altered; issued by
 * the auditing authority, every time in its zone, the zone named once at the top.
 */
final class CaseAuditReportTemplate implements Template<CaseAuditReport> {

    @Override
    public Class<CaseAuditReport> contentType() {
        return CaseAuditReport.class;
    }

    @Override
    public void write(CaseAuditReport report, DocumentComposer composer, Words words) {
        composer.heading("1. " + words.inline("heading.chain-verification"));
        composer.field(words.inline("label.auditing-authority"), words.inline(report.auditingAuthority()));
        composer.field(words.inline("label.times-shown-in"), Wording.zone(words, report.zone()));
        composer.field(
                words.inline("label.chain-verified"),
                report.chainVerified() ? words.inline("value.chain-intact") : words.inline("value.chain-broken"));
        composer.field(words.inline("label.head-of-chain-sha-256"), report.chainHeadSha256());
        composer.field(
                words.inline("label.entries"), Integer.toString(report.entries().size()));
        composer.heading("2. " + words.inline("heading.entries"));
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (CaseAuditReport.Entry entry : report.entries()) {
            rows.add(List.of(
                    Integer.toString(number++),
                    Wording.dateTime(entry.at()),
                    entry.actor(),
                    entry.action(),
                    entry.entrySha256()));
        }
        composer.table(new Table(
                List.of(
                        new Table.Column(words.lines("column.no"), 0.5f),
                        new Table.Column(words.lines("column.time"), 2.1f),
                        new Table.Column(words.lines("column.actor"), 2f),
                        new Table.Column(words.lines("column.action"), 2.4f),
                        new Table.Column(words.lines("column.entry-sha-256"), 3f)),
                rows,
                null));
    }
}
