package org.comity.core.repatriation;

import java.util.List;
import java.util.UUID;
import org.comity.core.audit.AuditCheckpoints;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts the processes of an operation's persons that have none yet, {@value #CHUNK} per
 * transaction. Safe to repeat and to run twice at once: it only takes persons without a process,
 * locking them while it starts theirs.
 */
@Component
class PersonProcessStarter {

    static final int CHUNK = 500;

    private final Operations operations;
    private final RepatriationPersons persons;
    private final RepatriationProcesses processes;
    private final TransactionTemplate tx;
    private final AuditCheckpoints checkpoints;

    PersonProcessStarter(
            Operations operations,
            RepatriationPersons persons,
            RepatriationProcesses processes,
            PlatformTransactionManager transactions,
            AuditCheckpoints checkpoints) {
        this.checkpoints = checkpoints;
        this.operations = operations;
        this.persons = persons;
        this.processes = processes;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Starts every missing person process of the operation; returns how many were started. */
    int startPending(UUID operationId) {
        Operation op = operations.find(operationId).orElseThrow();
        int started = 0;
        for (int chunk = startChunk(op); chunk > 0; chunk = startChunk(op)) {
            started += chunk;
        }
        if (started > 0) {
            checkpoints.recordCheckpoint(); // a batch ends on an audit checkpoint (issue #14 item 6)
        }
        return started;
    }

    private int startChunk(Operation op) {
        Integer started = tx.execute(status -> {
            List<UUID> pending = persons.withoutProcess(op.id(), CHUNK);
            persons.linkProcesses(processes.startPersons(op, pending));
            return pending.size();
        });
        return started == null ? 0 : started;
    }
}
