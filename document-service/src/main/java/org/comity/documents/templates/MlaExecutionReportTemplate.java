package org.comity.documents.templates;

import java.util.ArrayList;
import java.util.List;

import org.comity.core.document.MlaExecutionReport;
import org.comity.documents.layout.DocumentComposer;
import org.comity.documents.layout.Table;

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
	public void write(MlaExecutionReport report, DocumentComposer composer) {
		composer.heading("1. Request executed", "所执行的请求");
		composer.field("Request", "请求编号", report.requestReference());
		composer.field("Executing authority", "执行机关", Wording.written(report.executingAuthority()));
		composer.field("Outcome", "执行结果", Wording.both(report.outcome()));
		composer.heading("2. Measures taken", "执行情况");
		composer.paragraph(Wording.written(report.measuresTaken()));
		if (report.obstacles() != null) {
			composer.field("Obstacles", "执行障碍", Wording.written(report.obstacles()));
		}
		composer.heading("3. Evidence transmitted", "移交的证据");
		List<List<String>> rows = new ArrayList<>();
		for (MlaExecutionReport.EvidenceItem item : report.evidence()) {
			rows.add(List.of(item.itemId(), Wording.written(item.description()) + "\n" + Wording.written(item.source()),
					Wording.dateTime(item.obtainedAt()) + "\n" + Wording.written(item.obtainedBy()), item.sha256()));
		}
		composer.table(new Table(List.of(new Table.Column("Item", "编号", 1f),
				new Table.Column("Description and source", "证据说明及来源", 2.6f), new Table.Column("Obtained", "取得时间及人员", 2.2f),
				new Table.Column("SHA-256", "哈希值", 2.6f)), rows,
				List.of("Total / 合计", report.evidence().size() + "", "", "")));
	}

}
