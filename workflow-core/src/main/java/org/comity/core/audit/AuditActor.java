package org.comity.core.audit;

import java.util.Objects;
import org.comity.core.identity.Actor;
import org.comity.core.identity.ActorKind;

/**
 * The identified actor of an audited operation. Callers pass it explicitly (from the security
 * principal, the agency token or the job) so that this package does not depend on Spring Security.
 *
 * @param id stable identifier: user name, agency id or job name
 * @param kind person, agency or system
 * @param jurisdiction ISO 3166-1 alpha-2 code of the actor's state, {@code null} when none applies
 */
public record AuditActor(String id, ActorKind kind, String jurisdiction) {

    public AuditActor {
        FieldRules.requireText("actor id", id, 200);
        Objects.requireNonNull(kind, "actor kind");
        if (jurisdiction != null && !jurisdiction.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("actor jurisdiction must be an ISO 3166-1 alpha-2 code");
        }
    }

    public static AuditActor person(String userName, String jurisdiction) {
        return new AuditActor(userName, ActorKind.PERSON, jurisdiction);
    }

    public static AuditActor agency(String agencyId, String jurisdiction) {
        return new AuditActor(agencyId, ActorKind.AGENCY, jurisdiction);
    }

    public static AuditActor system(String component) {
        return new AuditActor(component, ActorKind.SYSTEM, null);
    }

    /** The audit identity of a person or agency acting through the API or the tasklist. */
    public static AuditActor of(Actor actor) {
        return new AuditActor(actor.id(), actor.kind(), actor.jurisdiction());
    }
}
