package org.comity.core.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes audit entries as CSV (RFC 4180, CRLF line ends, UTF-8 expected from the writer) for
 * auditors who work in spreadsheets. Every cell is neutralised by {@link CsvCell}, and the hashes
 * are included so an exported row can be checked against the chain. Excel detects UTF-8 (and so
 * shows Chinese and Burmese names) only after a byte order mark: write U+FEFF first
 * when the file is meant for it. Use it as the sink of
 * {@link AuditSearch#forEach} to export any number of entries without holding them in memory:
 * <pre>{@code
 * AuditCsvWriter csv = new AuditCsvWriter(response.getWriter());
 * csv.writeHeader();
 * auditSearch.forEach(query, csv);
 * csv.flush();
 * }</pre>
 */
public final class AuditCsvWriter implements Consumer<AuditEntry> {

    static final List<String> HEADER = List.of(
            "seq",
            "recorded_at",
            "actor_id",
            "actor_kind",
            "actor_jurisdiction",
            "category",
            "action",
            "object_type",
            "object_id",
            "case_id",
            "purpose",
            "recipient",
            "change_digest",
            "previous_hash",
            "entry_hash");

    private final Writer out;

    public AuditCsvWriter(Writer out) {
        this.out = out;
    }

    public void writeHeader() {
        line(HEADER.stream());
    }

    @Override
    public void accept(AuditEntry entry) {
        AuditEvent event = entry.event();
        line(Stream.of(
                Long.toString(entry.sequence()),
                DateTimeFormatter.ISO_INSTANT.format(entry.recordedAt()),
                event.actor().id(),
                event.actor().kind().name(),
                event.actor().jurisdiction(),
                event.category().name(),
                event.action(),
                event.objectType().name(),
                event.objectId(),
                event.caseId() == null ? null : event.caseId().toString(),
                event.purpose(),
                event.recipient(),
                event.changeDigest(),
                entry.previousHash(),
                entry.hash()));
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void line(Stream<String> cells) {
        try {
            out.write(cells.map(CsvCell::of).collect(Collectors.joining(",")));
            out.write("\r\n");
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
