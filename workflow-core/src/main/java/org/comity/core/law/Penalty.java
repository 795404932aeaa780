package org.comity.core.law;

import jakarta.validation.constraints.NotNull;
import java.time.Period;

/**
 * A penalty: a term in months, or life, or death. Life and death rank above any term when compared
 * with a threshold (legal-domain.md §9 item 5). Whether the combination is valid (a positive term,
 * no months with life or death) is checked by the rule {@code PenaltyIsPositiveTermOrLifeOrDeath}.
 *
 * @param kind term, life or death
 * @param months the term in months; null for life and death
 */
public record Penalty(
        @NotNull(message = "{extradition.penalty.kind.required}")
        PenaltyKind kind,

        Integer months) {

    /** A term of {@code months} months. */
    public static Penalty months(int months) {
        return new Penalty(PenaltyKind.TERM, months);
    }

    /** Life imprisonment. */
    public static Penalty life() {
        return new Penalty(PenaltyKind.LIFE, null);
    }

    /** The death penalty. */
    public static Penalty death() {
        return new Penalty(PenaltyKind.DEATH, null);
    }

    /** Whether this penalty reaches {@code threshold} (whole years and months); life and death always do. */
    public boolean reaches(Period threshold) {
        if (kind != PenaltyKind.TERM) {
            return true;
        }
        return months != null && months >= threshold.toTotalMonths();
    }
}
