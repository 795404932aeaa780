package org.comity.web.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import org.comity.ComityApplication;
import org.comity.web.TestClock;
import org.comity.web.postgres.EmbeddedPostgresServer;
import org.comity.web.postgres.PostgresWebIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Status callbacks on PostgreSQL: the receiver failing twice, two workers on one outbox, and a
 * receiver down across a restart of the application on the same database.
 */
class CallbackPostgresIT extends PostgresWebIT {

    private static final String RESTART_DATABASE = "callbacks_restart";

    @Autowired
    ApplicationContext context;

    CallbackScenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new CallbackScenario(context, port);
    }

    @AfterEach
    void removeTheCallback() {
        scenario.agency().delete("/api/v1/callback");
    }

    @Test
    void deliversAStatusChangeOnceWithAValidSignatureAfterTwoFailedAttempts() throws Exception {
        scenario.assertDeliveredOnceAfterTwoFailures(jdbc);
    }

    @Test
    void twoWorkersAtOnceDeliverEachEventOnce() throws Exception {
        scenario.assertTwoWorkersDeliverEachEventOnce(context);
    }

    @Test
    void deliversAnEventToAReceiverThatWasDownAcrossARestart() throws Exception {
        EmbeddedPostgresServer.recreate(RESTART_DATABASE);
        int receiverPort = CallbackReceiver.freePort();
        CallbackScenario before;
        String secret;
        String caseId;
        Instant firstAttempt;
        try (ConfigurableApplicationContext first = boot()) {
            before = new CallbackScenario(first, port(first));
            secret = before.register("http://localhost:" + receiverPort + "/comity/events");
            caseId = before.aRequestSent();
            before.deliverUntil(() -> before.deliveries().size() == 1);
            assertThat(before.deliveries().get(0).path("error").asText()).isEqualTo("connection refused");
            firstAttempt = TestClock.now();
        }
        try (CallbackReceiver receiver = CallbackReceiver.on(receiverPort, 0);
                ConfigurableApplicationContext second = boot()) {
            TestClock.at(firstAttempt.plus(Duration.ofSeconds(31)), () -> {
                CallbackScenario after = before.on(second, port(second));
                after.deliverUntil(() -> receiver.received().size() == 1);
                CallbackScenario.assertSignedEvent(receiver.received().get(0), secret, caseId, "REQUEST_SENT");
                assertThat(after.deliveries())
                        .extracting(d -> d.path("outcome").asText())
                        .containsExactly("DELIVERED", "RETRY");
            });
            assertThat(receiver.received()).hasSize(1);
        }
    }

    private static ConfigurableApplicationContext boot() throws Exception {
        return new SpringApplicationBuilder(ComityApplication.class)
                .profiles("demo", "postgres")
                .run(
                        "--DB_URL=" + EmbeddedPostgresServer.jdbcUrl(RESTART_DATABASE),
                        "--DB_USER=postgres",
                        "--DB_PASSWORD=postgres",
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--comity.data-dir=" + Files.createTempDirectory("comity-callbacks-pg"),
                        "--comity.demo.load-operation=false",
                        "--camunda.bpm.job-execution.enabled=false");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
