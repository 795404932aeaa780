package org.comity.core.extradition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.extradition.request.ExtraditionRequests.aRequestFromMyanmarForAChineseNational;

import org.comity.core.extradition.request.RequestBuilder;
import org.comity.core.extradition.request.Undertakings;
import org.comity.core.validation.Violation;
import org.junit.jupiter.api.Test;

class SpecialityUndertakingsGivenTest {

    private final SpecialityUndertakingsGiven rule = new SpecialityUndertakingsGiven();

    @Test
    void bothUndertakingsGivenIsFine() {
        assertThat(rule.check(aRequestFromMyanmarForAChineseNational(), Contexts.onRequestDate()))
                .isEmpty();
    }

    @Test
    void missingUndertakingsAreWarningsForASupplementaryRequest() {
        var request = RequestBuilder.from(aRequestFromMyanmarForAChineseNational())
                .undertakings(new Undertakings(false, false, false, true, false))
                .build();

        assertThat(rule.check(request, Contexts.onRequestDate()))
                .containsExactly(
                        Violation.warning("undertakings.speciality", "extradition.undertaking.specialityMissing"),
                        Violation.warning("undertakings.noReExtradition", "extradition.undertaking.noReExtradition"));
    }
}
