package org.comity.core.audit;

import static org.mockito.Mockito.after;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The job follows {@code comity.audit.checkpoint-interval} and does nothing until scheduling is enabled. */
class AuditCheckpointJobTest {

    @Test
    void takesCheckpointsAtTheConfiguredInterval() {
        AuditCheckpoints checkpoints = mock(AuditCheckpoints.class);

        try (AnnotationConfigApplicationContext context = contextWith(checkpoints, "PT0.05S", Scheduling.class)) {
            verify(checkpoints, timeout(5_000).atLeast(2)).recordCheckpoint();
        }
    }

    @Test
    void defaultIntervalIsAnHourAndNothingRunsAtStartup() {
        AuditCheckpoints checkpoints = mock(AuditCheckpoints.class);

        try (AnnotationConfigApplicationContext context = contextWith(checkpoints, null, Scheduling.class)) {
            verify(checkpoints, after(300).never()).recordCheckpoint();
        }
    }

    @Test
    void isInertWithoutScheduling() {
        AuditCheckpoints checkpoints = mock(AuditCheckpoints.class);

        try (AnnotationConfigApplicationContext context = contextWith(checkpoints, "PT0.05S", NoScheduling.class)) {
            verify(checkpoints, after(300).never()).recordCheckpoint();
        }
    }

    private static AnnotationConfigApplicationContext contextWith(
            AuditCheckpoints checkpoints, String interval, Class<?> configuration) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        if (interval != null) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("test", Map.of("comity.audit.checkpoint-interval", interval)));
        }
        context.registerBean(AuditCheckpoints.class, () -> checkpoints);
        context.register(configuration, AuditCheckpointJob.class);
        context.refresh();
        return context;
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    static class Scheduling {}

    @Configuration(proxyBeanMethods = false)
    static class NoScheduling {}
}
