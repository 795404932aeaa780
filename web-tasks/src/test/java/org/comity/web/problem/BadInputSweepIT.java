package org.comity.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ManagementService;
import org.comity.core.archive.DocumentArchive;
import org.comity.web.WebIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bad-input sweep of issue #14 ({@link BadInputSweep}) on the shared H2 context: at least 500
 * bad inputs over every write endpoint, CSV and task forms, none answered 5xx or accepted, none
 * stored, each refusal naming its field. Prints one summary line.
 */
class BadInputSweepIT extends WebIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ManagementService management;

    @Autowired
    DocumentArchive archive;

    @Test
    void refusesEveryCataloguedBadInputOnEveryWriteEndpointAndStoresNothing() {
        BadInputSweep.Tally tally =
                BadInputSweep.run(new SweepContext(port, runtime, management, tasks, archive, jdbc), "H2");

        assertThat(tally.tried).isGreaterThanOrEqualTo(500);
        assertThat(tally.failures).isEmpty();
        assertThat(tally.broken()).isZero();
    }
}
