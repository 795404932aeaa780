package org.comity.core.extradition.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.comity.core.extradition.decision.ExtraditionDecisions.RefusalGrounds;
import org.junit.jupiter.api.Test;

class RefusalGroundsInputTest {

    @Test
    void startsWithNoGroundAndConditionsMet() {
        var variables = RefusalGroundsInput.noGroundsIn("CN").toVariables();

        assertThat(variables)
                .containsEntry(RefusalGrounds.REQUESTED_STATE, "CN")
                .containsEntry(RefusalGrounds.CONDITIONS_MET, true)
                .containsEntry(RefusalGrounds.TORTURE_RISK, false)
                .hasSize(RefusalGroundsInput.FINDINGS.size() + 1);
    }

    @Test
    void acceptsOnlyTheTablesFindings() {
        assertThat(RefusalGroundsInput.noGroundsIn("CN")
                        .with(RefusalGrounds.TORTURE_RISK, true)
                        .toVariables())
                .containsEntry(RefusalGrounds.TORTURE_RISK, true);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RefusalGroundsInput.noGroundsIn("CN").with("personName", true));
    }
}
