package org.comity.core.repatriation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonStageTest {

    @Test
    void namesTheStageOfAPersonByTheEndTheirProcessReached() {
        assertThat(PersonStage.ofEnd(RepatriationModel.END_REPATRIATED)).isEqualTo("REPATRIATED");
        assertThat(PersonStage.ofEnd("EndEvent_NotAStage")).isEqualTo("ENDED");
    }

    /** A deleted process has no end event in the history; the operation's figures must still be read. */
    @Test
    void aProcessDeletedInsteadOfEndedIsEnded() {
        assertThat(PersonStage.ofEnd(null)).isEqualTo("ENDED");
    }
}
