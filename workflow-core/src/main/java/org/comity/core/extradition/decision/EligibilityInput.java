package org.comity.core.extradition.decision;

import static org.comity.core.extradition.decision.ExtraditionDecisions.Eligibility.ACCOMPANIES_QUALIFYING_OFFENCE;
import static org.comity.core.extradition.decision.ExtraditionDecisions.Eligibility.DUAL_CRIMINALITY;
import static org.comity.core.extradition.decision.ExtraditionDecisions.Eligibility.PENALTY_REQUESTED_KIND;
import static org.comity.core.extradition.decision.ExtraditionDecisions.Eligibility.PENALTY_REQUESTED_MONTHS;
import static org.comity.core.extradition.decision.ExtraditionDecisions.Eligibility.PENALTY_REQUESTING_KIND;
import static org.comity.core.extradition.decision.ExtraditionDecisions.Eligibility.PENALTY_REQUESTING_MONTHS;
import static org.comity.core.extradition.decision.ExtraditionDecisions.Eligibility.PURPOSE;
import static org.comity.core.extradition.decision.ExtraditionDecisions.Eligibility.REMAINING_SENTENCE_MONTHS;
import static org.comity.core.extradition.decision.ExtraditionDecisions.Eligibility.SENTENCE_KIND;

import java.util.HashMap;
import java.util.Map;
import org.comity.core.extradition.request.Purpose;
import org.comity.core.law.Penalty;

/**
 * Typed input of {@code ExtraditionEligibility} for one offence. Every variable is present in
 * {@link #toVariables()}, null where it does not apply, so the table never reads an unknown name.
 *
 * @param purpose prosecution or enforcement
 * @param dualCriminality the requested state's officer found the conduct an offence in both laws
 * @param penaltyRequesting maximum penalty in the requesting law (prosecution), else null
 * @param penaltyRequested maximum penalty in the requested law (prosecution), else null
 * @param sentence the sentence to enforce (enforcement), else null
 * @param remainingSentenceMonths whole months to serve at the request date, null for life or death
 * @param accompaniesQualifyingOffence another dual-criminal offence of the request meets the
 *     threshold (S10 Art. 7 para. 2)
 */
public record EligibilityInput(
        Purpose purpose,
        boolean dualCriminality,
        Penalty penaltyRequesting,
        Penalty penaltyRequested,
        Penalty sentence,
        Long remainingSentenceMonths,
        boolean accompaniesQualifyingOffence) {

    /** Input for an offence of a request to prosecute. */
    public static EligibilityInput prosecution(
            boolean dualCriminality, Penalty requesting, Penalty requested, boolean accompaniesQualifyingOffence) {
        return new EligibilityInput(
                Purpose.PROSECUTION, dualCriminality, requesting, requested, null, null, accompaniesQualifyingOffence);
    }

    /** Input for an offence of a request to enforce a sentence. */
    public static EligibilityInput enforcement(
            boolean dualCriminality, Penalty sentence, Long remainingMonths, boolean accompaniesQualifyingOffence) {
        return new EligibilityInput(
                Purpose.ENFORCEMENT,
                dualCriminality,
                null,
                null,
                sentence,
                remainingMonths,
                accompaniesQualifyingOffence);
    }

    /** The decision's input variables. */
    public Map<String, Object> toVariables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(PURPOSE, purpose == null ? null : purpose.name());
        variables.put(DUAL_CRIMINALITY, dualCriminality);
        variables.put(PENALTY_REQUESTING_KIND, kind(penaltyRequesting));
        variables.put(PENALTY_REQUESTING_MONTHS, months(penaltyRequesting));
        variables.put(PENALTY_REQUESTED_KIND, kind(penaltyRequested));
        variables.put(PENALTY_REQUESTED_MONTHS, months(penaltyRequested));
        variables.put(SENTENCE_KIND, kind(sentence));
        variables.put(REMAINING_SENTENCE_MONTHS, remainingSentenceMonths);
        variables.put(ACCOMPANIES_QUALIFYING_OFFENCE, accompaniesQualifyingOffence);
        return variables;
    }

    private static String kind(Penalty penalty) {
        return penalty == null || penalty.kind() == null ? null : penalty.kind().name();
    }

    private static Integer months(Penalty penalty) {
        return penalty == null ? null : penalty.months();
    }
}
