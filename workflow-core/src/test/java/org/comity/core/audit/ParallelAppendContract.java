package org.comity.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Twenty writers append at once, each entry in its own transaction, while an auditor verifies:
 * the chain-head lock must leave one chain with gap-free numbers, and verification must never
 * report a break that is only an append in flight.
 */
@SpringBootTest(classes = AuditTestApplication.class)
abstract class ParallelAppendContract {

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

    @BeforeEach
    @AfterEach
    void emptyLog() {
        dba.reset();
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
                    int n = i;
                    tx.executeWithoutResult(status -> auditLog.record(ChainFixture.anEvent(n)));
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
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, expected).boxed().toList());
        assertThat(meanwhile)
                .isNotEmpty()
                .allSatisfy(v -> assertThat(v.valid()).as(v.detail()).isTrue());
    }

    /** An auditor verifying while the writers append must never see a false break. */
    private List<ChainVerification> verifyUntilDone(CountDownLatch start, List<Future<?>> writers)
            throws InterruptedException {
        start.await();
        List<ChainVerification> results = new ArrayList<>();
        do {
            results.add(verifier.verify());
        } while (writers.stream().anyMatch(w -> !w.isDone()));
        return results;
    }
}
