package org.comity.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append runs in the caller's transaction, and parallel writers never fork the chain. A
 * stand-in business table ({@code audit_test_case}) plays the change being audited.
 */
@SpringBootTest(classes = AuditTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AppendContract {

    static final int WRITERS = 20;

    static final int APPENDS_PER_WRITER = 25;

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    AuditDba dba;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    AuditSearch search;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChainHeadTable head;

    @BeforeAll
    void createBusinessTable() {
        dba.jdbc().execute("CREATE TABLE audit_test_case (id UUID PRIMARY KEY)");
    }

    @AfterAll
    void dropBusinessTable() {
        dba.jdbc().execute("DROP TABLE audit_test_case");
        dba.reset();
    }

    @BeforeEach
    void startWithAnEmptyLog() {
        dba.reset();
        dba.jdbc().execute("DELETE FROM audit_test_case");
    }

    @Test
    void committedChangeHasItsEntry() {
        UUID caseId = UUID.randomUUID();

        AuditEntry entry = tx.execute(status -> createCase(caseId));

        assertThat(cases()).isEqualTo(1);
        assertThat(dba.count()).isEqualTo(1);
        assertThat(entry.sequence()).isEqualTo(1);
        assertThat(dba.hashAt(1)).isEqualTo(entry.hash());
        assertThat(verifier.verify().valid()).isTrue();
    }

    @Test
    void storedEntryReadsBackExactlyWithMicrosecondsAndAnyScript() {
        Instant withNanos = Instant.parse("2026-11-30T05:03:35.123456789Z");
        AuditLog log = new AuditLog(jdbc, head, Clock.fixed(withNanos, ZoneOffset.UTC));
        AuditEvent disclosure = AuditEvent.of(AuditActor.person("mm.officer", "MM"), AuditCategory.DISCLOSURE,
                "document.share")
            .object(AuditObjectType.DOCUMENT, "doc-7")
            .caseId(UUID.randomUUID())
            .purpose("移交审查 · ပြန်လည်ပို့ဆောင်ရေး · handover review")
            .recipient("CN/公安部")
            .changeDigest(ChangeDigest.of("the PDF bytes"))
            .build();

        AuditEntry recorded = tx.execute(status -> log.record(disclosure));

        assertThat(recorded.recordedAt()).isEqualTo(Instant.parse("2026-11-30T05:03:35.123456Z"));
        assertThat(search.search(AuditQuery.all(), 0, 10).entries()).containsExactly(recorded);
        assertThat(verifier.verify().valid()).isTrue();
    }

    @Test
    void rolledBackChangeLeavesNoEntryAndNoGap() {
        tx.executeWithoutResult(status -> {
            createCase(UUID.randomUUID());
            status.setRollbackOnly();
        });
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            createCase(UUID.randomUUID());
            throw new IllegalStateException("the business rule failed after the audit append");
        })).isInstanceOf(IllegalStateException.class);

        AuditEntry next = tx.execute(status -> createCase(UUID.randomUUID()));

        assertThat(cases()).isEqualTo(1);
        assertThat(dba.count()).isEqualTo(1);
        assertThat(next.sequence()).isEqualTo(1);
        assertThat(verifier.verify().valid()).isTrue();
    }

    @Test
    void appendOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> auditLog.record(ChainFixture.anEvent(1)))
            .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(dba.count()).isZero();
    }

    @Test
    void parallelWritersLeaveOneGapFreeValidChainThatVerifiesMeanwhile() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            writers.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < APPENDS_PER_WRITER; i++) {
                    tx.execute(status -> createCase(UUID.randomUUID()));
                }
                return null;
            }));
        }
        Future<List<ChainVerification>> auditor = pool.submit(() -> verifyUntilDone(start, writers));
        start.countDown();
        for (Future<?> writer : writers) {
            writer.get(2, TimeUnit.MINUTES);
        }
        List<ChainVerification> meanwhile = auditor.get(2, TimeUnit.MINUTES);
        pool.shutdown();

        int expected = WRITERS * APPENDS_PER_WRITER;
        ChainVerification result = verifier.verify();
        assertThat(result.valid()).as(result.detail()).isTrue();
        assertThat(result.entries()).isEqualTo(expected);
        assertThat(dba.jdbc().queryForList("SELECT seq FROM audit_log ORDER BY seq", Long.class))
            .containsExactlyElementsOf(LongStream.rangeClosed(1, expected).boxed().toList());
        assertThat(cases()).isEqualTo(expected);
        assertThat(meanwhile).isNotEmpty().allSatisfy(v -> assertThat(v.valid()).as(v.detail()).isTrue());
    }

    /** An auditor verifying while the writers append must never see a false break. */
    private List<ChainVerification> verifyUntilDone(CountDownLatch start, List<Future<?>> writers)
            throws InterruptedException {
        start.await();
        List<ChainVerification> results = new ArrayList<>();
        do {
            results.add(verifier.verify());
        }
        while (writers.stream().anyMatch(w -> !w.isDone()));
        return results;
    }

    private AuditEntry createCase(UUID caseId) {
        dba.jdbc().update("INSERT INTO audit_test_case (id) VALUES (?)", caseId);
        return auditLog.record(AuditEvent.of(AuditActor.agency("demo-cn-mps", "CN"), AuditCategory.COLLECTION,
                "case.create").onCase(caseId).changeDigest(ChangeDigest.of(caseId.toString())).build());
    }

    private long cases() {
        return dba.jdbc().queryForObject("SELECT COUNT(*) FROM audit_test_case", Long.class);
    }

}
