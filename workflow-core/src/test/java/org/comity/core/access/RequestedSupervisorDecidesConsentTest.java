package org.comity.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.access.Actors.*;

import org.junit.jupiter.api.Test;

/** Consent beyond the speciality rule is decided by a supervisor of the requested state. */
class RequestedSupervisorDecidesConsentTest {

    @Test
    void aSupervisorOfTheRequestedStateDecides() {
        assertThat(RequestedSupervisorDecidesConsent.POLICY.allows(MM_SUPERVISOR, CHINA_ASKS_MYANMAR))
                .isTrue();
    }

    @Test
    void itsOfficersTheRequestingStateAndAuditorsDoNot() {
        assertThat(RequestedSupervisorDecidesConsent.POLICY.allows(MM_OFFICER, CHINA_ASKS_MYANMAR))
                .isFalse();
        assertThat(RequestedSupervisorDecidesConsent.POLICY.allows(CN_SUPERVISOR, CHINA_ASKS_MYANMAR))
                .isFalse();
        assertThat(RequestedSupervisorDecidesConsent.POLICY.allows(AUDITOR, CHINA_ASKS_MYANMAR))
                .isFalse();
    }
}
