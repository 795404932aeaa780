package org.comity.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditCsvWriterTest {

    @Test
    void exportedRowCannotSmuggleAFormulaIntoASpreadsheet() {
        AuditEvent hostile = AuditEvent.of(
                        AuditActor.person("=cmd|' /C calc'!A0", "MM"), AuditCategory.CONSULTATION, "case.read")
                .onCase(UUID.fromString("00000000-0000-2026-0000-000000000001"))
                .purpose("@SUM(1+1)*cmd|' /C calc'!A0, \"urgent\"")
                .build();
        AuditEntry entry = new AuditEntry(
                7, Instant.parse("2026-11-30T05:00:00.000001Z"), hostile, "a".repeat(64), "b".repeat(64));
        StringWriter out = new StringWriter();
        AuditCsvWriter csv = new AuditCsvWriter(out);

        csv.writeHeader();
        csv.accept(entry);
        csv.flush();

        String[] lines = out.toString().split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo(String.join(",", AuditCsvWriter.HEADER));
        assertThat(lines[1])
                .isEqualTo("7,2026-11-30T05:00:00.000001Z,'=cmd|' /C calc'!A0,PERSON,MM,CONSULTATION,"
                        + "case.read,CASE,00000000-0000-2026-0000-000000000001,00000000-0000-2026-0000-000000000001,"
                        + "\"'@SUM(1+1)*cmd|' /C calc'!A0, \"\"urgent\"\"\",,," + "a".repeat(64) + ","
                        + "b".repeat(64));
    }
}
