package org.comity.core.casefile;

import java.time.Instant;
import java.util.UUID;
import org.comity.core.access.CaseParties;
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
 * @param transmittedAt when the case reached the requested (receiving) state; {@code null} while it is
 *     the requesting state's deliberation alone ({@link CaseVisibility})
 */
public record CaseFile(
        UUID id,
        String reference,
        CaseType type,
        String requesting,
        String requested,
        String status,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        boolean restricted,
        Instant transmittedAt) {

    /** Whether the actor may see the case at all: {@link CaseVisibility#sees}. */
    public boolean isVisibleTo(Actor actor) {
        return CaseVisibility.sees(actor, this);
    }

    /** The two states of the case, as the access policies ({@code org.comity.core.access}) decide on them. */
    public CaseParties parties() {
        return new CaseParties(requesting, requested);
    }
}
