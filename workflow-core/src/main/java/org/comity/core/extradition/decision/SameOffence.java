package org.comity.core.extradition.decision;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Whether two descriptions of an offence are the same offence, as "the same offence" of S10
 * Arts. 31 para. 3 and 40 para. 1 and the speciality rule (Art. 14(1)) need: the same provision of
 * the requesting state's law (ignoring case and spacing) over periods of conduct that overlap.
 * Other wording of the facts does not make another offence.
 */
public final class SameOffence {

    private SameOffence() {}

    public static boolean of(
            String provisionA, LocalDate fromA, LocalDate toA, String provisionB, LocalDate fromB, LocalDate toB) {
        return provision(provisionA).equals(provision(provisionB)) && !toA.isBefore(fromB) && !toB.isBefore(fromA);
    }

    private static String provision(String provision) {
        return provision.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
