package org.comity.core.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the chain's current length and head hash. The hash chain alone proves that no entry
 * was changed, inserted or removed in the middle; only a checkpoint taken earlier proves that the
 * newest entries were not cut off together with a rewound head. Copies kept outside this database
 * (sent to the other state, printed in audit reports) make the proof independent of its operator.
 */
@Service
public class AuditCheckpoints {

    private final ChainHeadTable head;

    private final CheckpointTable table;

    private final Clock clock;

    @Autowired
    AuditCheckpoints(ChainHeadTable head, CheckpointTable table, ObjectProvider<Clock> clock) {
        this(head, table, clock.getIfAvailable(Clock::systemUTC));
    }

    AuditCheckpoints(ChainHeadTable head, CheckpointTable table, Clock clock) {
        this.head = head;
        this.table = table;
        this.clock = clock;
    }

    /** Stores a checkpoint of the committed chain as it is now and returns it. */
    @Transactional
    public AuditCheckpoint recordCheckpoint() {
        ChainHead current = head.read();
        AuditCheckpoint checkpoint = new AuditCheckpoint(current.lastSequence(), current.lastHash(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        table.insert(checkpoint);
        return checkpoint;
    }

    @Transactional(readOnly = true)
    public Optional<AuditCheckpoint> latest() {
        return table.latest();
    }

}
