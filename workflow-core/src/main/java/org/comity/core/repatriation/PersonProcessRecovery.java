package org.comity.core.repatriation;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts the processes of persons whose intake committed but whose process never started: the intake
 * stores a batch in one transaction and starts the persons' processes in later ones
 * ({@link PersonProcessStarter}), so a crash in between leaves persons no officer would ever be asked
 * about (issue #14 item 4). Runs once when the application is ready and then every
 * {@code comity.repatriation.recovery-interval} (default five minutes). Until it has run, the
 * operation's figures count such persons under their own stage,
 * {@value PersonStage#AWAITING_PROCESS_START}. The starter locks the persons it takes, so a recovery
 * racing an intake, or one on every node of a cluster, starts each process once.
 */
@Component
class PersonProcessRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(PersonProcessRecovery.class);

    private final JdbcClient jdbc;
    private final PersonProcessStarter starter;

    PersonProcessRecovery(JdbcClient jdbc, PersonProcessStarter starter) {
        this.jdbc = jdbc;
        this.starter = starter;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        recover();
    }

    @Scheduled(
            initialDelayString = "${comity.repatriation.recovery-interval:PT5M}",
            fixedDelayString = "${comity.repatriation.recovery-interval:PT5M}")
    void periodically() {
        recover();
    }

    /** Starts every missing person process; returns how many were started. */
    int recover() {
        int started = 0;
        for (UUID operation : operationsWithPersonsAwaitingAProcess()) {
            int now = starter.startPending(operation);
            if (now > 0) {
                LOG.warn(
                        "Started {} person process(es) of operation {} that its intake had left unstarted",
                        now,
                        operation);
            }
            started += now;
        }
        return started;
    }

    private List<UUID> operationsWithPersonsAwaitingAProcess() {
        return jdbc.sql("SELECT DISTINCT operation_id FROM repatriation_person WHERE process_instance_id IS NULL")
                .query(UUID.class)
                .list();
    }
}
