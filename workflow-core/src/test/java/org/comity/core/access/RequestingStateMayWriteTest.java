package org.comity.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.access.Actors.*;

import org.junit.jupiter.api.Test;

/** An agency or officer of the requesting (holding) state writes; nobody else does. */
class RequestingStateMayWriteTest {

    @Test
    void agencyAndOfficerOfTheRequestingStateMayWrite() {
        assertThat(RequestingStateMayWrite.POLICY.allows(CN_AGENCY, CHINA_ASKS_MYANMAR))
                .isTrue();
        assertThat(RequestingStateMayWrite.POLICY.allows(CN_OFFICER, CHINA_ASKS_MYANMAR))
                .isTrue();
    }

    @Test
    void supervisorsTheRequestedStateAndAuditorsMayNot() {
        assertThat(RequestingStateMayWrite.POLICY.allows(CN_SUPERVISOR, CHINA_ASKS_MYANMAR))
                .isFalse();
        assertThat(RequestingStateMayWrite.POLICY.allows(MM_AGENCY, CHINA_ASKS_MYANMAR))
                .isFalse();
        assertThat(RequestingStateMayWrite.POLICY.allows(MM_OFFICER, CHINA_ASKS_MYANMAR))
                .isFalse();
        assertThat(RequestingStateMayWrite.POLICY.allows(AUDITOR, CHINA_ASKS_MYANMAR))
                .isFalse();
    }
}
