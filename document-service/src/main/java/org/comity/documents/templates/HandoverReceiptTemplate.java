package org.comity.documents.templates;

import java.util.ArrayList;
import java.util.List;

import org.comity.core.document.HandoverReceipt;
import org.comity.core.document.Officer;
import org.comity.documents.layout.DocumentComposer;
import org.comity.documents.layout.Table;

/**
 * Receipt for a handover batch (legal-domain.md §5.3 {@code receipt}): the handover as recorded, the
 * manifest acknowledged (id, verification code, SHA-256), the count handed over and received against
 * the count listed, and every discrepancy, so that no person is unaccounted for between the states.
 */
final class HandoverReceiptTemplate implements Template<HandoverReceipt> {

	@Override
	public Class<HandoverReceipt> contentType() {
		return HandoverReceipt.class;
	}

	@Override
	public void write(HandoverReceipt receipt, DocumentComposer composer) {
		composer.heading("1. Handover", "移交情况");
		composer.field("Batch", "批次编号", receipt.batchId().toString());
		composer.field("Handover point", "移交地点", Wording.written(receipt.handoverPoint()));
		composer.field("Transport", "交通方式", Wording.transport(receipt.transport()));
		composer.field("Handed over at", "移交时间",
				receipt.handedOverAt() == null ? "Not recorded / 未记录" : Wording.dateTime(receipt.handedOverAt()));
		if (receipt.manifest() != null) {
			composer.field("Manifest acknowledged", "所确认的名册", receipt.manifest().documentId() + "\n"
					+ "Verification code / 验证码 " + receipt.manifest().verificationCode());
			composer.field("Manifest SHA-256", "名册SHA-256值", receipt.manifest().sha256());
		}
		composer.heading("2. Count", "人数核对");
		composer.field("Persons listed", "名册人数", Integer.toString(receipt.listed()));
		if (receipt.handover() != null) {
			composer.field("Persons handed over", "移交人数", Integer.toString(receipt.handover().personsHandedOver()));
			composer.field("Escort officers", "押解警员人数", Integer.toString(receipt.handover().escortOfficers()));
			if (receipt.handover().remarks() != null) {
				composer.field("Remarks at handover", "移交备注", Wording.written(receipt.handover().remarks()));
			}
		}
		for (Officer escort : receipt.escorts()) {
			composer.field("Escort", "押解警员", Wording.officer(escort));
		}
		composer.field("Persons received", "实际接收人数", Integer.toString(receipt.received()));
		composer.field("Difference", "差额", Integer.toString(receipt.listed() - receipt.received()));
		composer.field("Received by", "接收人", Wording.name(receipt.receivedBy().name()) + ", "
				+ receipt.receivedBy().agency()
				+ (receipt.receivedBy().badge() == null ? "" : ", " + receipt.receivedBy().badge()));
		composer.heading("3. Discrepancies", "差异情况");
		if (receipt.discrepancies().isEmpty()) {
			composer.paragraph("None. All persons listed were received.\n无差异，名册所列人员均已接收。");
		}
		else {
			composer.table(discrepancies(receipt));
		}
		composer.heading("4. Persons", "人员接收情况");
		composer.table(persons(receipt));
	}

	private static Table discrepancies(HandoverReceipt receipt) {
		List<List<String>> rows = new ArrayList<>();
		for (HandoverReceipt.Discrepancy discrepancy : receipt.discrepancies()) {
			rows.add(List.of(Wording.name(discrepancy.person()), Wording.written(discrepancy.finding())));
		}
		return new Table(List.of(new Table.Column("Person", "人员", 2f), new Table.Column("Finding", "情况说明", 5f)), rows,
				List.of("Total / 合计", receipt.discrepancies().size() + ""));
	}

	/** Every person on the manifest with the status the receiving state gives them, one row each. */
	private static Table persons(HandoverReceipt receipt) {
		List<List<String>> rows = new ArrayList<>(receipt.persons().size());
		int number = 1;
		for (HandoverReceipt.Line line : receipt.persons()) {
			rows.add(List.of(Integer.toString(number++), line.name().original(), line.name().latin(),
					Wording.travelDocumentShort(line.travelDocument()),
					line.received() ? "Received / 已接收" : "Not received / 未接收"));
		}
		return new Table(List.of(new Table.Column("No.", "序号", 0.6f), new Table.Column("Name (original)", "姓名（原文）", 1.6f),
				new Table.Column("Name (Latin)", "姓名（拼音）", 2f), new Table.Column("Travel document", "旅行证件", 2f),
				new Table.Column("Status", "接收状态", 1.6f)), rows,
				List.of("", "Total / 合计", receipt.received() + " / " + receipt.listed(), "", ""));
	}

}
