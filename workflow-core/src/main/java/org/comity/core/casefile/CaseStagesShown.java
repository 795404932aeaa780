package org.comity.core.casefile;

import java.util.Set;

/**
 * How the case page lists a kind's processes: those in {@code summarised} are left out (another part
 * of the page sums them up), {@code steps} says whether each listed process shows the steps it
 * passed, read from the case's timeline (too costly for an operation of 1,523 persons), and
 * {@code stateNamed} whether a one-sided process is headed with its state's code.
 */
public record CaseStagesShown(Set<String> summarised, boolean steps, boolean stateNamed) {

    /** Every process listed, each with the steps it passed, headed by its name alone. */
    public static final CaseStagesShown ALL_WITH_STEPS = new CaseStagesShown(Set.of(), true, false);

    public CaseStagesShown {
        summarised = Set.copyOf(summarised);
    }

    /** Whether the page lists this process. */
    public boolean lists(String processDefinitionKey) {
        return !summarised.contains(processDefinitionKey);
    }
}
