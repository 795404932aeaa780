package org.comity.documents.templates;

import java.util.ArrayList;
import java.util.List;

import org.comity.core.document.BilingualText;
import org.comity.core.document.Officer;
import org.comity.core.document.SurrenderRecord;
import org.comity.documents.layout.DocumentComposer;
import org.comity.documents.layout.Table;

/**
 * Record of surrender (handover protocol, legal-domain.md §2.8 step A18): time and place, the
 * officers on both sides and the property handed over with the person.
 */
final class SurrenderRecordTemplate implements Template<SurrenderRecord> {

	@Override
	public Class<SurrenderRecord> contentType() {
		return SurrenderRecord.class;
	}

	@Override
	public void write(SurrenderRecord record, DocumentComposer composer) {
		SubjectSection.write("1. Person surrendered", "被移交人", record.person(), composer);
		composer.heading("2. Surrender", "移交情况");
		composer.field("Place of surrender", "移交地点", Wording.both(record.handoverPoint()));
		composer.field("Time of surrender", "移交时间", Wording.dateTime(record.surrenderedAt()));
		composer.heading("3. Officers", "执行人员");
		composer.table(officers(record));
		composer.heading("4. Property handed over", "随附移交财物");
		int number = 1;
		for (BilingualText item : record.propertyHandedOver()) {
			composer.paragraph("(" + number++ + ") " + Wording.inline(item));
		}
	}

	private static Table officers(SurrenderRecord record) {
		List<List<String>> rows = new ArrayList<>();
		for (Officer officer : record.deliveringOfficers()) {
			rows.add(List.of("Delivering / 移交方", Wording.name(officer.name()), officer.agency(), officer.badge()));
		}
		for (Officer officer : record.receivingOfficers()) {
			rows.add(List.of("Receiving / 接收方", Wording.name(officer.name()), officer.agency(), officer.badge()));
		}
		return new Table(List.of(new Table.Column("Side", "方", 1.4f), new Table.Column("Name", "姓名", 2.4f),
				new Table.Column("Agency", "单位", 2.4f), new Table.Column("Badge", "警号", 1f)), rows, null);
	}

}
