package org.comity.core.extradition.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Granted only after a ruling that the conditions are met and a decision that is not a refusal. */
class ExtraditionOutcomeTest {

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                "EXTRADITABLE, GRANT, true",
                "EXTRADITABLE, POSTPONE, true",
                "EXTRADITABLE, REFUSE, false",
                "NOT_EXTRADITABLE, null, false",
                "NOT_EXTRADITABLE, GRANT, false"
            })
    void decidesWhetherExtraditionIsGranted(String ruling, String decision, boolean granted) {
        assertThat(ExtraditionOutcome.granted(ruling, decision)).isEqualTo(granted);
    }
}
