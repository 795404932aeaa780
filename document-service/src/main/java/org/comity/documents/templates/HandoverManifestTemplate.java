package org.comity.documents.templates;

import java.util.ArrayList;
import java.util.List;

import org.comity.core.document.HandoverManifest;
import org.comity.core.document.Officer;
import org.comity.documents.layout.DocumentComposer;
import org.comity.documents.layout.Table;

/**
 * Handover manifest of a repatriation batch (legal-domain.md §5.3). It can run to hundreds of rows
 * (the 2026 operation handed over 1,523 persons), so the table repeats its header on every page
 * and ends with the total the receipt must match. Each row carries what the border officer checks:
 * the verified nationality by name, the screening status, the travel document's number and expiry.
 */
final class HandoverManifestTemplate implements Template<HandoverManifest> {

	private static final List<Table.Column> COLUMNS = List.of(new Table.Column("No.", "序号", 0.55f),
			new Table.Column("Name (original)", "姓名（原文）", 1.2f), new Table.Column("Name (Latin)", "姓名（拼音）", 1.5f),
			new Table.Column("Sex", "性别", 0.45f), new Table.Column("Date of birth", "出生日期", 1.1f),
			new Table.Column("Verified nationality", "核实国籍", 1.2f),
			new Table.Column("Travel document", "旅行证件", 2.4f), new Table.Column("Expiry", "有效期至", 1.1f),
			new Table.Column("Status", "身份状态", 1.5f));

	@Override
	public Class<HandoverManifest> contentType() {
		return HandoverManifest.class;
	}

	@Override
	public void write(HandoverManifest manifest, DocumentComposer composer) {
		composer.heading("1. Batch", "移交批次");
		composer.field("Batch", "批次编号", manifest.batchId().toString());
		composer.field("Operation", "行动名称", Wording.written(manifest.operation()));
		composer.field("Handover point", "移交地点", Wording.written(manifest.handoverPoint()));
		composer.field("Transport", "交通方式", Wording.transport(manifest.transport()));
		composer.field("Scheduled at", "计划移交时间", Wording.dateTime(manifest.scheduledAt()));
		composer.field("Persons listed", "移交人数", manifest.persons().size() + " / " + manifest.persons().size() + " 人");
		composer.heading("2. Escort officers", "押解人员");
		if (manifest.escorts().isEmpty()) {
			composer.paragraph("None recorded / 未记录");
		}
		for (Officer officer : manifest.escorts()) {
			composer.paragraph(Wording.officer(officer));
		}
		composer.heading("3. Persons handed over", "移交人员名单");
		composer.paragraph(Wording.SCREENING_KEY);
		composer.table(new Table(COLUMNS, rows(manifest), List.of("", "Total / 合计",
				manifest.persons().size() + " persons / 人", "", "", "", "", "", "")));
	}

	private static List<List<String>> rows(HandoverManifest manifest) {
		List<List<String>> rows = new ArrayList<>(manifest.persons().size());
		int number = 1;
		for (HandoverManifest.Entry entry : manifest.persons()) {
			rows.add(List.of(Integer.toString(number++), entry.name().original(), entry.name().latin(),
					entry.sex(), entry.dateOfBirth() == null ? "—" : entry.dateOfBirth().toString(),
					Wording.verifiedNationality(entry.verifiedNationality()),
					Wording.travelDocumentShort(entry.travelDocument()), Wording.expiry(entry.travelDocument()),
					Wording.screening(entry.status())));
		}
		return rows;
	}

}
