package org.comity.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.comity.web.postgres.PostgresWebIT;
import org.junit.jupiter.api.Test;

/**
 * The bad-input sweep of issue #14 ({@link BadInputSweep}) on PostgreSQL, in the shared PostgreSQL
 * context: the same catalogue as on H2, where PostgreSQL refuses more than H2 does (a NUL in text, a
 * date beyond its range) and so a value the validation let through would surface as a 5xx here.
 * Prints one summary line.
 */
class BadInputSweepPostgresIT extends PostgresWebIT {

    @Test
    void refusesEveryCataloguedBadInputOnEveryWriteEndpointAndStoresNothing() {
        BadInputSweep.Tally tally =
                BadInputSweep.run(new SweepContext(port, runtime, management, tasks, archive, jdbc), "PostgreSQL");

        assertThat(tally.tried).isGreaterThanOrEqualTo(500);
        assertThat(tally.failures).isEmpty();
        assertThat(tally.broken()).isZero();
    }
}
