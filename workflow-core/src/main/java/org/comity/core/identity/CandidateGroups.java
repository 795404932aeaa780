package org.comity.core.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * The naming of Camunda candidate groups, {@code <JURISDICTION>-<role>} (e.g. {@code CN-officer},
 * {@code MM-supervisor}). One place builds and reads these names because task visibility and
 * authorisation are decided from them.
 */
public final class CandidateGroups {

    private CandidateGroups() {}

    public static String of(String jurisdiction, Role role) {
        return jurisdiction + "-" + role.name().toLowerCase(Locale.ROOT);
    }

    /** The jurisdiction a candidate group belongs to, if the group follows the naming. */
    public static Optional<String> jurisdictionOf(String group) {
        if (group == null || group.length() < 4 || group.charAt(2) != '-') {
            return Optional.empty();
        }
        return Optional.of(group.substring(0, 2));
    }
}
