package org.comity.core.mla.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.mla.request.MlaRequests.aRequestFromChinaForBankAndTelecomRecords;
import static org.comity.core.mla.request.MlaRequests.aRequestFromMyanmarForAWitnessStatement;

import org.comity.core.mla.request.MlaRequests;
import org.comity.core.validation.Violation;
import org.junit.jupiter.api.Test;

class RelevanceStatedForRequestsToChinaTest {

    private final RelevanceStatedForRequestsToChina rule = new RelevanceStatedForRequestsToChina();

    @Test
    void requiresTheLinkToTheCaseInARequestToChina() {
        var request = MlaRequests.from(aRequestFromMyanmarForAWitnessStatement())
                .relevance(null)
                .build();

        assertThat(Rules.check(rule, request)).containsExactly(Violation.error("relevance", "mla.relevance.china"));
    }

    @Test
    void leavesItOptionalElsewhere() {
        var request = MlaRequests.from(aRequestFromChinaForBankAndTelecomRecords())
                .relevance(null)
                .build();

        assertThat(Rules.check(rule, request)).isEmpty();
    }
}
