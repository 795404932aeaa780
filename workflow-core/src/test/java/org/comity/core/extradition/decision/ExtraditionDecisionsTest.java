package org.comity.core.extradition.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExtraditionDecisionsTest {

    @Test
    void resourceIsTheKebabCaseOfTheDecisionId() {
        assertThat(ExtraditionDecisions.resource(ExtraditionDecisions.Eligibility.ID))
                .isEqualTo("dmn/extradition-eligibility.dmn");
        assertThat(ExtraditionDecisions.resource(ExtraditionDecisions.RefusalGrounds.ID))
                .isEqualTo("dmn/extradition-refusal-grounds.dmn");
        assertThat(ExtraditionDecisions.resource(ExtraditionDecisions.ProvisionalArrestWindow.ID))
                .isEqualTo("dmn/provisional-arrest-window.dmn");
    }
}
