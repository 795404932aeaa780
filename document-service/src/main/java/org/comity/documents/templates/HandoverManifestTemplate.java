package org.comity.documents.templates;

import java.util.ArrayList;
import java.util.List;
import org.comity.core.document.HandoverManifest;
import org.comity.core.document.Officer;
import org.comity.documents.layout.DocumentComposer;
import org.comity.documents.layout.Table;
import org.comity.documents.wording.Words;

/**
 * Handover manifest of a repatriation batch (legal-domain.md §5.3). It can run to hundreds of rows
 * (the 2026 operation handed over 1,523 persons), so the table repeats its header on every page
 * and ends with the total the receipt must match. Each row carries what the border officer checks:
 * the verified nationality by name, the screening status, the travel document's number and expiry.
 */
final class HandoverManifestTemplate implements Template<HandoverManifest> {

    private static List<Table.Column> columns(Words words) {
        return List.of(
                new Table.Column(words.lines("column.no"), 0.55f),
                new Table.Column(words.lines("column.name-original"), 1.2f),
                new Table.Column(words.lines("column.name-latin"), 1.5f),
                new Table.Column(words.lines("column.sex"), 0.45f),
                new Table.Column(words.lines("column.date-of-birth"), 1.1f),
                new Table.Column(words.lines("column.verified-nationality"), 1.2f),
                new Table.Column(words.lines("column.travel-document"), 2.4f),
                new Table.Column(words.lines("column.expiry"), 1.1f),
                new Table.Column(words.lines("column.status"), 1.5f));
    }

    @Override
    public Class<HandoverManifest> contentType() {
        return HandoverManifest.class;
    }

    @Override
    public void write(HandoverManifest manifest, DocumentComposer composer, Words words) {
        composer.heading("1. " + words.inline("heading.batch"));
        composer.field(words.inline("label.batch"), manifest.batchId().toString());
        composer.field(words.inline("label.operation"), Wording.written(words, manifest.operation()));
        composer.field(words.inline("label.handover-point"), Wording.written(words, manifest.handoverPoint()));
        composer.field(words.inline("label.transport"), Wording.transport(words, manifest.transport()));
        composer.field(words.inline("label.scheduled-at"), Wording.dateTime(manifest.scheduledAt()));
        composer.field(
                words.inline("label.persons-listed"),
                words.inline("value.persons-listed", manifest.persons().size()));
        composer.heading("2. " + words.inline("heading.escort-officers"));
        if (manifest.escorts().isEmpty()) {
            composer.paragraph(words.inline("value.none-recorded"));
        }
        for (Officer officer : manifest.escorts()) {
            composer.paragraph(Wording.officer(officer));
        }
        composer.heading("3. " + words.inline("heading.persons-handed-over"));
        composer.paragraph(Wording.screeningKey(words));
        composer.table(new Table(
                columns(words),
                rows(manifest, words),
                List.of(
                        "",
                        words.inline("value.total"),
                        words.inline("value.persons-total", manifest.persons().size()),
                        "",
                        "",
                        "",
                        "",
                        "",
                        "")));
    }

    private static List<List<String>> rows(HandoverManifest manifest, Words words) {
        List<List<String>> rows = new ArrayList<>(manifest.persons().size());
        int number = 1;
        for (HandoverManifest.Entry entry : manifest.persons()) {
            rows.add(List.of(
                    Integer.toString(number++),
                    entry.name().original(),
                    entry.name().latin(),
                    entry.sex(),
                    entry.dateOfBirth() == null ? "—" : entry.dateOfBirth().toString(),
                    Wording.verifiedNationality(words, entry.verifiedNationality()),
                    Wording.travelDocumentShort(words, entry.travelDocument()),
                    Wording.expiry(entry.travelDocument()),
                    Wording.screening(words, entry.status())));
        }
        return rows;
    }
}
