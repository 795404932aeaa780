package org.comity.core.mla.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.mla.request.MlaRequests.aRequestFromChinaForBankAndTelecomRecords;
import static org.comity.core.mla.request.MlaRequests.aRequestFromMyanmarForAWitnessStatement;

import org.comity.core.mla.request.MlaRequests;
import org.comity.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** legal-domain.md §9 item 17: foreign evidence-gathering in China is blocked (ICJA Art. 4 para. 3). */
class NoEvidenceGatheringByForeignOfficialsInChinaTest {

    private final NoEvidenceGatheringByForeignOfficialsInChina rule =
            new NoEvidenceGatheringByForeignOfficialsInChina();

    @Test
    void blocksForeignOfficialsCollectingEvidenceInChina() {
        var request = MlaRequests.from(aRequestFromMyanmarForAWitnessStatement())
                .directCollectionByRequestingOfficials(true)
                .build();

        assertThat(Rules.check(rule, request))
                .containsExactly(
                        Violation.error("directCollectionByRequestingOfficials", "mla.directCollection.china"));
    }

    @Test
    void warnsThatMyanmarMustConsent() {
        var request = MlaRequests.from(aRequestFromChinaForBankAndTelecomRecords())
                .directCollectionByRequestingOfficials(true)
                .build();

        assertThat(Rules.check(rule, request))
                .containsExactly(
                        Violation.warning("directCollectionByRequestingOfficials", "mla.directCollection.consent"));
    }

    @Test
    void acceptsExecutionByTheRequestedState() {
        assertThat(Rules.check(rule, aRequestFromMyanmarForAWitnessStatement())).isEmpty();
    }
}
