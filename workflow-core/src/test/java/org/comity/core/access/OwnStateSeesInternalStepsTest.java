package org.comity.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.access.Actors.*;

import org.junit.jupiter.api.Test;

/** Each state's internal deliberation is invisible to the other state; auditors see all, joint work is shared. */
class OwnStateSeesInternalStepsTest {

    @Test
    void aStateSeesItsOwnStepsAndJointWork() {
        assertThat(OwnStateSeesInternalSteps.POLICY.allows(CN_OFFICER, "CN")).isTrue();
        assertThat(OwnStateSeesInternalSteps.POLICY.allows(MM_AGENCY, "MM")).isTrue();
        assertThat(OwnStateSeesInternalSteps.POLICY.allows(MM_OFFICER, null)).isTrue();
        assertThat(OwnStateSeesInternalSteps.POLICY.allows(AUDITOR, "CN")).isTrue();
    }

    @Test
    void neverTheOtherStates() {
        assertThat(OwnStateSeesInternalSteps.POLICY.allows(MM_OFFICER, "CN")).isFalse();
        assertThat(OwnStateSeesInternalSteps.POLICY.allows(MM_SUPERVISOR, "CN")).isFalse();
        assertThat(OwnStateSeesInternalSteps.POLICY.allows(CN_AGENCY, "MM")).isFalse();
    }
}
