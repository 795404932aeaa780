package org.comity.core.extradition.assurance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.comity.core.extradition.Assurance;
import org.comity.core.extradition.AssuranceAuthority;
import org.comity.core.extradition.request.AssuranceKind;

/** Named assurances as China gives them, routed as the table routes them. */
final class AssuranceFixtures {

    static final LocalDate GIVEN_ON = LocalDate.of(2026, 4, 1);

    private AssuranceFixtures() {}

    static Assurance noDeathPenalty() {
        return given(AssuranceKind.DEATH_PENALTY, AssuranceAuthority.CN_SPC, null, List.of());
    }

    static Assurance atMostMonths(int months) {
        return given(AssuranceKind.SENTENCE, AssuranceAuthority.CN_SPC, months, List.of());
    }

    static Assurance prosecutionLimitedTo(Integer... offenceIndexes) {
        return given(AssuranceKind.PROSECUTION_LIMIT, AssuranceAuthority.CN_SPP, null, List.of(offenceIndexes));
    }

    private static Assurance given(
            AssuranceKind kind, AssuranceAuthority decidedBy, Integer months, List<Integer> offences) {
        return new Assurance(
                "a-" + kind,
                kind,
                "CN",
                AssuranceAuthority.CN_MFA,
                decidedBy,
                "PRC Extradition Law Art. 50",
                "The assurance as worded.",
                months,
                offences,
                GIVEN_ON,
                "cn.officer",
                Instant.parse("2026-04-01T02:00:00Z"));
    }
}
