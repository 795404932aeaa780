package org.comity.core.mla.rules;

import java.time.Period;
import java.util.List;
import java.util.Objects;
import org.comity.core.mla.request.MlaRequest;
import org.comity.core.mla.request.Offence;
import org.comity.core.validation.Violation;

/**
 * Myanmar's Mutual Assistance in Criminal Matters Law (SPDC Law No. 4/2004) s. 3(a) defines an
 * offence as one punishable by imprisonment of one year and above under Myanmar law, or so
 * punishable under the requesting state's law ({@code reference/legal-domain.md} §4.4 [verified
 * S13]). Only the requesting state's penalty is known at intake, and Myanmar's own law may still
 * reach a year, so a request to Myanmar none of whose offences reaches a year there is a warning
 * for the reviewer, not an error.
 */
class OffencePunishableByOneYearForMyanmar implements MlaRequestRule {

    static final String MYANMAR = "MM";
    private static final Period ONE_YEAR = Period.ofYears(1);

    @Override
    public List<Violation> check(MlaRequest request, MlaRuleContext context) {
        List<Offence> offences = request.offences().stream()
                .filter(Objects::nonNull)
                .filter(o -> o.maximumPenalty() != null && o.maximumPenalty().kind() != null)
                .toList();
        if (!MYANMAR.equals(request.requestedState())
                || offences.isEmpty()
                || offences.stream().anyMatch(o -> o.maximumPenalty().reaches(ONE_YEAR))) {
            return List.of();
        }
        return List.of(Violation.warning("offences", "mla.offence.myanmarThreshold"));
    }
}
