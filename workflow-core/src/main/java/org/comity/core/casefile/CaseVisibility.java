package org.comity.core.casefile;

import java.time.Instant;
import java.util.List;
import org.comity.core.access.OwnStateSeesInternalSteps;
import org.comity.core.identity.Actor;

/**
 * The one policy of who sees what of a case (DESIGN.md §7, last two rules): every reader of a case
 * (case view and list, case page, documents, the task list's case search, the tasks of a case) asks
 * here instead of deciding for itself.
 *
 * <ol>
 *   <li><b>Parties and auditors.</b> Auditors see every case. Otherwise the actor's state must be a
 *       party; a restricted (confidential MLA) case is seen, among agencies, only by the one that
 *       created it (legal-domain.md §9 item 16).</li>
 *   <li><b>From transmission on.</b> The state that opened the case sees it at once; the other party
 *       only once it was transmitted ({@link CaseFile#transmittedAt()}): until the requesting state's
 *       request leaves its own review, it is that state's deliberation alone. A joint repatriation
 *       operation is transmitted when it is opened ({@link #transmittedOnOpening}).</li>
 *   <li><b>Each state's deliberation is its own.</b> Of the other state's work a party sees only what
 *       was exchanged (messages, documents, decisions, the case status they set): never its stages,
 *       tasks, users, process ids or who created the case ({@link #seesDeliberationOf}).</li>
 * </ol>
 *
 * <p>Within a state each authority sees its own steps (DESIGN.md §7; issue #18): when users belong
 * to authorities, {@link #seesDeliberationOf} is the rule that narrows from a state to an authority.
 */
public final class CaseVisibility {

    private CaseVisibility() {}

    /** Whether the actor may see the case at all; otherwise it is reported as not existing (404). */
    public static boolean sees(Actor actor, CaseFile file) {
        if (actor.jurisdiction() == null) {
            return true;
        }
        boolean party = actor.jurisdiction().equals(file.requesting())
                || actor.jurisdiction().equals(file.requested());
        boolean restrictedOut =
                file.restricted() && !actor.role().worksOnTasks() && !actor.id().equals(file.createdBy());
        return party && !restrictedOut && (opener(actor, file) || file.transmittedAt() != null);
    }

    /**
     * Whether the actor sees the internal work (stages, tasks, users, process ids, timers) of the
     * party {@code jurisdiction}: their own state's, or every party's for an auditor. {@code null}
     * stands for work both states do together (a joint operation's processes).
     */
    public static boolean seesDeliberationOf(Actor actor, String jurisdiction) {
        return OwnStateSeesInternalSteps.POLICY.allows(actor, jurisdiction);
    }

    /** Whether the actor sees who created the case and when it was opened, rather than when it was received. */
    public static boolean seesOpening(Actor actor, CaseFile file) {
        return actor.jurisdiction() == null || opener(actor, file);
    }

    /**
     * When the case began for the actor: its opening for the state that opened it (and auditors),
     * its transmission for the other party, whose knowledge of it starts there.
     */
    public static Instant openedFor(Actor actor, String requesting, Instant createdAt, Instant transmittedAt) {
        return actor.jurisdiction() == null || actor.jurisdiction().equals(requesting) || transmittedAt == null
                ? createdAt
                : transmittedAt;
    }

    /**
     * Whether a case of this type reaches the other party when it is opened. A repatriation operation
     * is joint from the start: the holding state registers it with the receiving state, whose officers
     * verify each person's nationality as the first step (DESIGN.md §4.2), so there is no deliberation
     * of the holding state before the operation is shared.
     */
    public static boolean transmittedOnOpening(CaseType type) {
        return type == CaseType.REPATRIATION;
    }

    /**
     * The condition of {@link #sees} over table {@code comity_case}, for lists, with its bound
     * parameters in order.
     */
    public static Condition condition(Actor actor) {
        if (actor.jurisdiction() == null) {
            return new Condition("1 = 1", List.of());
        }
        String state = actor.jurisdiction();
        String party = "(requesting_jurisdiction = ? OR (requested_jurisdiction = ? AND transmitted_at IS NOT NULL))";
        if (actor.role().worksOnTasks()) {
            return new Condition(party, List.of(state, state));
        }
        return new Condition(party + " AND (restricted = FALSE OR created_by = ?)", List.of(state, state, actor.id()));
    }

    /** A SQL condition and its parameters. */
    public record Condition(String sql, List<Object> params) {}

    /** The requesting state opens every case (for a repatriation: the holding state). */
    private static boolean opener(Actor actor, CaseFile file) {
        return actor.jurisdiction().equals(file.requesting());
    }
}
