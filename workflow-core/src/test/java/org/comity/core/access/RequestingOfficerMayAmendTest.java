package org.comity.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.access.Actors.*;

import org.junit.jupiter.api.Test;

/** Only an officer of the requesting state corrects its returned request. */
class RequestingOfficerMayAmendTest {

    @Test
    void anOfficerOfTheRequestingStateMayAmend() {
        assertThat(RequestingOfficerMayAmend.POLICY.allows(CN_OFFICER, CHINA_ASKS_MYANMAR))
                .isTrue();
    }

    @Test
    void theReviewingSupervisorAgenciesTheOtherStateAndAuditorsMayNot() {
        assertThat(RequestingOfficerMayAmend.POLICY.allows(CN_SUPERVISOR, CHINA_ASKS_MYANMAR))
                .isFalse();
        assertThat(RequestingOfficerMayAmend.POLICY.allows(CN_AGENCY, CHINA_ASKS_MYANMAR))
                .isFalse();
        assertThat(RequestingOfficerMayAmend.POLICY.allows(MM_OFFICER, CHINA_ASKS_MYANMAR))
                .isFalse();
        assertThat(RequestingOfficerMayAmend.POLICY.allows(AUDITOR, CHINA_ASKS_MYANMAR))
                .isFalse();
    }
}
