package org.comity.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The copies of checkpoints outside the database: per chain, the longest wins, unreadable lines are skipped. */
class CheckpointFileTest {

    private static final String THIS_CHAIN = "a".repeat(64);
    private static final String OTHER_CHAIN = "b".repeat(64);

    @TempDir
    Path dir;

    @Test
    void answersTheLongestCheckpointOfTheChainAsked() throws IOException {
        CheckpointFile file = new CheckpointFile(dir.resolve("sub/audit-checkpoints.log"));
        file.append(THIS_CHAIN, checkpoint(10, 'c'));
        file.append(OTHER_CHAIN, checkpoint(99, 'd'));
        file.append(THIS_CHAIN, checkpoint(25, 'e'));
        file.append(THIS_CHAIN, checkpoint(20, 'f'));
        Files.writeString(
                file.path(),
                "garbage line\n" + THIS_CHAIN + " 1000 not-a-hash 2026-12-07T00:00:00Z\n",
                java.nio.file.StandardOpenOption.APPEND);

        assertThat(file.longest(THIS_CHAIN)).contains(checkpoint(25, 'e'));
        assertThat(file.longest(OTHER_CHAIN)).contains(checkpoint(99, 'd'));
        assertThat(file.longest("c".repeat(64))).isEmpty();
        assertThat(file.longest(null)).isEmpty();
    }

    @Test
    void aMissingFileHoldsNoCheckpoint() {
        assertThat(new CheckpointFile(dir.resolve("none.log")).longest(THIS_CHAIN))
                .isEmpty();
    }

    private static AuditCheckpoint checkpoint(long entries, char hash) {
        return new AuditCheckpoint(entries, String.valueOf(hash).repeat(64), Instant.parse("2026-12-07T16:07:00Z"));
    }
}
