package org.comity.core.incident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JobKindTest {

    @Test
    void timerJobDefinitionsAreTimersAndEverythingElseASteps() {
        assertThat(JobKind.of("timer-transition")).isEqualTo(JobKind.TIMER);
        assertThat(JobKind.of("timer-intermediate-transition")).isEqualTo(JobKind.TIMER);
        assertThat(JobKind.of("async-continuation")).isEqualTo(JobKind.STEP);
        assertThat(JobKind.of(null)).isEqualTo(JobKind.STEP);
    }
}
