package org.comity.core.extradition.decision;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.comity.core.extradition.decision.ExtraditionDecisions.RefusalGrounds;

/**
 * Input variables of {@code ExtraditionRefusalGrounds}. It starts with every finding false (no
 * ground; conditions met) because the table needs non-null booleans; each finding the officer or a
 * previous decision establishes is then set by its variable name.
 */
public final class RefusalGroundsInput {

    /** Every boolean input of the table. */
    public static final List<String> FINDINGS = List.of(
            RefusalGrounds.NATIONAL_OF_REQUESTED_STATE,
            RefusalGrounds.FINAL_JUDGMENT_IN_REQUESTED_STATE,
            RefusalGrounds.POLITICAL_OFFENCE_OR_ASYLUM,
            RefusalGrounds.PERSECUTION_RISK,
            RefusalGrounds.PURELY_MILITARY_OFFENCE,
            RefusalGrounds.LAPSE_OR_PARDON_REQUESTING_LAW,
            RefusalGrounds.LAPSE_OR_PARDON_REQUESTED_LAW,
            RefusalGrounds.TORTURE_RISK,
            RefusalGrounds.JUDGMENT_IN_ABSENTIA,
            RefusalGrounds.RETRIAL_UNDERTAKING,
            RefusalGrounds.CONDITIONS_MET,
            RefusalGrounds.HARMS_SOVEREIGNTY,
            RefusalGrounds.PROSECUTION_PENDING,
            RefusalGrounds.DEATH_PENALTY_POSSIBLE,
            RefusalGrounds.DEATH_PENALTY_ASSURANCE,
            RefusalGrounds.HUMANITARIAN_CONCERNS,
            RefusalGrounds.OFFENCE_IN_REQUESTED_STATE,
            RefusalGrounds.EARLIER_SURRENDER_ABANDONED);

    private final Map<String, Object> variables = new HashMap<>();

    private RefusalGroundsInput(String requestedState) {
        FINDINGS.forEach(finding -> variables.put(finding, false));
        variables.put(RefusalGrounds.CONDITIONS_MET, true);
        variables.put(RefusalGrounds.REQUESTED_STATE, requestedState);
    }

    /** Input for a request to {@code requestedState} in which no ground has been found yet. */
    public static RefusalGroundsInput noGroundsIn(String requestedState) {
        return new RefusalGroundsInput(requestedState);
    }

    /**
     * Records a finding.
     *
     * @throws IllegalArgumentException if {@code finding} is not one of {@link #FINDINGS}
     */
    public RefusalGroundsInput with(String finding, boolean value) {
        if (!FINDINGS.contains(finding)) {
            throw new IllegalArgumentException("not an input of the refusal grounds table: " + finding);
        }
        variables.put(finding, value);
        return this;
    }

    /** The decision's input variables (a copy). */
    public Map<String, Object> toVariables() {
        return new HashMap<>(variables);
    }
}
