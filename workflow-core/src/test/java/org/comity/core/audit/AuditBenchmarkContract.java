package org.comity.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a test: measures verification of a 100,000-entry chain and the cost of a chained append
 * against a bare insert of the same row into a table of the same shape (same indexes, no lock,
 * no hash, no head update), both measured in the same run. Excluded from the default build; run
 * with {@code mvn -B -pl workflow-core -Pbenchmark test}. Figures go to stdout and to
 * {@code target/benchmark/}.
 */
@SpringBootTest(classes = AuditTestApplication.class)
abstract class AuditBenchmarkContract {

    static final int CHAIN = 100_000;

    static final int SINGLE_APPENDS = 2_000;

    /** The machine is shared; the verifying thread's CPU time shows the cost without the queueing. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Autowired
    ChainFixture chain;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditDba dba;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    private final List<String> report = new ArrayList<>();

    private long bareSequence;

    @Test
    void measure() throws IOException {
        dba.reset();
        createBareTable();
        long built = time(() -> chain.append(CHAIN, 1_000));
        long bareBatched = time(() -> bareInserts(CHAIN, 1_000));
        line(
                "build %,d entries, 1,000 per transaction: chained %.1f us/entry, bare %.1f us/entry, ratio %.2f",
                CHAIN, micros(built, CHAIN), micros(bareBatched, CHAIN), (double) built / bareBatched);
        for (int run = 1; run <= 5; run++) {
            ChainVerification[] result = new ChainVerification[1];
            long cpuBefore = THREADS.getCurrentThreadCpuTime();
            long verified = time(() -> result[0] = verifier.verify());
            long cpu = THREADS.getCurrentThreadCpuTime() - cpuBefore;
            assertThat(result[0].valid()).isTrue();
            line(
                    "verify %,d entries, run %d: %d ms wall, %d ms CPU of the verifying thread",
                    result[0].entries(), run, verified / 1_000_000, cpu / 1_000_000);
        }
        singleAppends(500);
        long chained = Long.MAX_VALUE;
        long bare = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            bare = Math.min(bare, time(() -> bareInserts(SINGLE_APPENDS, 1)));
            chained = Math.min(chained, time(() -> singleAppends(SINGLE_APPENDS)));
        }
        line(
                "one entry per transaction (best of 5 x %,d): chained %.1f us/entry, bare %.1f us/entry, ratio %.2f",
                SINGLE_APPENDS, micros(chained, SINGLE_APPENDS), micros(bare, SINGLE_APPENDS), (double) chained / bare);
        jdbc.sql("DROP TABLE audit_log_bare").update();
        dba.reset();
        line(
                "load average at the end: %.1f on %d cores",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        write();
    }

    private void singleAppends(int count) {
        for (int i = 0; i < count; i++) {
            AuditEvent event = ChainFixture.anEvent(i);
            tx.executeWithoutResult(status -> auditLog.record(event));
        }
    }

    private void bareInserts(int count, int perTransaction) {
        for (int done = 0; done < count; done += perTransaction) {
            int end = Math.min(count, done + perTransaction);
            int start = done;
            tx.executeWithoutResult(status -> {
                for (int i = start; i < end; i++) {
                    AuditEntry row = new AuditEntry(
                            ++bareSequence,
                            Instant.now(),
                            ChainFixture.anEvent(i),
                            EntryHasher.GENESIS_HASH,
                            EntryHasher.GENESIS_HASH);
                    AuditRows.bindInsert(jdbc.sql(AuditRows.INSERT.replace("audit_log", "audit_log_bare")), row)
                            .update();
                }
            });
        }
    }

    private void createBareTable() {
        jdbc.sql("CREATE TABLE audit_log_bare AS SELECT * FROM audit_log WHERE 1 = 0")
                .update();
        jdbc.sql("ALTER TABLE audit_log_bare ALTER COLUMN seq SET NOT NULL").update();
        jdbc.sql("ALTER TABLE audit_log_bare ADD CONSTRAINT audit_log_bare_pk PRIMARY KEY (seq)")
                .update();
        jdbc.sql("CREATE INDEX audit_log_bare_case ON audit_log_bare (case_id, seq)")
                .update();
        jdbc.sql("CREATE INDEX audit_log_bare_actor ON audit_log_bare (actor_id, seq)")
                .update();
        jdbc.sql("CREATE INDEX audit_log_bare_time ON audit_log_bare (recorded_at)")
                .update();
        jdbc.sql("CREATE INDEX audit_log_bare_object ON audit_log_bare (object_type, object_id)")
                .update();
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static double micros(long nanos, int count) {
        return nanos / 1_000.0 / count;
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        report.add(text);
        System.out.println("[audit-benchmark " + database() + "] " + text);
    }

    private void write() throws IOException {
        Path file = Path.of("target", "benchmark", "audit-" + database() + ".txt");
        Files.createDirectories(file.getParent());
        Files.write(file, report);
    }

    private String database() {
        return dba.onPostgres() ? "postgresql" : "h2";
    }
}
