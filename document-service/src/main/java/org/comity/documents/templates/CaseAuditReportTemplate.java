package org.comity.documents.templates;

import java.util.ArrayList;
import java.util.List;

import org.comity.core.document.CaseAuditReport;
import org.comity.documents.layout.DocumentComposer;
import org.comity.documents.layout.Table;

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
	public void write(CaseAuditReport report, DocumentComposer composer) {
		composer.heading("1. Chain verification", "审计链校验");
		composer.field("Auditing authority", "审计机关", Wording.inline(report.auditingAuthority()));
		composer.field("Times shown in", "时间所用时区", Wording.zone(report.zone()));
		composer.field("Chain verified", "审计链是否完整", report.chainVerified()
				? "Yes: no entry was altered, deleted or inserted / 是：无记录被修改、删除或插入" : "No: the chain is broken / 否：审计链已断裂");
		composer.field("Head of chain (SHA-256)", "链头哈希值", report.chainHeadSha256());
		composer.field("Entries", "记录数", Integer.toString(report.entries().size()));
		composer.heading("2. Entries", "审计记录");
		List<List<String>> rows = new ArrayList<>();
		int number = 1;
		for (CaseAuditReport.Entry entry : report.entries()) {
			rows.add(List.of(Integer.toString(number++), Wording.dateTime(entry.at()), entry.actor(), entry.action(),
					entry.entrySha256()));
		}
		composer.table(new Table(List.of(new Table.Column("No.", "序号", 0.5f), new Table.Column("Time", "时间", 2.1f),
				new Table.Column("Actor", "操作人", 2f), new Table.Column("Action", "操作", 2.4f),
				new Table.Column("Entry SHA-256", "记录哈希值", 3f)), rows, null));
	}

}
