package org.comity.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
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
 * The append runs in the caller's transaction: it commits and rolls back with the change it
 * describes. A stand-in business table ({@code audit_test_case}) plays that change.
 */
@SpringBootTest(classes = AuditTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AppendContract {

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
        AuditEvent disclosure = AuditEvent.of(
                        AuditActor.person("mm.officer", "MM"), AuditCategory.DISCLOSURE, "document.share")
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
                }))
                .isInstanceOf(IllegalStateException.class);

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

    private AuditEntry createCase(UUID caseId) {
        dba.jdbc().update("INSERT INTO audit_test_case (id) VALUES (?)", caseId);
        return auditLog.record(
                AuditEvent.of(AuditActor.agency("demo-cn-mps", "CN"), AuditCategory.COLLECTION, "case.create")
                        .onCase(caseId)
                        .changeDigest(ChangeDigest.of(caseId.toString()))
                        .build());
    }

    private long cases() {
        return dba.jdbc().queryForObject("SELECT COUNT(*) FROM audit_test_case", Long.class);
    }
}
