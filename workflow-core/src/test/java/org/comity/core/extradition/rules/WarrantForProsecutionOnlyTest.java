package org.comity.core.extradition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.extradition.request.ExtraditionRequests.aRequestFromChinaForAMyanmarNationalToServeASentence;
import static org.comity.core.extradition.request.ExtraditionRequests.aRequestFromMyanmarForAChineseNational;
import static org.comity.core.extradition.request.ExtraditionRequests.aWarrant;

import org.comity.core.extradition.request.RequestBuilder;
import org.comity.core.validation.Violation;
import org.junit.jupiter.api.Test;

class WarrantForProsecutionOnlyTest {

    private final WarrantForProsecutionOnly rule = new WarrantForProsecutionOnly();

    @Test
    void prosecutionWithWarrantAndEnforcementWithoutOneAreFine() {
        assertThat(rule.check(aRequestFromMyanmarForAChineseNational(), Contexts.onRequestDate()))
                .isEmpty();
        assertThat(rule.check(aRequestFromChinaForAMyanmarNationalToServeASentence(), Contexts.onRequestDate()))
                .isEmpty();
    }

    @Test
    void prosecutionWithoutWarrantIsAnError() {
        var request = RequestBuilder.from(aRequestFromMyanmarForAChineseNational())
                .warrant(null)
                .build();

        assertThat(rule.check(request, Contexts.onRequestDate()))
                .containsExactly(Violation.error("warrant", "extradition.warrant.required"));
    }

    @Test
    void enforcementWithWarrantIsAWarning() {
        var request = RequestBuilder.from(aRequestFromChinaForAMyanmarNationalToServeASentence())
                .warrant(aWarrant())
                .build();

        assertThat(rule.check(request, Contexts.onRequestDate()))
                .containsExactly(Violation.warning("warrant", "extradition.warrant.prosecutionOnly"));
    }
}
