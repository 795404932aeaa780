package org.comity.core.identity;

import java.util.Objects;
import java.util.Optional;

/**
 * Who is acting: a person or an agency, with the one role and jurisdiction they act under. Every
 * service call that reads or changes a case takes the actor explicitly, so that visibility rules
 * and the audit trail never depend on a thread-local.
 *
 * @param id user name or agency id
 * @param kind person or agency
 * @param role the role
 * @param jurisdiction the jurisdiction acted for; {@code null} only for an auditor who oversees all
 */
public record Actor(String id, ActorKind kind, Role role, String jurisdiction) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(role, "role");
        if (jurisdiction == null && role != Role.AUDITOR) {
            throw new IllegalArgumentException("Only an auditor may act without a jurisdiction: " + id);
        }
    }

    public static Actor person(String id, Role role, String jurisdiction) {
        return new Actor(id, ActorKind.PERSON, role, jurisdiction);
    }

    public static Actor agency(String id, String jurisdiction) {
        return new Actor(id, ActorKind.AGENCY, Role.AGENCY, jurisdiction);
    }

    /** The candidate group whose tasks this actor works on, e.g. {@code CN-officer}. */
    public Optional<String> workGroup() {
        return role.worksOnTasks() ? Optional.of(CandidateGroups.of(jurisdiction, role)) : Optional.empty();
    }

    /** Whether the actor may see objects of the given jurisdiction. */
    public boolean sees(String otherJurisdiction) {
        return jurisdiction == null || jurisdiction.equals(otherJurisdiction);
    }
}
