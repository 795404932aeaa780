package org.comity.documents.templates;

import java.util.ArrayList;
import java.util.List;
import org.comity.core.document.MlaExecutionReport;
import org.comity.documents.layout.DocumentComposer;
import org.comity.documents.layout.Table;
import org.comity.documents.wording.Words;

/**
 * Report on the execution of an MLA request: each evidence item with the SHA-256 of its content,
 * which the requesting state recomputes on receipt to establish the chain of custody.
 */
final class MlaExecutionReportTemplate implements Template<MlaExecutionReport> {

    @Override
    public Class<MlaExecutionReport> contentType() {
        return MlaExecutionReport.class;
    }

    @Override
    public void write(MlaExecutionReport report, DocumentComposer composer, Words words) {
        composer.heading("1. " + words.inline("heading.request-executed"));
        composer.field(words.inline("label.request"), report.requestReference());
        composer.field(words.inline("label.executing-authority"), Wording.written(words, report.executingAuthority()));
        composer.field(words.inline("label.execution-outcome"), words.lines(report.outcome()));
        composer.heading("2. " + words.inline("heading.measures-taken"));
        composer.paragraph(Wording.written(words, report.measuresTaken()));
        if (report.obstacles() != null) {
            composer.field(words.inline("label.obstacles"), Wording.written(words, report.obstacles()));
        }
        composer.heading("3. " + words.inline("heading.evidence-transmitted"));
        List<List<String>> rows = new ArrayList<>();
        for (MlaExecutionReport.EvidenceItem item : report.evidence()) {
            rows.add(List.of(
                    item.itemId(),
                    Wording.written(words, item.description()) + "\n" + Wording.written(words, item.source()),
                    Wording.dateTime(item.obtainedAt()) + "\n" + Wording.written(words, item.obtainedBy()),
                    item.sha256()));
        }
        composer.table(new Table(
                List.of(
                        new Table.Column(words.lines("column.item"), 1f),
                        new Table.Column(words.lines("column.description-and-source"), 2.6f),
                        new Table.Column(words.lines("column.obtained"), 2.2f),
                        new Table.Column(words.lines("column.sha-256"), 2.6f)),
                rows,
                List.of(words.inline("value.total"), report.evidence().size() + "", "", "")));
    }
}
