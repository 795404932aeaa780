package org.comity.core.mla.decision;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Input variables of {@code MlaRefusalGrounds}. It starts with every finding false because the
 * table needs non-null booleans; each finding the officer or the request establishes is then set by
 * its variable name.
 */
public final class MlaRefusalGroundsInput {

    /** The findings the requested officer records in the assessment form. */
    public static final List<String> OFFICER_FINDINGS = List.of(
            MlaDecisions.NOT_CONFORMING,
            MlaDecisions.HARMS_SOVEREIGNTY,
            MlaDecisions.PROHIBITED_BY_DOMESTIC_LAW,
            MlaDecisions.CONTRARY_TO_LEGAL_SYSTEM,
            MlaDecisions.NO_DUAL_CRIMINALITY,
            MlaDecisions.FINAL_JUDGMENT,
            MlaDecisions.PROCEEDINGS_PENDING,
            MlaDecisions.TIME_BARRED_OR_PARDONED,
            MlaDecisions.POLITICAL_OFFENCE,
            MlaDecisions.PURELY_MILITARY_OFFENCE,
            MlaDecisions.PERSECUTION_RISK,
            MlaDecisions.NO_SUBSTANTIAL_LINK,
            MlaDecisions.OTHER_GROUND_BY_LAW);

    /** Every boolean input of the table: the officer's findings and the one that follows from the request. */
    public static final List<String> FINDINGS = Stream.concat(
                    OFFICER_FINDINGS.stream(), Stream.of(MlaDecisions.SUMMONS_OF_OWN_NATIONAL_AS_DEFENDANT))
            .toList();

    private final Map<String, Object> variables = new HashMap<>();

    private MlaRefusalGroundsInput(String requestedState) {
        FINDINGS.forEach(finding -> variables.put(finding, false));
        variables.put(MlaDecisions.REQUESTED_STATE, requestedState);
    }

    /** Input for a request to {@code requestedState} in which no ground has been found yet. */
    public static MlaRefusalGroundsInput noGroundsIn(String requestedState) {
        return new MlaRefusalGroundsInput(requestedState);
    }

    /**
     * Records a finding.
     *
     * @throws IllegalArgumentException if {@code finding} is not one of {@link #FINDINGS}
     */
    public MlaRefusalGroundsInput with(String finding, boolean value) {
        if (!FINDINGS.contains(finding)) {
            throw new IllegalArgumentException("not an input of the MLA refusal grounds table: " + finding);
        }
        variables.put(finding, value);
        return this;
    }

    /** The decision's input variables (a copy). */
    public Map<String, Object> toVariables() {
        return new HashMap<>(variables);
    }
}
