package org.comity.core.extradition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.extradition.request.ExtraditionRequests.aRequestFromMyanmarForAChineseNational;

import org.comity.core.extradition.request.RequestBuilder;
import org.comity.core.validation.Violation;
import org.junit.jupiter.api.Test;

class RequestingAndRequestedStatesDifferTest {

    private final RequestingAndRequestedStatesDiffer rule = new RequestingAndRequestedStatesDiffer();

    @Test
    void acceptsTwoDifferentStates() {
        assertThat(rule.check(aRequestFromMyanmarForAChineseNational(), Contexts.onRequestDate()))
                .isEmpty();
    }

    @Test
    void rejectsAStateRequestingItself() {
        var request = RequestBuilder.from(aRequestFromMyanmarForAChineseNational())
                .requestingState("CN")
                .build();

        assertThat(rule.check(request, Contexts.onRequestDate()))
                .containsExactly(Violation.error("requestedState", "extradition.states.same"));
    }
}
