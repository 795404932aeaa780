package org.comity.core.audit;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes a checkpoint when the application is ready and every {@code comity.audit.checkpoint-interval} (ISO-8601 duration, default
 * one hour). It only runs where the application enables scheduling ({@code @EnableScheduling});
 * without it the annotation is inert. On several nodes each takes its own checkpoints, which is
 * harmless: every checkpoint is a true statement about the chain.
 */
@Component
class AuditCheckpointJob {

    private final AuditCheckpoints checkpoints;

    AuditCheckpointJob(AuditCheckpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    /** A checkpoint as soon as the application serves, so that a cut made while it was down, or just after, shows at once. */
    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        checkpoints.recordCheckpoint();
    }

    @Scheduled(
            initialDelayString = "${comity.audit.checkpoint-interval:PT1H}",
            fixedDelayString = "${comity.audit.checkpoint-interval:PT1H}")
    void recordCheckpoint() {
        checkpoints.recordCheckpoint();
    }
}
