package org.comity.core.mla.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.mla.request.MlaRequests.aRequestFromChinaForBankAndTelecomRecords;
import static org.comity.core.mla.request.MlaRequests.aRequestFromMyanmarForAWitnessStatement;

import org.comity.core.mla.request.MlaRequests;
import org.comity.core.validation.Violation;
import org.junit.jupiter.api.Test;

class ReciprocityUndertakingWithoutTreatyTest {

    private final ReciprocityUndertakingWithoutTreaty rule = new ReciprocityUndertakingWithoutTreaty();

    @Test
    void acceptsReciprocityWithTheUndertakingAndAConventionWithout() {
        assertThat(Rules.check(rule, aRequestFromMyanmarForAWitnessStatement())).isEmpty();
        assertThat(Rules.check(rule, aRequestFromChinaForBankAndTelecomRecords()))
                .isEmpty();
    }

    @Test
    void requiresTheUndertakingWithoutATreaty() {
        var request = MlaRequests.from(aRequestFromMyanmarForAWitnessStatement())
                .reciprocityUndertaking(false)
                .build();

        assertThat(Rules.check(rule, request))
                .containsExactly(Violation.error("reciprocityUndertaking", "mla.reciprocity.required"));
    }

    @Test
    void warnsOfAnUndertakingUnderAConvention() {
        var request = MlaRequests.from(aRequestFromChinaForBankAndTelecomRecords())
                .reciprocityUndertaking(true)
                .build();

        assertThat(Rules.check(rule, request))
                .containsExactly(Violation.warning("reciprocityUndertaking", "mla.reciprocity.withTreaty"));
    }
}
