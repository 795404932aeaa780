package org.comity.documents.templates;

import org.comity.core.document.FreeText;
import org.comity.core.document.SurrenderRecord;
import org.comity.documents.layout.DocumentComposer;

/**
 * Record of surrender (handover protocol, legal-domain.md §2.8 step A18): the arrangements agreed,
 * the time and place, the officers on both sides as the executing officer recorded them, and the
 * property handed over with the person.
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
		composer.field("Agreed date", "商定日期", Wording.date(record.agreedDate()));
		composer.field("Place of surrender", "移交地点", Wording.written(record.handoverPoint()));
		composer.field("Escort", "押解安排", Wording.written(record.escort()));
		composer.field("Time of surrender", "移交时间", Wording.dateTime(record.surrenderedAt()));
		composer.heading("3. Officers", "执行人员");
		composer.field("Delivering officers", "移交方人员", Wording.written(record.deliveringOfficers()));
		composer.field("Receiving officers", "接收方人员", Wording.written(record.receivingOfficers()));
		composer.heading("4. Property handed over", "随附移交财物");
		if (record.propertyHandedOver().isEmpty()) {
			composer.paragraph("None / 无");
		}
		int number = 1;
		for (FreeText item : record.propertyHandedOver()) {
			composer.paragraph("(" + number++ + ") " + Wording.written(item));
		}
	}

}
