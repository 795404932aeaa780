package org.comity.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.access.Actors.*;

import org.junit.jupiter.api.Test;

/** The receipt of a handover is acknowledged by an officer of the receiving state. */
class ReceivingOfficerAcknowledgesReceiptTest {

    @Test
    void anOfficerOfTheReceivingStateAcknowledges() {
        assertThat(ReceivingOfficerAcknowledgesReceipt.POLICY.allows(MM_OFFICER, CHINA_ASKS_MYANMAR))
                .isTrue();
    }

    @Test
    void theHoldingStateSupervisorsAgenciesAndAuditorsDoNot() {
        assertThat(ReceivingOfficerAcknowledgesReceipt.POLICY.allows(CN_OFFICER, CHINA_ASKS_MYANMAR))
                .isFalse();
        assertThat(ReceivingOfficerAcknowledgesReceipt.POLICY.allows(MM_SUPERVISOR, CHINA_ASKS_MYANMAR))
                .isFalse();
        assertThat(ReceivingOfficerAcknowledgesReceipt.POLICY.allows(MM_AGENCY, CHINA_ASKS_MYANMAR))
                .isFalse();
        assertThat(ReceivingOfficerAcknowledgesReceipt.POLICY.allows(AUDITOR, CHINA_ASKS_MYANMAR))
                .isFalse();
    }
}
