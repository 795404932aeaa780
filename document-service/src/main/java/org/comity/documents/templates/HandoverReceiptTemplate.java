package org.comity.documents.templates;

import java.util.ArrayList;
import java.util.List;
import org.comity.core.document.HandoverReceipt;
import org.comity.core.document.Officer;
import org.comity.documents.layout.DocumentComposer;
import org.comity.documents.layout.Table;
import org.comity.documents.wording.Words;

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
    public void write(HandoverReceipt receipt, DocumentComposer composer, Words words) {
        composer.heading("1. " + words.inline("heading.handover"));
        composer.field(words.inline("label.batch"), receipt.batchId().toString());
        composer.field(words.inline("label.handover-point"), Wording.written(words, receipt.handoverPoint()));
        composer.field(words.inline("label.transport"), Wording.transport(words, receipt.transport()));
        composer.field(
                words.inline("label.handed-over-at"),
                receipt.handedOverAt() == null
                        ? words.inline("value.not-recorded")
                        : Wording.dateTime(receipt.handedOverAt()));
        if (receipt.manifest() != null) {
            composer.field(
                    words.inline("label.manifest-acknowledged"),
                    receipt.manifest().documentId() + "\n" + words.inline("label.verification-code") + " "
                            + receipt.manifest().verificationCode());
            composer.field(
                    words.inline("label.manifest-sha-256"), receipt.manifest().sha256());
        }
        composer.heading("2. " + words.inline("heading.count"));
        composer.field(words.inline("label.persons-on-manifest"), Integer.toString(receipt.listed()));
        if (receipt.handover() != null) {
            composer.field(
                    words.inline("label.persons-handed-over"),
                    Integer.toString(receipt.handover().personsHandedOver()));
            composer.field(
                    words.inline("label.escort-officers"),
                    Integer.toString(receipt.handover().escortOfficers()));
            if (receipt.handover().remarks() != null) {
                composer.field(
                        words.inline("label.remarks-at-handover"),
                        Wording.written(words, receipt.handover().remarks()));
            }
        }
        for (Officer escort : receipt.escorts()) {
            composer.field(words.inline("label.escort"), Wording.officer(escort));
        }
        composer.field(words.inline("label.persons-received"), Integer.toString(receipt.received()));
        composer.field(words.inline("label.difference"), Integer.toString(receipt.listed() - receipt.received()));
        composer.field(
                words.inline("label.received-by"),
                Wording.name(receipt.receivedBy().name()) + ", "
                        + receipt.receivedBy().agency()
                        + (receipt.receivedBy().badge() == null
                                ? ""
                                : ", " + receipt.receivedBy().badge()));
        composer.heading("3. " + words.inline("heading.discrepancies"));
        if (receipt.discrepancies().isEmpty()) {
            composer.paragraph(words.lines("handover.receipt.no-discrepancies"));
        } else {
            composer.table(discrepancies(receipt, words));
        }
        composer.heading("4. " + words.inline("heading.persons"));
        composer.table(persons(receipt, words));
    }

    private static Table discrepancies(HandoverReceipt receipt, Words words) {
        List<List<String>> rows = new ArrayList<>();
        for (HandoverReceipt.Discrepancy discrepancy : receipt.discrepancies()) {
            rows.add(List.of(Wording.name(discrepancy.person()), Wording.written(words, discrepancy.finding())));
        }
        return new Table(
                List.of(
                        new Table.Column(words.lines("column.person"), 2f),
                        new Table.Column(words.lines("column.finding"), 5f)),
                rows,
                List.of(words.inline("value.total"), receipt.discrepancies().size() + ""));
    }

    /** Every person on the manifest with the status the receiving state gives them, one row each. */
    private static Table persons(HandoverReceipt receipt, Words words) {
        List<List<String>> rows = new ArrayList<>(receipt.persons().size());
        int number = 1;
        for (HandoverReceipt.Line line : receipt.persons()) {
            rows.add(List.of(
                    Integer.toString(number++),
                    line.name().original(),
                    line.name().latin(),
                    Wording.travelDocumentShort(words, line.travelDocument()),
                    words.inline(line.received() ? "value.received" : "value.not-received")));
        }
        return new Table(
                List.of(
                        new Table.Column(words.lines("column.no"), 0.6f),
                        new Table.Column(words.lines("column.name-original"), 1.6f),
                        new Table.Column(words.lines("column.name-latin"), 2f),
                        new Table.Column(words.lines("column.travel-document"), 2f),
                        new Table.Column(words.lines("column.receipt-status"), 1.6f)),
                rows,
                List.of("", words.inline("value.total"), receipt.received() + " / " + receipt.listed(), "", ""));
    }
}
