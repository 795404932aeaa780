package org.comity.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.comity.core.audit.ChainVerification.Problem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * D2 of reliability-and-security.md: a DBA edits a 10,000-entry chain through SQL and the verifier
 * names the first broken entry and the kind of tampering. The chain is built once per database
 * and restored from a pristine copy before each test.
 */
@SpringBootTest(classes = AuditTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TamperDetectionContract {

    static final int ENTRIES = 10_000;

    private static final long PARKED = 1_000_000;

    @Autowired
    AuditDba dba;

    @Autowired
    ChainFixture chain;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    AuditCheckpoints checkpoints;

    @Autowired
    ChainHeadTable headTable;

    @Autowired
    CheckpointTable checkpointTable;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void buildChainWithCheckpoint() {
        dba.reset();
        chain.append(ENTRIES, 1_000);
        checkpoints.recordCheckpoint();
        dba.jdbc().execute("CREATE TABLE audit_log_pristine AS SELECT * FROM audit_log");
    }

    @BeforeEach
    void restorePristineChain() {
        dba.tamper("DELETE FROM audit_log", "INSERT INTO audit_log SELECT * FROM audit_log_pristine", headAt(ENTRIES));
    }

    @AfterAll
    void dropPristineCopy() {
        dba.jdbc().execute("DROP TABLE audit_log_pristine");
        dba.reset();
    }

    @Test
    void cleanChainIsValid() {
        ChainVerification result = verifier.verify();

        assertThat(result.valid()).as(result.detail()).isTrue();
        assertThat(result.entries()).isEqualTo(ENTRIES);
        assertThat(result.head()).isEqualTo(dba.hashAt(ENTRIES));
        assertThat(result.firstBrokenSequence()).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "purpose = 'routine check'",
                "actor_id = 'someone.else'",
                "recorded_at = recorded_at + INTERVAL '1' SECOND",
                "case_id = NULL",
                "category = 'ERASURE'"
            })
    void updatedFieldIsReportedAsAlteredAtThatEntry(String assignment) {
        dba.tamper("UPDATE audit_log SET " + assignment + " WHERE seq = 4321");

        assertBrokenAt(4321, Problem.ALTERED);
    }

    @Test
    void deletedEntryIsReportedAsGapAtItsNumber() {
        dba.tamper("DELETE FROM audit_log WHERE seq = 5000");

        assertBrokenAt(5000, Problem.SEQUENCE_GAP);
    }

    @Test
    void deletedEntryWithRenumberedSuccessorsBreaksTheLinkAtItsNumber() {
        dba.tamper("DELETE FROM audit_log WHERE seq = 5000");
        dba.tamper(shift(5001, -1));
        dba.tamper(headAt(ENTRIES - 1));

        assertBrokenAt(5000, Problem.LINK_BROKEN);
    }

    @Test
    void insertedCopyOfAnotherEntryIsReportedAtItsNumber() {
        dba.tamper(shift(6000, 1));
        dba.tamper(
                "INSERT INTO audit_log SELECT 6000, recorded_at, actor_id, actor_kind, actor_jurisdiction, category, "
                        + "action, object_type, object_id, case_id, purpose, recipient, change_digest, previous_hash, "
                        + "entry_hash FROM audit_log_pristine WHERE seq = 43",
                headAt(ENTRIES + 1));

        assertBrokenAt(6000, Problem.LINK_BROKEN);
    }

    /**
     * A forged entry with a correct hash, linked to its predecessor, is indistinguishable on its
     * own; the entry after it no longer links to it, so the break is reported there.
     */
    @Test
    void insertedWellFormedEntryIsExposedByItsSuccessor() {
        String predecessorHash = dba.hashAt(5999);
        AuditEvent forged = ChainFixture.anEvent(42);
        Instant at = Instant.parse("2026-11-30T01:02:03.456789Z");
        String forgedHash = EntryHasher.hash(6000, at, forged, predecessorHash);
        dba.tamper(shift(6000, 1));
        dba.tamper(
                "INSERT INTO audit_log (" + AuditRows.COLUMNS + ") SELECT 6000, TIMESTAMP WITH TIME ZONE "
                        + "'2026-11-30 01:02:03.456789+00', actor_id, actor_kind, actor_jurisdiction, category, action, "
                        + "object_type, object_id, case_id, purpose, recipient, change_digest, '" + predecessorHash
                        + "', '" + forgedHash + "' FROM audit_log_pristine WHERE seq = 43",
                headAt(ENTRIES + 1));

        assertBrokenAt(6001, Problem.LINK_BROKEN);
    }

    @Test
    void wellFormedEntryAppendedBehindTheHeadIsReportedAsHeadMismatch() {
        long forgedSeq = ENTRIES + 1;
        Instant at = Instant.parse("2026-11-30T23:59:59.999999Z");
        String forgedHash = EntryHasher.hash(forgedSeq, at, ChainFixture.anEvent(0), dba.hashAt(ENTRIES));
        dba.tamper("INSERT INTO audit_log (" + AuditRows.COLUMNS + ") SELECT " + forgedSeq
                + ", TIMESTAMP WITH TIME ZONE '2026-11-30 23:59:59.999999+00', actor_id, actor_kind, "
                + "actor_jurisdiction, category, action, object_type, object_id, case_id, purpose, recipient, "
                + "change_digest, '" + dba.hashAt(ENTRIES) + "', '" + forgedHash
                + "' FROM audit_log_pristine WHERE seq = 1");

        assertBrokenAt(forgedSeq, Problem.HEAD_MISMATCH);
    }

    @Test
    void swappedEntriesBreakTheLinkAtTheFirst() {
        dba.tamper(
                "UPDATE audit_log SET seq = " + PARKED + " WHERE seq = 7000",
                "UPDATE audit_log SET seq = 7000 WHERE seq = 7500",
                "UPDATE audit_log SET seq = 7500 WHERE seq = " + PARKED);

        assertBrokenAt(7000, Problem.LINK_BROKEN);
    }

    @Test
    void truncatedTailWithRewoundHeadIsCaughtByTheCheckpoint() {
        dba.tamper("DELETE FROM audit_log WHERE seq > 9990", headAt(9990));

        assertBrokenAt(9991, Problem.TRUNCATED);
    }

    @Test
    void truncatedTailWithStaleHeadIsReportedAsHeadMismatch() {
        dba.tamper("DELETE FROM audit_log WHERE seq > 9990", "DELETE FROM audit_checkpoint");

        assertBrokenAt(9991, Problem.HEAD_MISMATCH);
        dba.tamper("INSERT INTO audit_checkpoint (entry_count, head_hash, created_at) VALUES (" + ENTRIES + ", '"
                + dba.jdbc()
                        .queryForObject(
                                "SELECT entry_hash FROM audit_log_pristine WHERE seq = " + ENTRIES, String.class)
                + "', CURRENT_TIMESTAMP)");
    }

    @Test
    void truncatedTailWithRewoundHeadAndDeletedCheckpointsIsCaughtByTheCopyOutsideTheDatabase(@TempDir Path dir) {
        AuditCheckpoints withCopies = new AuditCheckpoints(
                headTable,
                checkpointTable,
                Clock.systemUTC(),
                new CheckpointFile(dir.resolve("audit-checkpoints.log")));
        withCopies.recordCheckpoint();
        dba.tamper("DELETE FROM audit_log WHERE seq > 9990", headAt(9990), "DELETE FROM audit_checkpoint");

        ChainVerification result = new AuditVerifier(jdbc, headTable, withCopies).verify();

        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenSequence()).as(result.detail()).isEqualTo(9991);
        assertThat(result.problem()).as(result.detail()).isEqualTo(Problem.TRUNCATED);
        assertThat(verifier.verify().problem())
                .as("without the copy the cut passes as the end of the chain")
                .isNull();
        dba.tamper("INSERT INTO audit_checkpoint (entry_count, head_hash, created_at) VALUES (" + ENTRIES + ", '"
                + dba.jdbc()
                        .queryForObject(
                                "SELECT entry_hash FROM audit_log_pristine WHERE seq = " + ENTRIES, String.class)
                + "', CURRENT_TIMESTAMP)");
    }

    private void assertBrokenAt(long sequence, Problem problem) {
        ChainVerification result = verifier.verify();

        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenSequence()).as(result.detail()).isEqualTo(sequence);
        assertThat(result.problem()).as(result.detail()).isEqualTo(problem);
        assertThat(result.entries()).isLessThan(sequence);
    }

    /**
     * Renumbers every entry from {@code from} on by {@code delta}, in two steps through a parking
     * range, because a one-step shift collides with the primary key on the way.
     */
    private static String[] shift(long from, long delta) {
        return new String[] {
            "UPDATE audit_log SET seq = seq + " + PARKED + " WHERE seq >= " + from,
            "UPDATE audit_log SET seq = seq - " + PARKED + " + (" + delta + ") WHERE seq >= " + PARKED
        };
    }

    private String headAt(long seq) {
        return "UPDATE audit_chain_head SET last_seq = " + seq
                + ", last_hash = (SELECT entry_hash FROM audit_log WHERE seq = " + seq + ")";
    }
}
