package org.comity.web.callback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.comity.core.callback.CallbackSignature;
import org.comity.web.TestApi;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Status callbacks on H2 (issue #17 item 2): registration and its address rule, delivery with retries
 * on a moved clock (never sleeping out a backoff), the signature a receiver checks, the delivery log
 * each agency reads of its own, and the secret's rotation with its grace period.
 */
class CallbackApiIT extends WebIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

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
    void reportsOnlyTheAgencysOwnCasesAndShowsEachAgencyOnlyItsOwnLog() throws Exception {
        try (CallbackReceiver receiver = CallbackReceiver.failingFirst(0)) {
            scenario.register(receiver.url());
            String own = scenario.aRequestSent();
            scenario.deliverUntil(() -> receiver.received().size() == 1);
            assertThat(scenario.deliveries()).hasSize(1);
            String eventId =
                    scenario.deliveries().get(0).path("event").path("id").asText();

            var other = new org.comity.web.extradition.ExtraditionCaseScenario(
                    port,
                    runtime,
                    context.getBean(org.camunda.bpm.engine.ManagementService.class),
                    context.getBean(org.comity.core.archive.DocumentArchive.class));
            String demoCase = other.submit(
                            "demo-cn-mps",
                            null,
                            org.comity.web.extradition.ExtraditionRequestBodies.aRequestFromChinaFor(
                                    "司空摘", "Sikong Zhai", "1980-02-02"))
                    .caseId();
            other.runJobs(demoCase);
            other.completeOk("cn.supervisor", demoCase, "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM callback_event WHERE case_id = ?")
                            .param(UUID.fromString(demoCase))
                            .query(Long.class)
                            .single())
                    .as("a case another agency created")
                    .isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM callback_event WHERE case_id = ?")
                            .param(UUID.fromString(own))
                            .query(Long.class)
                            .single())
                    .isOne();

            JsonNode othersLog = withToken("demo-cn-mps")
                    .get("/api/v1/callback/deliveries")
                    .json()
                    .path("items");
            othersLog.forEach(
                    item -> assertThat(item.path("event").path("id").asText()).isNotEqualTo(eventId));
            assertThat(as("cn.officer").get("/api/v1/callback/deliveries").status())
                    .isEqualTo(403);
            assertThat(as("cn.officer")
                            .put("/api/v1/callback", Map.of("url", receiver.url()))
                            .status())
                    .isEqualTo(403);
            assertThat(scenario.agency()
                            .get("/api/v1/callback/deliveries?size=0")
                            .status())
                    .isEqualTo(422);
        }
    }

    static Stream<Arguments> badAddresses() {
        return Stream.of(
                Arguments.of("", "NotBlank"),
                Arguments.of("/relative/path", "Url"),
                Arguments.of("ftp://receiver.example.cn/events", "Url"),
                Arguments.of("not a url at all", "Url"),
                Arguments.of("https://user:secret@receiver.example.cn/events", "NoCredentials"),
                Arguments.of("https://receiver.example.cn/events#part", "NoFragment"),
                Arguments.of("mailto:ops@receiver.example.cn", "Url"),
                Arguments.of("https://receiver.example.cn/" + "x".repeat(2000), "Size"));
    }

    @ParameterizedTest(name = "{0} -> 400 rule {1}")
    @MethodSource("badAddresses")
    void refusesABadAddressNamingTheFieldAndStoresNothing(String url, String rule) {
        TestApi.Response refused = scenario.agency().put("/api/v1/callback", Map.of("url", url));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("url");
        assertThat(refused.json().path("errors").get(0).path("rule").asText()).isEqualTo(rule);
        assertThat(scenario.agency().get("/api/v1/callback").status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM callback_endpoint WHERE agency_id = ?")
                        .param(scenario.agencyId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void changesTheAddressKeepingTheSecretAndNeverShowsTheSecretAgain() {
        String secret = scenario.register("http://localhost:1/first");
        TestApi.Response changed =
                scenario.agency().put("/api/v1/callback", Map.of("url", "http://localhost:1/second"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().has("secret")).isFalse();
        TestApi.Response read = scenario.agency().get("/api/v1/callback");
        assertThat(read.json().path("url").asText()).isEqualTo("http://localhost:1/second");
        assertThat(read.json().has("secret")).isFalse();
        assertThat(read.body()).doesNotContain(secret);
    }

    @Test
    void rotatesTheSecretSigningWithBothDuringTheGracePeriodAndReplaysARetriedRotation() throws Exception {
        try (CallbackReceiver receiver = CallbackReceiver.failingFirst(0)) {
            String old = scenario.register(receiver.url());
            String key = TestApi.newIdempotencyKey();
            TestApi.Response rotated = scenario.agency().postWithKey("/api/v1/callback/secret", null, key);
            assertThat(rotated.status()).as(rotated.body()).isEqualTo(201);
            String fresh = rotated.json().path("secret").asText();
            assertThat(fresh).hasSize(43).isNotEqualTo(old);
            Instant graceEnd = Instant.parse(
                    rotated.json().path("previousSecretValidUntil").asText());
            assertThat(Duration.between(
                            Instant.parse(rotated.json().path("secretIssuedAt").asText()), graceEnd))
                    .isEqualTo(Duration.ofHours(24));
            TestApi.Response retried = scenario.agency().postWithKey("/api/v1/callback/secret", null, key);
            assertThat(retried.json().path("secret").asText())
                    .as("a retry issues no third secret")
                    .isEqualTo(fresh);
            assertThat(scenario.agency()
                            .postWithoutIdempotencyKey("/api/v1/callback/secret", null)
                            .status())
                    .isEqualTo(400);

            String caseId = scenario.aRequestSent();
            scenario.deliverUntil(() -> receiver.received().size() == 1);
            CallbackReceiver.Received request = receiver.received().get(0);
            String timestamp = request.header("Comity-Timestamp");
            assertThat(request.header("Comity-Signature"))
                    .as("the new secret's signature first, then the old one's")
                    .isEqualTo(CallbackSignature.PREFIX + CallbackSignature.hmac(fresh, timestamp, request.body()) + ","
                            + CallbackSignature.PREFIX + CallbackSignature.hmac(old, timestamp, request.body()));
            assertThat(CallbackSignature.hmac(fresh, timestamp, request.body()))
                    .isNotEqualTo(CallbackSignature.hmac(
                            fresh,
                            timestamp,
                            request.body().replace(caseId, UUID.randomUUID().toString())));

            TestClock.at(graceEnd.plusSeconds(1), () -> {
                TestApi.Response after = scenario.agency().get("/api/v1/callback");
                assertThat(after.json().has("previousSecretValidUntil"))
                        .as("the grace period is over")
                        .isFalse();
            });
        }
    }

    @Test
    void givesAnEventUpWhenTheCallbackIsRemovedAndShowsItInTheLog() throws Exception {
        scenario.register("http://localhost:" + CallbackReceiver.freePort() + "/down");
        scenario.aRequestSent();
        scenario.deliverUntil(() -> scenario.deliveries().size() == 1);
        assertThat(scenario.deliveries().get(0).path("error").asText()).isEqualTo("connection refused");
        assertThat(scenario.agency().delete("/api/v1/callback").status()).isEqualTo(204);

        TestClock.at(
                TestClock.now().plusSeconds(31),
                () -> scenario.deliverUntil(() -> scenario.deliveries().size() == 2));
        JsonNode last = scenario.deliveries().get(0);
        assertThat(last.path("outcome").asText()).isEqualTo("GAVE_UP");
        assertThat(last.path("error").asText()).isEqualTo("no callback registered");
    }
}
