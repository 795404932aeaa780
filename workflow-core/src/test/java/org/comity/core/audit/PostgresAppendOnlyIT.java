package org.comity.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * D3 of reliability-and-security.md on PostgreSQL: the append-only triggers stop everyone,
 * including the tables' owner, and the application role, granted exactly what AUDIT-DATABASE.md
 * prescribes, can append, checkpoint and verify but cannot update, delete or truncate even with
 * the triggers disabled.
 */
@SpringBootTest(classes = AuditTestApplication.class)
@ActiveProfiles(AuditTestApplication.POSTGRES)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresAppendOnlyIT {

    /** The grants of AUDIT-DATABASE.md and V3_1__audit_log_append_only.sql, verbatim. */
    static final List<String> DOCUMENTED_GRANTS = List.of(
            "REVOKE ALL ON audit_log, audit_checkpoint, audit_chain_head FROM PUBLIC",
            "GRANT SELECT, INSERT ON audit_log, audit_checkpoint TO comity_app",
            "GRANT SELECT, UPDATE ON audit_chain_head TO comity_app");

    @Autowired
    AuditDba dba;

    @Autowired
    ChainFixture chain;

    @Autowired
    AuditCheckpoints checkpoints;

    JdbcTemplate app;

    DataSource appDataSource;

    @BeforeAll
    void createApplicationRole() {
        dba.jdbc().execute("CREATE ROLE comity_app LOGIN");
        DOCUMENTED_GRANTS.forEach(dba.jdbc()::execute);
        appDataSource = EmbeddedPostgresServer.get().getDatabase("comity_app", "postgres");
        app = new JdbcTemplate(appDataSource);
    }

    @AfterAll
    void dropApplicationRole() {
        dba.reset();
        dba.jdbc().execute("DROP OWNED BY comity_app");
        dba.jdbc().execute("DROP ROLE comity_app");
    }

    @BeforeEach
    void startWithThreeEntries() {
        dba.reset();
        chain.append(3, 3);
    }

    @Test
    void triggersRejectUpdateDeleteAndTruncateEvenByTheOwner() {
        checkpoints.recordCheckpoint();
        for (String sql : List.of(
                "UPDATE audit_log SET purpose = 'x' WHERE seq = 2",
                "DELETE FROM audit_log WHERE seq = 3",
                "TRUNCATE audit_log",
                "DELETE FROM audit_checkpoint",
                "TRUNCATE audit_checkpoint")) {
            assertThatThrownBy(() -> dba.jdbc().execute(sql))
                    .as(sql)
                    .rootCause()
                    .hasMessageContaining("append-only");
        }
        assertThat(dba.count()).isEqualTo(3);
    }

    @Test
    void chainHeadCannotBeRewoundOrForged() {
        assertThatThrownBy(() -> dba.jdbc()
                        .execute("UPDATE audit_chain_head SET last_seq = 2, "
                                + "last_hash = (SELECT entry_hash FROM audit_log WHERE seq = 2)"))
                .rootCause()
                .hasMessageContaining("may only advance");
        assertThatThrownBy(() -> dba.jdbc()
                        .execute("UPDATE audit_chain_head SET last_seq = 4, last_hash = '" + "a".repeat(64) + "'"))
                .rootCause()
                .hasMessageContaining("may only advance");
        assertThatThrownBy(() -> dba.jdbc().execute("DELETE FROM audit_chain_head"))
                .rootCause()
                .hasMessageContaining("may only advance");
    }

    @Test
    void applicationRoleIsDeniedUpdateDeleteAndTruncateEvenWithoutTriggers() {
        dba.jdbc().execute("ALTER TABLE audit_log DISABLE TRIGGER USER");
        try {
            for (String sql : List.of(
                    "UPDATE audit_log SET purpose = 'x' WHERE seq = 2",
                    "DELETE FROM audit_log WHERE seq = 3",
                    "TRUNCATE audit_log",
                    "DELETE FROM audit_checkpoint",
                    "ALTER TABLE audit_log DISABLE TRIGGER USER")) {
                assertThatThrownBy(() -> app.execute(sql))
                        .as(sql)
                        .rootCause()
                        .hasMessageMatching("(?s).*(permission denied|must be owner).*");
            }
        } finally {
            dba.jdbc().execute("ALTER TABLE audit_log ENABLE TRIGGER USER");
        }
        assertThat(dba.count()).isEqualTo(3);
    }

    @Test
    void applicationRoleCanAppendCheckpointAndVerify() {
        JdbcClient jdbc = JdbcClient.create(appDataSource);
        ChainHeadTable head = new ChainHeadTable(jdbc);
        AuditLog log = new AuditLog(jdbc, head, Clock.systemUTC());
        AuditCheckpoints checkpoints = new AuditCheckpoints(head, new CheckpointTable(jdbc), Clock.systemUTC());
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(appDataSource));

        AuditEntry entry = tx.execute(status -> log.record(ChainFixture.anEvent(3)));
        tx.executeWithoutResult(status -> checkpoints.recordCheckpoint());
        ChainVerification result = new AuditVerifier(jdbc, head, checkpoints).verify();

        assertThat(entry.sequence()).isEqualTo(4);
        assertThat(result.valid()).as(result.detail()).isTrue();
        assertThat(result.entries()).isEqualTo(4);
    }
}
