package org.comity.web.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.comity.ComityApplication;
import org.comity.web.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An event is never lost on a restart: the receiver is down while the status changes and the
 * application stops; once both are back, the restarted application (the same H2 file) delivers the
 * event from its outbox, signed, once.
 */
class CallbackRestartIT {

    @Test
    void deliversAnEventToAReceiverThatWasDownAcrossARestart() throws Exception {
        Path dataDir = Files.createTempDirectory("comity-callbacks");
        int receiverPort = CallbackReceiver.freePort();
        String secret;
        String caseId;
        CallbackScenario scenario;
        Instant firstAttempt;
        try (ConfigurableApplicationContext first = boot(dataDir)) {
            scenario = new CallbackScenario(first, port(first));
            secret = scenario.register("http://localhost:" + receiverPort + "/comity/events");
            caseId = scenario.aRequestSent();
            scenario.deliverUntil(() -> scenario.deliveries().size() == 1);
            assertThat(scenario.deliveries().get(0).path("error").asText()).isEqualTo("connection refused");
            firstAttempt = TestClock.now();
        }
        try (CallbackReceiver receiver = CallbackReceiver.on(receiverPort, 0);
                ConfigurableApplicationContext second = boot(dataDir)) {
            TestClock.at(firstAttempt.plus(Duration.ofSeconds(31)), () -> {
                CallbackScenario again = scenario.on(second, port(second));
                again.deliverUntil(() -> receiver.received().size() == 1);
                CallbackScenario.assertSignedEvent(receiver.received().get(0), secret, caseId, "REQUEST_SENT");
                assertThat(again.deliveries())
                        .extracting(d -> d.path("outcome").asText())
                        .containsExactly("DELIVERED", "RETRY");
            });
            assertThat(receiver.received()).hasSize(1);
        }
    }

    private static ConfigurableApplicationContext boot(Path dataDir) {
        return new SpringApplicationBuilder(ComityApplication.class)
                .profiles("demo")
                .run(
                        "--comity.data-dir=" + dataDir,
                        "--server.port=0",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--comity.demo.load-operation=false",
                        "--spring.main.banner-mode=off");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
