package org.comity.core.callback;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox ({@code callback_event}) and the delivery log ({@code callback_delivery}) as the delivery
 * worker uses them. A node claims an event with one conditional {@code UPDATE} (state pending, due,
 * unclaimed or its claim run out): the database lets exactly one node's update match, on H2 and on
 * PostgreSQL alike, and no transaction stays open while the receiver is called.
 */
@Repository
class CallbackEvents {

    /** An event being delivered: what to send and how often it was tried. */
    record Pending(UUID id, String agencyId, String payload, int attempts) {}

    /** What an attempt came to, for the log and the event's next state. */
    record Attempt(int number, Instant at, String outcome, Integer httpStatus, String error, Instant nextAttemptAt) {}

    private final JdbcClient jdbc;

    CallbackEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UUID> due(Instant now, int limit) {
        return jdbc.sql("""
                SELECT id FROM callback_event WHERE state = 'PENDING' AND next_attempt_at <= ?
                AND (locked_until IS NULL OR locked_until < ?) ORDER BY next_attempt_at, id LIMIT ?""").params(ts(now), ts(now), limit).query(UUID.class).list();
    }

    /** Claims the event for {@code node} until {@code until}, if it is still due and unclaimed. */
    boolean claim(UUID id, String node, Instant now, Instant until) {
        return jdbc.sql("""
                UPDATE callback_event SET locked_by = ?, locked_until = ? WHERE id = ? AND state = 'PENDING'
                AND next_attempt_at <= ? AND (locked_until IS NULL OR locked_until < ?)""").params(node, ts(until), id, ts(now), ts(now)).update() == 1;
    }

    Optional<Pending> find(UUID id) {
        return jdbc.sql("SELECT id, agency_id, payload, attempts FROM callback_event WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Pending(
                        rs.getObject("id", UUID.class),
                        rs.getString("agency_id"),
                        rs.getString("payload"),
                        rs.getInt("attempts")))
                .optional();
    }

    /**
     * Logs the attempt and moves the event on (delivered, retried later, given up), releasing the claim,
     * in one transaction; returns false (and changes nothing) if {@code node} no longer held the claim.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean record(Pending event, String node, Attempt attempt) {
        boolean finished = !"RETRY".equals(attempt.outcome());
        int moved = jdbc.sql("""
                UPDATE callback_event SET state = ?, attempts = ?, next_attempt_at = ?, locked_by = NULL,
                    locked_until = NULL, finished_at = ? WHERE id = ? AND locked_by = ? AND state = 'PENDING'""")
                .params(
                        finished ? attempt.outcome() : "PENDING",
                        attempt.number(),
                        ts(attempt.nextAttemptAt()),
                        finished ? ts(attempt.at()) : null,
                        event.id(),
                        node)
                .update();
        if (moved == 0) {
            return false;
        }
        jdbc.sql("""
                INSERT INTO callback_delivery (id, event_id, agency_id, attempt, attempted_at, outcome, http_status, error,
                    next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        event.id(),
                        event.agencyId(),
                        attempt.number(),
                        ts(attempt.at()),
                        attempt.outcome(),
                        attempt.httpStatus(),
                        attempt.error(),
                        ts(attempt.nextAttemptAt()))
                .update();
        return true;
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
