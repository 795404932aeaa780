package org.comity.web.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

class NodesMigratingTogetherTest {

    private static final FlywayException HISTORY_BEING_CREATED = new FlywayException(
            "Unable to baseline schema history table \"public\".\"flyway_schema_history\" as it already exists, "
                    + "and is empty.\nDelete the schema history table, and run baseline again.");

    private final Flyway flyway = mock(Flyway.class);

    @Test
    void migratesAgainWhileTheOtherNodeCreatesTheHistory() {
        when(flyway.migrate())
                .thenThrow(HISTORY_BEING_CREATED)
                .thenThrow(HISTORY_BEING_CREATED)
                .thenReturn(mock(MigrateResult.class));

        NodesMigratingTogether.migrate(flyway, Duration.ofSeconds(5), Duration.ZERO);

        verify(flyway, times(3)).migrate();
    }

    @Test
    void anyOtherFailureStopsTheStartAtOnce() {
        doThrow(new FlywayException("Validate failed: checksum mismatch"))
                .when(flyway)
                .migrate();

        assertThatThrownBy(() -> NodesMigratingTogether.migrate(flyway, Duration.ofSeconds(5), Duration.ZERO))
                .hasMessageContaining("checksum mismatch");
        verify(flyway, times(1)).migrate();
    }

    @Test
    void givesUpOnceThePatienceIsSpent() {
        doThrow(HISTORY_BEING_CREATED).when(flyway).migrate();

        assertThatThrownBy(() -> NodesMigratingTogether.migrate(flyway, Duration.ZERO, Duration.ZERO))
                .isSameAs(HISTORY_BEING_CREATED);
    }
}
