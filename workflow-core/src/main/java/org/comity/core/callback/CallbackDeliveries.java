package org.comity.core.callback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.comity.core.identity.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The delivery log as an agency reads it: its own attempts only, newest first, each with the event
 * as it was sent, so that an integrator sees what arrived, what failed and when the next try comes.
 */
@Service
public class CallbackDeliveries {

    /**
     * One attempt.
     *
     * @param event the event as POSTed ({@code id, type, caseId, reference, status, occurredAt})
     * @param outcome {@code DELIVERED}, {@code RETRY} (another attempt follows at {@code nextAttemptAt})
     *     or {@code GAVE_UP}
     * @param httpStatus the receiver's status, null if it gave none
     * @param error what went wrong, null when delivered
     */
    public record Delivery(
            JsonNode event,
            int attempt,
            Instant attemptedAt,
            String outcome,
            Integer httpStatus,
            String error,
            Instant nextAttemptAt) {}

    public record DeliveryPage(List<Delivery> items, int page, int size, long total) {}

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    CallbackDeliveries(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public DeliveryPage page(Actor actor, int page, int size) {
        Callbacks.requireAgency(actor);
        long total = jdbc.sql("SELECT COUNT(*) FROM callback_delivery WHERE agency_id = ?")
                .param(actor.id())
                .query(Long.class)
                .single();
        List<Delivery> items = jdbc.sql("""
                SELECT e.payload, d.attempt, d.attempted_at, d.outcome, d.http_status, d.error, d.next_attempt_at
                FROM callback_delivery d JOIN callback_event e ON e.id = d.event_id WHERE d.agency_id = ?
                ORDER BY d.attempted_at DESC, d.attempt DESC, d.id LIMIT ? OFFSET ?""")
                .params(actor.id(), size, (long) page * size)
                .query((rs, n) -> new Delivery(
                        parse(rs.getString("payload")),
                        rs.getInt("attempt"),
                        rs.getTimestamp("attempted_at").toInstant(),
                        rs.getString("outcome"),
                        (Integer) rs.getObject("http_status", Integer.class),
                        rs.getString("error"),
                        Optional.ofNullable(rs.getTimestamp("next_attempt_at"))
                                .map(Timestamp::toInstant)
                                .orElse(null)))
                .list();
        return new DeliveryPage(items, page, size, total);
    }

    private JsonNode parse(String payload) {
        try {
            return json.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The outbox holds only JSON Comity wrote", e);
        }
    }
}
