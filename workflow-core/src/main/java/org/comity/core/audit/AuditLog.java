package org.comity.core.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends audited operations to the hash chain. The append joins the caller's transaction and
 * refuses to run without one ({@link Propagation#MANDATORY}): the entry commits exactly when the
 * change it describes commits, so a rolled-back change leaves no entry and a committed one always
 * has one. Appends are serialised by the row lock on {@code audit_chain_head}, held until the
 * caller's commit; call {@link #record} as the last step of a transaction to keep that short and
 * to take no other locks after it.
 * <p>
 * Usage from a transactional service:
 * <pre>{@code
 * auditLog.record(AuditEvent.of(AuditActor.person(user, "CN"), AuditCategory.CONSULTATION, "case.read")
 *     .onCase(caseId).purpose("review of extradition request").build());
 * }</pre>
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;

    private final ChainHeadTable head;

    private final Clock clock;

    private final List<AuditAddendum> addenda;

    @Autowired
    AuditLog(JdbcClient jdbc, ChainHeadTable head, ObjectProvider<Clock> clock, ObjectProvider<AuditAddendum> addenda) {
        this(
                jdbc,
                head,
                clock.getIfAvailable(Clock::systemUTC),
                addenda.orderedStream().toList());
    }

    AuditLog(JdbcClient jdbc, ChainHeadTable head, Clock clock) {
        this(jdbc, head, clock, List.of());
    }

    private AuditLog(JdbcClient jdbc, ChainHeadTable head, Clock clock, List<AuditAddendum> addenda) {
        this.jdbc = jdbc;
        this.head = head;
        this.clock = clock;
        this.addenda = List.copyOf(addenda);
    }

    /**
     * Appends one entry in the current transaction and returns it with its sequence number and
     * hash, e.g. to print a document's log reference.
     *
     * @throws org.springframework.transaction.IllegalTransactionStateException if no transaction is active
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry record(AuditEvent event) {
        ChainHead previous = head.lockForAppend();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long sequence = previous.lastSequence() + 1;
        String hash = EntryHasher.hash(sequence, now, event, previous.lastHash());
        AuditEntry entry = new AuditEntry(sequence, now, event, previous.lastHash(), hash);
        AuditRows.bindInsert(jdbc.sql(AuditRows.INSERT), entry).update();
        head.advance(previous, new ChainHead(sequence, hash));
        recordAddenda(event);
        return entry;
    }

    /** The entries that belong right after {@code change}, from the {@link AuditAddendum}s. */
    private void recordAddenda(AuditEvent change) {
        for (AuditAddendum addendum : addenda) {
            addendum.after(change).ifPresent(this::record);
        }
    }
}
