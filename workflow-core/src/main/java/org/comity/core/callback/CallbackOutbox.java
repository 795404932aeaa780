package org.comity.core.callback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.comity.core.casefile.CaseStatusChanged;
import org.comity.core.identity.ActorKind;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a status event to the outbox ({@code callback_event}) when a case that an agency with a
 * callback created changes status, in the transaction of the change: the event exists if and only if
 * the change committed, and nothing is sent before that (delivery is {@link CallbackDelivery}'s, after
 * commit). The event carries no personal data: the case's id, reference and new status, and when.
 */
@Component
class CallbackOutbox {

    static final String TYPE = "case.status-changed";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    CallbackOutbox(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventListener
    void statusChanged(CaseStatusChanged change) {
        jdbc.sql("""
                SELECT c.reference, c.created_by FROM comity_case c JOIN callback_endpoint e ON e.agency_id = c.created_by
                WHERE c.id = ? AND c.created_by_kind = ?""")
                .params(change.caseId(), ActorKind.AGENCY.name())
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .optional()
                .ifPresent(found -> write(change, found[0], found[1]));
    }

    private void write(CaseStatusChanged change, String reference, String agencyId) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(change.occurredAt());
        jdbc.sql("""
                INSERT INTO callback_event (id, agency_id, case_id, payload, state, attempts, next_attempt_at, created_at)
                VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?)""")
                .params(id, agencyId, change.caseId(), payload(id, change, reference), now, now)
                .update();
    }

    private String payload(UUID id, CaseStatusChanged change, String reference) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", id.toString());
        event.put("type", TYPE);
        event.put("caseId", change.caseId().toString());
        event.put("reference", reference);
        event.put("status", change.status());
        event.put("occurredAt", change.occurredAt().toString());
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of strings can always be written", e);
        }
    }
}
