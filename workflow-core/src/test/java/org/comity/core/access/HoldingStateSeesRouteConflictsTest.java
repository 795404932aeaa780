package org.comity.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.access.Actors.*;

import org.junit.jupiter.api.Test;

/** Route conflicts are the holding state's and the auditors' to see, never the receiving state's. */
class HoldingStateSeesRouteConflictsTest {

    @Test
    void theHoldingStateAndAuditorsSeeThem() {
        assertThat(HoldingStateSeesRouteConflicts.POLICY.allows(CN_OFFICER, "CN"))
                .isTrue();
        assertThat(HoldingStateSeesRouteConflicts.POLICY.allows(CN_SUPERVISOR, "CN"))
                .isTrue();
        assertThat(HoldingStateSeesRouteConflicts.POLICY.allows(AUDITOR, "CN")).isTrue();
    }

    @Test
    void theReceivingStateDoesNot() {
        assertThat(HoldingStateSeesRouteConflicts.POLICY.allows(MM_OFFICER, "CN"))
                .isFalse();
        assertThat(HoldingStateSeesRouteConflicts.POLICY.allows(MM_AGENCY, "CN"))
                .isFalse();
    }
}
