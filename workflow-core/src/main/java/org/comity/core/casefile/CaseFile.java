package org.comity.core.casefile;

import java.time.Instant;
import java.util.UUID;
import org.comity.core.identity.Actor;

/**
 * A case: one matter of cooperation between a requesting and a requested state. Its id is the
 * business key of every process instance that works on it, on either side.
 *
 * @param reference the human reference, e.g. {@code EXT-CN-2026-000123}
 * @param requesting the state that asks (for a repatriation: the holding state that hands over)
 * @param requested the state asked (for a repatriation: the receiving state)
 * @param status a short status code owned by the case's process, e.g. {@code UNDER_EXAMINATION}
 */
public record CaseFile(UUID id, String reference, CaseType type, String requesting, String requested, String status,
        String createdBy, Instant createdAt, Instant updatedAt) {

    /** Whether the actor's jurisdiction is a party to the case (auditors see every case). */
    public boolean isVisibleTo(Actor actor) {
        return actor.jurisdiction() == null || actor.jurisdiction().equals(requesting)
                || actor.jurisdiction().equals(requested);
    }
}
