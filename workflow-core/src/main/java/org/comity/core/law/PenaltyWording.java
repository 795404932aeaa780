package org.comity.core.law;

import java.time.Period;
import org.comity.core.document.BilingualText;

/**
 * How a penalty or a remaining term is worded on a document, in English and Chinese: one place,
 * so that the extradition request, the decision and the MLA letter state a penalty alike.
 */
public final class PenaltyWording {

    private PenaltyWording() {
    }

    public static BilingualText of(Penalty penalty) {
        return switch (penalty.kind()) {
            case LIFE -> BilingualText.of("Life imprisonment", "无期徒刑");
            case DEATH -> BilingualText.of("Death", "死刑");
            case TERM -> BilingualText.of(penalty.months() + " months' imprisonment", "有期徒刑" + penalty.months() + "个月");
        };
    }

    /** A term still to serve, e.g. "2 years 6 months (P2Y6M) / 2年6个月"; {@code null} for none. */
    public static BilingualText of(Period term) {
        if (term == null) {
            return null;
        }
        Period normal = term.normalized();
        StringBuilder english = new StringBuilder();
        StringBuilder chinese = new StringBuilder();
        append(english, chinese, normal.getYears(), "year", "年");
        append(english, chinese, normal.getMonths(), "month", "个月");
        append(english, chinese, normal.getDays(), "day", "日");
        if (english.isEmpty()) {
            english.append("0 days");
            chinese.append("0日");
        }
        return BilingualText.of(english + " (" + term + ")", chinese.toString());
    }

    private static void append(StringBuilder english, StringBuilder chinese, int amount, String unit, String unitZh) {
        if (amount == 0) {
            return;
        }
        if (!english.isEmpty()) {
            english.append(' ');
        }
        english.append(amount).append(' ').append(unit).append(amount == 1 ? "" : "s");
        chinese.append(amount).append(unitZh);
    }
}
