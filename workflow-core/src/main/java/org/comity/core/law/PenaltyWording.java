package org.comity.core.law;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.comity.core.text.Phrase;

/**
 * How a penalty or a remaining term is worded on a document: one place, so that the extradition
 * request, the decision and the MLA letter state a penalty alike. The wording itself is in the
 * document bundles under {@code penalty.*} and {@code period.*}; a term is its units, each worded
 * in the singular or the plural, then its ISO form where the language prints it.
 */
public final class PenaltyWording {

    private PenaltyWording() {}

    public static Phrase of(Penalty penalty) {
        return switch (penalty.kind()) {
            case LIFE -> Phrase.of("penalty.life");
            case DEATH -> Phrase.of("penalty.death");
            case TERM -> Phrase.of("penalty.term", penalty.months());
        };
    }

    /** A term still to serve, e.g. "2 years 6 months (P2Y6M) / 2年6个月"; {@code null} for none. */
    public static Phrase of(Period term) {
        if (term == null) {
            return null;
        }
        Period normal = term.normalized();
        List<Phrase> units = new ArrayList<>();
        unit(units, normal.getYears(), "year");
        unit(units, normal.getMonths(), "month");
        unit(units, normal.getDays(), "day");
        if (units.isEmpty()) {
            units.add(Phrase.of("period.days", 0));
        }
        return Phrase.of("period.term", units, term.toString());
    }

    private static void unit(List<Phrase> units, int amount, String unit) {
        if (amount != 0) {
            units.add(Phrase.of(amount == 1 ? "period." + unit : "period." + unit + "s", amount));
        }
    }
}
