package org.comity.core.mla.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.mla.request.MlaRequests.aRequestFromChinaForBankAndTelecomRecords;

import org.comity.core.mla.request.MlaRequests;
import org.comity.core.validation.Violation;
import org.junit.jupiter.api.Test;

class RequestingAndRequestedStatesDifferTest {

    private final RequestingAndRequestedStatesDiffer rule = new RequestingAndRequestedStatesDiffer();

    @Test
    void acceptsTwoStates() {
        assertThat(Rules.check(rule, aRequestFromChinaForBankAndTelecomRecords()))
                .isEmpty();
    }

    @Test
    void rejectsAStateAskingItself() {
        var request = MlaRequests.from(aRequestFromChinaForBankAndTelecomRecords())
                .requestedState("CN")
                .build();

        assertThat(Rules.check(rule, request)).containsExactly(Violation.error("requestedState", "mla.states.same"));
    }
}
