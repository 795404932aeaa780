package org.comity.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.access.Actors.*;

import org.junit.jupiter.api.Test;

/** A request is submitted only in the caller's own state's name. */
class StateSubmitsOwnRequestsTest {

    @Test
    void anyoneOfTheRequestingStateSubmitsForIt() {
        assertThat(StateSubmitsOwnRequests.POLICY.allows(CN_AGENCY, "CN")).isTrue();
        assertThat(StateSubmitsOwnRequests.POLICY.allows(CN_OFFICER, "CN")).isTrue();
    }

    @Test
    void nobodySubmitsInAnotherStatesName() {
        assertThat(StateSubmitsOwnRequests.POLICY.allows(MM_AGENCY, "CN")).isFalse();
        assertThat(StateSubmitsOwnRequests.POLICY.allows(AUDITOR, "CN")).isFalse();
        assertThat(StateSubmitsOwnRequests.POLICY.allows(CN_AGENCY, null)).isFalse();
    }
}
