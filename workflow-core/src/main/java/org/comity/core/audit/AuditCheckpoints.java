package org.comity.core.audit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records the chain's current length and head hash. The hash chain alone proves that no entry
 * was changed, inserted or removed in the middle; only a checkpoint taken earlier proves that the
 * newest entries were not cut off together with a rewound head. Copies kept outside this database
 * (sent to the other state, printed in audit reports) make the proof independent of its operator:
 * with {@code comity.audit.checkpoint-file} set, each checkpoint is also appended to that file once
 * its row has committed ({@link CheckpointFile}), and verification trusts whichever of the two
 * records counts more entries, so deleting the rows of {@code audit_checkpoint} hides no cut.
 */
@Service
public class AuditCheckpoints {

    private final ChainHeadTable head;

    private final CheckpointTable table;

    private final Clock clock;

    private final CheckpointFile copies;

    @Autowired
    AuditCheckpoints(
            ChainHeadTable head,
            CheckpointTable table,
            ObjectProvider<Clock> clock,
            @Value("${comity.audit.checkpoint-file:}") String copiesFile) {
        this(
                head,
                table,
                clock.getIfAvailable(Clock::systemUTC),
                copiesFile.isBlank() ? null : new CheckpointFile(Path.of(copiesFile)));
    }

    AuditCheckpoints(ChainHeadTable head, CheckpointTable table, Clock clock) {
        this(head, table, clock, null);
    }

    AuditCheckpoints(ChainHeadTable head, CheckpointTable table, Clock clock, CheckpointFile copies) {
        this.head = head;
        this.table = table;
        this.clock = clock;
        this.copies = copies;
    }

    /** Stores a checkpoint of the committed chain as it is now and returns it. */
    @Transactional
    public AuditCheckpoint recordCheckpoint() {
        ChainHead current = head.read();
        AuditCheckpoint checkpoint = new AuditCheckpoint(
                current.lastSequence(), current.lastHash(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        table.insert(checkpoint);
        copyOutsideOnCommit(checkpoint);
        return checkpoint;
    }

    /** The checkpoint verification holds the chain to: the one that counts more entries, in the table or its copies. */
    @Transactional(readOnly = true)
    public Optional<AuditCheckpoint> latest() {
        Optional<AuditCheckpoint> copied = copies == null ? Optional.empty() : copies.longest(table.chainIdentity());
        return Stream.of(table.latest(), copied)
                .flatMap(Optional::stream)
                .max(Comparator.comparingLong(AuditCheckpoint::entryCount));
    }

    private void copyOutsideOnCommit(AuditCheckpoint checkpoint) {
        if (copies == null || checkpoint.entryCount() == 0) {
            return;
        }
        String chain = table.chainIdentity();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            copies.append(chain, checkpoint);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                copies.append(chain, checkpoint);
            }
        });
    }
}
