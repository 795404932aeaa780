package org.comity.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The auditor's queries on a small log recorded at known times: each filter alone, combined,
 * paged, and exported through the CSV writer.
 */
@SpringBootTest(classes = AuditTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SearchContract {

    static final UUID CASE_A = UUID.fromString("00000000-0000-2026-0000-00000000000a");

    static final UUID CASE_B = UUID.fromString("00000000-0000-2026-0000-00000000000b");

    static final Instant NINE = Instant.parse("2026-11-30T09:00:00Z");

    @Autowired
    AuditSearch search;

    @Autowired
    AuditDba dba;

    @Autowired
    ChainHeadTable head;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    /** Ten entries one minute apart from 09:00: even ones by cn.officer on case A, odd by an agency on case B. */
    @BeforeAll
    void recordTenEntriesOneMinuteApart() {
        dba.reset();
        for (int i = 0; i < 10; i++) {
            AuditLog atMinute = new AuditLog(jdbc, head, Clock.fixed(NINE.plusSeconds(60L * i), ZoneOffset.UTC));
            AuditEvent event = i % 2 == 0
                    ? AuditEvent.of(AuditActor.person("cn.officer", "CN"), AuditCategory.CONSULTATION, "case.read")
                            .onCase(CASE_A)
                            .purpose("review")
                            .build()
                    : AuditEvent.of(AuditActor.agency("demo-mm-mpf", "MM"), AuditCategory.COLLECTION, "document.create")
                            .object(AuditObjectType.DOCUMENT, "doc-" + i)
                            .caseId(CASE_B)
                            .build();
            tx.executeWithoutResult(status -> atMinute.record(event));
        }
    }

    @AfterAll
    void emptyTheLog() {
        dba.reset();
    }

    @Test
    void filtersByActorCaseCategoryObjectAndTime() {
        assertThat(sequences(AuditQuery.all().withActor("cn.officer"))).containsExactly(1L, 3L, 5L, 7L, 9L);
        assertThat(sequences(AuditQuery.all().withCase(CASE_B))).containsExactly(2L, 4L, 6L, 8L, 10L);
        assertThat(sequences(AuditQuery.all().withCategory(AuditCategory.COLLECTION)))
                .containsExactly(2L, 4L, 6L, 8L, 10L);
        assertThat(sequences(AuditQuery.all().withObject(AuditObjectType.DOCUMENT, "doc-3")))
                .containsExactly(4L);
        assertThat(sequences(AuditQuery.all().withTimeRange(NINE.plusSeconds(120), NINE.plusSeconds(300))))
                .containsExactly(3L, 4L, 5L);
        assertThat(sequences(AuditQuery.all()
                        .withActor("cn.officer")
                        .withTimeRange(NINE.plusSeconds(120), NINE.plusSeconds(600))))
                .containsExactly(3L, 5L, 7L, 9L);
    }

    @Test
    void pagesInSequenceOrderWithATotal() {
        AuditPage second = search.search(AuditQuery.all(), 1, 4);

        assertThat(second.entries()).extracting(AuditEntry::sequence).containsExactly(5L, 6L, 7L, 8L);
        assertThat(second.totalEntries()).isEqualTo(10);
        assertThat(second.totalPages()).isEqualTo(3);
        assertThat(second.entries().get(0).recordedAt()).isEqualTo(NINE.plusSeconds(240));
        assertThat(second.entries().get(0).event().purpose()).isEqualTo("review");
    }

    @Test
    void exportsEveryMatchAsCsv() {
        StringWriter out = new StringWriter();
        AuditCsvWriter csv = new AuditCsvWriter(out);
        csv.writeHeader();

        search.forEach(AuditQuery.all().withCase(CASE_A), csv);

        String[] lines = out.toString().split("\r\n");
        assertThat(lines).hasSize(6);
        assertThat(lines[1]).startsWith("1,2026-11-30T09:00:00Z,cn.officer,PERSON,CN,CONSULTATION,case.read,CASE,");
    }

    private List<Long> sequences(AuditQuery query) {
        List<Long> found = new ArrayList<>();
        search.search(query, 0, AuditSearch.MAX_PAGE_SIZE).entries().forEach(e -> found.add(e.sequence()));
        List<Long> streamed = new ArrayList<>();
        search.forEach(query, e -> streamed.add(e.sequence()));
        assertThat(streamed).isEqualTo(found);
        return found;
    }
}
