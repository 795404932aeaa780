package org.comity.core.mla.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.mla.request.MlaRequests.aRequestFromChinaForBankAndTelecomRecords;

import org.comity.core.mla.request.MlaLegalBases;
import org.comity.core.mla.request.MlaRequests;
import org.comity.core.validation.Violation;
import org.junit.jupiter.api.Test;

class LegalBasisKnownAndBindingTest {

    private final LegalBasisKnownAndBinding rule = new LegalBasisKnownAndBinding();

    @Test
    void acceptsAConventionBothStatesAreBoundBy() {
        assertThat(Rules.check(rule, aRequestFromChinaForBankAndTelecomRecords()))
                .isEmpty();
    }

    @Test
    void rejectsAnUnknownBasis() {
        var request = MlaRequests.from(aRequestFromChinaForBankAndTelecomRecords())
                .legalBasisId("CN-MM-MLAT")
                .build();

        assertThat(Rules.check(rule, request))
                .containsExactly(Violation.error("legalBasisId", "mla.legalBasis.unknown"));
    }

    @Test
    void rejectsATreatyTheRequestingStateIsNotPartyTo() {
        var request = MlaRequests.from(aRequestFromChinaForBankAndTelecomRecords())
                .legalBasisId(MlaLegalBases.ASEAN_MLAT)
                .build();

        assertThat(Rules.check(rule, request))
                .containsExactly(Violation.error("legalBasisId", "mla.legalBasis.notBinding"));
    }

    @Test
    void acceptsReciprocityBetweenAnyTwoStates() {
        var request = MlaRequests.from(aRequestFromChinaForBankAndTelecomRecords())
                .legalBasisId(MlaLegalBases.RECIPROCITY)
                .build();

        assertThat(Rules.check(rule, request)).isEmpty();
    }
}
