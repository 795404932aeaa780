package org.comity.core.mla.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.mla.request.MlaRequests.aRequestFromChinaForBankAndTelecomRecords;

import org.comity.core.mla.request.AssistanceType;
import org.comity.core.mla.request.MlaRequests;
import org.comity.core.validation.Violation;
import org.junit.jupiter.api.Test;

class AssistanceTypesGivenOnceTest {

    private final AssistanceTypesGivenOnce rule = new AssistanceTypesGivenOnce();

    @Test
    void acceptsDifferentTypes() {
        assertThat(Rules.check(rule, aRequestFromChinaForBankAndTelecomRecords()))
                .isEmpty();
    }

    @Test
    void requiresAtLeastOneType() {
        var request = MlaRequests.from(aRequestFromChinaForBankAndTelecomRecords())
                .assistanceTypes()
                .build();

        assertThat(Rules.check(rule, request))
                .containsExactly(Violation.error("assistanceTypes", "mla.assistance.required"));
    }

    @Test
    void rejectsATypeNamedTwice() {
        var request = MlaRequests.from(aRequestFromChinaForBankAndTelecomRecords())
                .assistanceTypes(AssistanceType.BANK_RECORDS, AssistanceType.BANK_RECORDS)
                .build();

        assertThat(Rules.check(rule, request))
                .containsExactly(Violation.error("assistanceTypes", "mla.assistance.duplicate")
                        .with("type", "BANK_RECORDS"));
    }
}
