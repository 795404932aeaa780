package org.comity.web.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.comity.core.archive.DocumentArchive;
import org.comity.core.callback.CallbackDelivery;
import org.comity.core.callback.CallbackSignature;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.identity.Agencies;
import org.comity.core.identity.Agency;
import org.comity.web.TestApi;
import org.comity.web.TestClock;
import org.comity.web.extradition.ExtraditionCaseScenario;
import org.comity.web.extradition.ExtraditionRequestBodies;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Status callbacks in a test, on whichever database the application runs (H2 or PostgreSQL): an
 * agency of China of its own (so that no other test's cases reach its callback), its callback, an
 * extradition request it submits and drives to one status change ({@code REQUEST_SENT}, the
 * request approved and sent), the delivery worker run until the receiver has what is expected, and
 * the checks of what the receiver got.
 */
public final class CallbackScenario {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final ExtraditionCaseScenario cases;
    private final CallbackDelivery delivery;
    private final String token;
    private final String agencyId;

    /** A scenario with an agency of its own, registered in the application. */
    public CallbackScenario(ApplicationContext context, int port) {
        this(
                context,
                port,
                "cb-" + UUID.randomUUID().toString().substring(0, 8),
                "test-callbacks-" + UUID.randomUUID());
        context.getBean(Agencies.class)
                .registerIfAbsent(new Agency(agencyId, "Callback test agency " + agencyId, "CN", true), token);
    }

    private CallbackScenario(ApplicationContext context, int port, String agencyId, String token) {
        this.port = port;
        this.agencyId = agencyId;
        this.token = token;
        this.cases = new ExtraditionCaseScenario(
                port,
                context.getBean(RuntimeService.class),
                context.getBean(ManagementService.class),
                context.getBean(DocumentArchive.class));
        this.delivery = context.getBean(CallbackDelivery.class);
    }

    /** The same agency in another application on the same database (a restarted one). */
    public CallbackScenario on(ApplicationContext context, int port) {
        return new CallbackScenario(context, port, agencyId, token);
    }

    /** The scenario's agency, as a client. */
    public TestApi agency() {
        return TestApi.withToken(port, token);
    }

    public String agencyId() {
        return agencyId;
    }

    /** Registers the callback; returns the signing secret the first registration issues. */
    public String register(String url) {
        TestApi.Response registered = agency().put("/api/v1/callback", Map.of("url", url));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.json().path("url").asText()).isEqualTo(url);
        return registered.json().path("secret").asText();
    }

    /** The agency submits a request from China; China's supervisor approves it and it is sent: one status change. */
    public String aRequestSent() {
        var created = cases.submit(
                token, null, ExtraditionRequestBodies.aRequestFromChinaFor("温如玉", "Wen Ruyu", "1983-05-17"));
        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        String caseId = created.caseId();
        cases.runJobs(caseId);
        cases.completeOk("cn.supervisor", caseId, "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));
        return caseId;
    }

    /** The application's delivery worker. */
    public CallbackDelivery delivery() {
        return delivery;
    }

    /** Runs the delivery worker (beside the node's own poller) until {@code done}, for at most 30 s. */
    public void deliverUntil(BooleanSupplier done) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    delivery.deliverDue();
                    return done.getAsBoolean();
                });
    }

    /** The agency's delivery log. */
    public JsonNode deliveries() {
        TestApi.Response log = agency().get("/api/v1/callback/deliveries?size=100");
        assertThat(log.status()).as(log.body()).isEqualTo(200);
        return log.json().path("items");
    }

    /** The log's attempts of one event, oldest first. */
    public List<JsonNode> attemptsOf(String eventId) {
        List<JsonNode> attempts = new java.util.ArrayList<>();
        deliveries().forEach(item -> {
            if (item.path("event").path("id").asText().equals(eventId)) {
                attempts.add(0, item);
            }
        });
        return attempts;
    }

    /**
     * Checks one request as a receiver must: the signature is the HMAC-SHA256 of
     * {@code <Comity-Timestamp>.<body>} under the secret, the event id header is the body's id, and the
     * body is the small event of the case's status, nothing more (no personal data).
     */
    public static JsonNode assertSignedEvent(
            CallbackReceiver.Received request, String secret, String caseId, String status) throws Exception {
        String timestamp = request.header("Comity-Timestamp");
        assertThat(timestamp).matches("\\d{10}");
        assertThat(request.header("Comity-Signature"))
                .as("signed with the secret")
                .isEqualTo(CallbackSignature.PREFIX + CallbackSignature.hmac(secret, timestamp, request.body()));
        assertThat(request.header("Content-Type")).startsWith("application/json");
        JsonNode event = JSON.readTree(request.body());
        List<String> fields = new java.util.ArrayList<>();
        event.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "type", "caseId", "reference", "status", "occurredAt");
        assertThat(event.path("id").asText()).isEqualTo(request.header("Comity-Event-Id"));
        assertThat(event.path("type").asText()).isEqualTo("case.status-changed");
        assertThat(event.path("caseId").asText()).isEqualTo(caseId);
        assertThat(event.path("reference").asText()).startsWith("EXT-CN-");
        assertThat(event.path("status").asText()).isEqualTo(status);
        assertThat(request.body()).doesNotContain("温如玉").doesNotContain("Wen Ruyu");
        return event;
    }

    /**
     * A receiver that fails the first two attempts: the worker retries after 30 s and 60 s (the clock
     * moved, not slept), the third attempt delivers, the receiver got one event three times and
     * accepted it once, signed, and the log shows the three attempts.
     */
    public void assertDeliveredOnceAfterTwoFailures(JdbcClient jdbc) throws Exception {
        try (CallbackReceiver receiver = CallbackReceiver.failingFirst(2)) {
            String secret = register(receiver.url());
            String caseId = aRequestSent();

            deliverUntil(() -> receiver.received().size() == 1);
            Instant first = TestClock.now();
            TestClock.at(first.plus(Duration.ofSeconds(31)), () -> {
                deliverUntil(() -> receiver.received().size() == 2);
                TestClock.at(first.plus(Duration.ofSeconds(31 + 61)), () -> {
                    deliverUntil(() -> receiver.received().size() == 3);
                    // hours later nothing more comes: the event was delivered
                    TestClock.at(first.plus(Duration.ofHours(5)), delivery::deliverDue);
                });
            });

            List<CallbackReceiver.Received> received = receiver.received();
            assertThat(received).extracting(CallbackReceiver.Received::answered).containsExactly(500, 500, 204);
            assertThat(received)
                    .extracting(r -> r.header("Comity-Event-Id"))
                    .as("one event, tried three times")
                    .containsOnly(received.get(0).header("Comity-Event-Id"));
            JsonNode event = assertSignedEvent(received.get(2), secret, caseId, "REQUEST_SENT");
            assertThat(received.get(0).body())
                    .as("the same event each time")
                    .isEqualTo(received.get(2).body());

            List<JsonNode> attempts = attemptsOf(event.path("id").asText());
            assertThat(attempts).extracting(a -> a.path("attempt").asInt()).containsExactly(1, 2, 3);
            assertThat(attempts)
                    .extracting(a -> a.path("outcome").asText())
                    .containsExactly("RETRY", "RETRY", "DELIVERED");
            assertThat(attempts).extracting(a -> a.path("httpStatus").asInt()).containsExactly(500, 500, 204);
            assertThat(attempts.get(0).path("error").asText()).isEqualTo("HTTP 500");
            assertThat(waitAfter(attempts.get(0))).isEqualTo(Duration.ofSeconds(30));
            assertThat(waitAfter(attempts.get(1))).isEqualTo(Duration.ofSeconds(60));
            assertThat(attempts.get(2).path("nextAttemptAt").isNull()
                            || attempts.get(2).path("nextAttemptAt").isMissingNode())
                    .isTrue();
            assertThat(jdbc.sql("SELECT state FROM callback_event WHERE id = ?")
                            .param(UUID.fromString(event.path("id").asText()))
                            .query(String.class)
                            .single())
                    .isEqualTo("DELIVERED");
        }
    }

    /**
     * Two workers (as on two nodes) poll the same outbox at once: every event reaches the receiver
     * exactly once, as each is claimed by one conditional update.
     */
    public void assertTwoWorkersDeliverEachEventOnce(ApplicationContext context) throws Exception {
        try (CallbackReceiver receiver = CallbackReceiver.failingFirst(0)) {
            register(receiver.url());
            String caseId = aRequestSent();
            TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            CaseFiles files = context.getBean(CaseFiles.class);
            for (int i = 0; i < 20; i++) {
                String status = "TEST_STATUS_" + i;
                tx.executeWithoutResult(s -> files.changeStatus(UUID.fromString(caseId), status));
            }
            ExecutorService workers = Executors.newFixedThreadPool(2);
            try {
                Callable<Integer> work = () -> {
                    int attempted = 0;
                    for (int round = 0; round < 50 && receiver.received().size() < 21; round++) {
                        attempted += delivery.deliverDue();
                    }
                    return attempted;
                };
                List<Future<Integer>> both = workers.invokeAll(List.of(work, work));
                both.get(0).get();
                both.get(1).get();
            } finally {
                workers.shutdownNow();
            }
            deliverUntil(() -> receiver.received().size() >= 21);
            Map<String, Long> perEvent = receiver.received().stream()
                    .collect(java.util.stream.Collectors.groupingBy(
                            r -> r.header("Comity-Event-Id"), java.util.stream.Collectors.counting()));
            assertThat(perEvent)
                    .hasSize(21)
                    .allSatisfy((id, times) -> assertThat(times).as(id).isOne());
        }
    }

    private static Duration waitAfter(JsonNode attempt) {
        return Duration.between(
                Instant.parse(attempt.path("attemptedAt").asText()),
                Instant.parse(attempt.path("nextAttemptAt").asText()));
    }
}
