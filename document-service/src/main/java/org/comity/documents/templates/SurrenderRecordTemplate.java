package org.comity.documents.templates;

import org.comity.core.document.FreeText;
import org.comity.core.document.SurrenderRecord;
import org.comity.documents.layout.DocumentComposer;
import org.comity.documents.wording.Words;

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
    public void write(SurrenderRecord record, DocumentComposer composer, Words words) {
        SubjectSection.write("1. " + words.inline("heading.person-surrendered"), record.person(), composer, words);
        composer.heading("2. " + words.inline("heading.surrender"));
        composer.field(words.inline("label.agreed-date"), Wording.date(words, record.agreedDate()));
        composer.field(words.inline("label.place-of-surrender"), Wording.written(words, record.handoverPoint()));
        composer.field(words.inline("label.escort-arrangements"), Wording.written(words, record.escort()));
        composer.field(words.inline("label.time-of-surrender"), Wording.dateTime(record.surrenderedAt()));
        composer.heading("3. " + words.inline("heading.officers"));
        composer.field(words.inline("label.delivering-officers"), Wording.written(words, record.deliveringOfficers()));
        composer.field(words.inline("label.receiving-officers"), Wording.written(words, record.receivingOfficers()));
        composer.heading("4. " + words.inline("heading.property-handed-over"));
        if (record.propertyHandedOver().isEmpty()) {
            composer.paragraph(words.inline("value.none"));
        }
        int number = 1;
        for (FreeText item : record.propertyHandedOver()) {
            composer.paragraph("(" + number++ + ") " + Wording.written(words, item));
        }
    }
}
