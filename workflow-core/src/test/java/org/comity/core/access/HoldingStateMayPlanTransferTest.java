package org.comity.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.access.Actors.*;

import org.junit.jupiter.api.Test;

/** A transfer is planned by a supervisor of the holding state. */
class HoldingStateMayPlanTransferTest {

    @Test
    void aSupervisorOfTheHoldingStatePlans() {
        assertThat(HoldingStateMayPlanTransfer.POLICY.allows(CN_SUPERVISOR, CHINA_ASKS_MYANMAR))
                .isTrue();
    }

    @Test
    void officersAgenciesTheReceivingStateAndAuditorsDoNot() {
        assertThat(HoldingStateMayPlanTransfer.POLICY.allows(CN_OFFICER, CHINA_ASKS_MYANMAR))
                .isFalse();
        assertThat(HoldingStateMayPlanTransfer.POLICY.allows(CN_AGENCY, CHINA_ASKS_MYANMAR))
                .isFalse();
        assertThat(HoldingStateMayPlanTransfer.POLICY.allows(MM_SUPERVISOR, CHINA_ASKS_MYANMAR))
                .isFalse();
        assertThat(HoldingStateMayPlanTransfer.POLICY.allows(AUDITOR, CHINA_ASKS_MYANMAR))
                .isFalse();
    }
}
