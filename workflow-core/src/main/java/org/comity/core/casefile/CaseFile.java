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
 * @param restricted whether the case is confidential (a confidential MLA request): then, of the two
 *     states, only their officers and supervisors and the agency that created it may see it
 *     (legal-domain.md §9 item 16)
 */
public record CaseFile(UUID id, String reference, CaseType type, String requesting, String requested, String status,
        String createdBy, Instant createdAt, Instant updatedAt, boolean restricted) {

    /**
     * Whether the actor may see the case: auditors see every case; otherwise the actor's state is a
     * party and, for a restricted case, the actor works on its tasks or created it.
     */
    public boolean isVisibleTo(Actor actor) {
        if (actor.jurisdiction() == null) {
            return true;
        }
        boolean party = actor.jurisdiction().equals(requesting) || actor.jurisdiction().equals(requested);
        return party && (!restricted || actor.role().worksOnTasks() || actor.id().equals(createdBy));
    }
}
