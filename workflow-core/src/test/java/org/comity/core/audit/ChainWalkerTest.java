package org.comity.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.comity.core.audit.ChainVerification.Problem;
import org.junit.jupiter.api.Test;

/** The verification rules alone, on rows made in memory; the *IT classes tamper with real tables. */
class ChainWalkerTest {

    @Test
    void intactChainEndsAtTheHead() {
        List<ChainRow> rows = aChainOf(5);

        ChainVerification result = walk(rows, new ChainHead(5, rows.get(4).storedHash()), null);

        assertThat(result).isEqualTo(ChainVerification.intact(5, rows.get(4).storedHash()));
    }

    @Test
    void emptyLogIsValid() {
        ChainVerification result = walk(List.of(), new ChainHead(0, EntryHasher.GENESIS_HASH), null);

        assertThat(result.valid()).isTrue();
        assertThat(result.entries()).isZero();
    }

    @Test
    void reportsTheFirstBreakOnly() {
        List<ChainRow> rows = new ArrayList<>(aChainOf(6));
        ChainRow third = rows.get(2);
        rows.set(2, new ChainRow(3, third.previousHash(), third.storedHash(), "0".repeat(63) + "1"));
        rows.remove(4);

        ChainVerification result = walk(rows, new ChainHead(6, rows.get(4).storedHash()), null);

        assertThat(result.firstBrokenSequence()).isEqualTo(3);
        assertThat(result.problem()).isEqualTo(Problem.ALTERED);
        assertThat(result.entries()).isEqualTo(2);
        assertThat(result.head()).isEqualTo(rows.get(1).storedHash());
    }

    @Test
    void checkpointBeyondTheEndMeansTruncation() {
        List<ChainRow> rows = aChainOf(4);
        AuditCheckpoint checkpoint = new AuditCheckpoint(6, "c".repeat(64), Instant.EPOCH);

        ChainVerification result = walk(rows, new ChainHead(4, rows.get(3).storedHash()), checkpoint);

        assertThat(result.firstBrokenSequence()).isEqualTo(5);
        assertThat(result.problem()).isEqualTo(Problem.TRUNCATED);
    }

    @Test
    void rewrittenHistoryDisagreesWithTheCheckpoint() {
        List<ChainRow> rows = aChainOf(4);
        AuditCheckpoint checkpoint = new AuditCheckpoint(2, "c".repeat(64), Instant.EPOCH);

        ChainVerification result = walk(rows, new ChainHead(4, rows.get(3).storedHash()), checkpoint);

        assertThat(result.firstBrokenSequence()).isEqualTo(2);
        assertThat(result.problem()).isEqualTo(Problem.CHECKPOINT_MISMATCH);
    }

    @Test
    void headWithAnotherHashIsReported() {
        List<ChainRow> rows = aChainOf(3);

        ChainVerification result = walk(rows, new ChainHead(3, "d".repeat(64)), null);

        assertThat(result.firstBrokenSequence()).isEqualTo(3);
        assertThat(result.problem()).isEqualTo(Problem.HEAD_MISMATCH);
        assertThat(result.head()).isEqualTo(rows.get(1).storedHash());
    }

    private static ChainVerification walk(List<ChainRow> rows, ChainHead head, AuditCheckpoint checkpoint) {
        ChainWalker walker = new ChainWalker(checkpoint);
        for (ChainRow row : rows) {
            Optional<ChainVerification> broken = walker.accept(row);
            if (broken.isPresent()) {
                return broken.get();
            }
        }
        return walker.finish(head);
    }

    private static List<ChainRow> aChainOf(int length) {
        List<ChainRow> rows = new ArrayList<>();
        String previous = EntryHasher.GENESIS_HASH;
        for (int seq = 1; seq <= length; seq++) {
            String hash = EntryHasher.hash(seq, Instant.EPOCH, ChainFixture.anEvent(seq), previous);
            rows.add(new ChainRow(seq, previous, hash, hash));
            previous = hash;
        }
        return rows;
    }
}
