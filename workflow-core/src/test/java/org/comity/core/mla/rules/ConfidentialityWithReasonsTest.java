package org.comity.core.mla.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.mla.request.MlaRequests.aRequestFromChinaForBankAndTelecomRecords;

import org.comity.core.mla.request.MlaRequests;
import org.comity.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** legal-domain.md §9 item 16, UNTOC Art. 18(20). */
class ConfidentialityWithReasonsTest {

    private final ConfidentialityWithReasons rule = new ConfidentialityWithReasons();

    @Test
    void acceptsAConfidentialRequestWithReasons() {
        var request = MlaRequests.from(aRequestFromChinaForBankAndTelecomRecords())
                .confidential(true, "The suspects must not learn of the investigation")
                .build();

        assertThat(Rules.check(rule, request)).isEmpty();
    }

    @Test
    void requiresReasons() {
        var request = MlaRequests.from(aRequestFromChinaForBankAndTelecomRecords())
                .confidential(true, "")
                .build();

        assertThat(Rules.check(rule, request))
                .containsExactly(Violation.error("confidentialityReasons", "mla.confidentiality.reasons"));
    }

    @Test
    void warnsOfReasonsWithoutTheFlag() {
        var request = MlaRequests.from(aRequestFromChinaForBankAndTelecomRecords())
                .confidential(false, "Secret")
                .build();

        assertThat(Rules.check(rule, request))
                .containsExactly(Violation.warning("confidential", "mla.confidentiality.notFlagged"));
    }
}
