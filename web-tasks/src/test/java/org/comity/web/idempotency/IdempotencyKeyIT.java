package org.comity.web.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.comity.core.idempotency.IdempotencyKeyExpiry;
import org.comity.web.TestApi;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.comity.web.extradition.ExtraditionRequestBodies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #17 item 4: every creating call requires an {@code Idempotency-Key} (400 naming the header
 * and rule without one, nothing stored), the contract says so on each, and a key is remembered for
 * its retention (seven days) and no longer.
 */
class IdempotencyKeyIT extends WebIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TABLES = "comity_case repatriation_operation repatriation_person extradition_assurance "
            + "extradition_sentence speciality_proceeding repatriation_transfer idempotency_key callback_endpoint";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdempotencyKeyExpiry expiry;

    /**
     * Every POST of the running contract that answers 201 (a creating call) declares the header required, and
     * refuses a call without it with 400 naming the header (rule Required) before anything is stored.
     */
    @Test
    void everyCreatingOperationRequiresTheHeaderInTheContractAndRefusesACallWithoutIt() throws Exception {
        JsonNode contract = JSON.readTree(anonymous().get("/v3/api-docs").body());
        List<String> creating = new ArrayList<>();
        long[] before = counts();
        contract.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                    JsonNode operation = method.getValue();
                    if (!"post".equals(method.getKey())
                            || !operation.path("responses").has("201")) {
                        return;
                    }
                    String name = method.getKey().toUpperCase() + " " + path.getKey();
                    creating.add(name);
                    JsonNode header = idempotencyKeyParameter(operation);
                    assertThat(header).as(name + " declares the header").isNotNull();
                    assertThat(header.path("required").asBoolean())
                            .as(name + " requires the header")
                            .isTrue();
                    assertThat(header.path("schema").path("maxLength").asInt()).isEqualTo(200);
                    HttpResponse<String> refused = sendWithoutKey(method.getKey(), path.getKey(), operation);
                    assertThat(refused.statusCode())
                            .as(name + ": " + refused.body())
                            .isEqualTo(400);
                    assertThat(refused.headers().firstValue("Content-Type").orElse(""))
                            .startsWith("application/problem+json");
                    JsonNode error = read(refused.body()).path("errors").get(0);
                    assertThat(error.path("field").asText()).as(name).isEqualTo("Idempotency-Key");
                    assertThat(error.path("rule").asText()).as(name).isEqualTo("Required");
                }));
        assertThat(creating)
                .as("the creating calls of issue #17")
                .contains(
                        "POST /api/v1/extraditions",
                        "POST /api/v1/mla-requests",
                        "POST /api/v1/repatriations",
                        "POST /api/v1/repatriations/{id}/persons",
                        "POST /api/v1/repatriations/{id}/transfers",
                        "POST /api/v1/extraditions/{caseId}/assurances",
                        "POST /api/v1/extraditions/{caseId}/sentence",
                        "POST /api/v1/extraditions/{caseId}/speciality/proceedings",
                        "POST /api/v1/callback/secret");
        assertThat(counts()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void remembersAKeyForSevenDaysThenTakesItAsNewAndErasesIt() throws Exception {
        String key = "expiry-" + UUID.randomUUID();
        TestApi agency = withToken("demo-cn-mps");
        Map<String, Object> body = ExtraditionRequestBodies.aRequestFromChinaFor("夏侯远", "Xiahou Yuan", "1977-07-07");
        String first = agency.postWithKey("/api/v1/extraditions", body, key)
                .json()
                .path("id")
                .asText();
        body.put("factsSummary", "Another request under the same key.");

        TestClock.at(TestClock.now().plus(Duration.ofDays(7)).minusSeconds(60), () -> {
            TestApi.Response reused = agency.postWithKey("/api/v1/extraditions", body, key);
            assertThat(reused.status()).as("still remembered: " + reused.body()).isEqualTo(422);
            assertThat(expiry.eraseExpired()).isGreaterThanOrEqualTo(0);
            assertThat(keyRows(key)).isOne();
        });
        TestClock.at(TestClock.now().plus(Duration.ofDays(7)).plusSeconds(60), () -> {
            TestApi.Response anew = agency.postWithKey("/api/v1/extraditions", body, key);
            assertThat(anew.status())
                    .as("expired, so a first use: " + anew.body())
                    .isEqualTo(201);
            assertThat(anew.json().path("id").asText()).isNotEqualTo(first);
        });
        TestClock.at(TestClock.now().plus(Duration.ofDays(15)), () -> {
            assertThat(expiry.eraseExpired()).isPositive();
            assertThat(keyRows(key)).isZero();
        });
    }

    private long keyRows(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM idempotency_key WHERE idempotency_key = ?")
                .param(key)
                .query(Long.class)
                .single();
    }

    private static JsonNode idempotencyKeyParameter(JsonNode operation) {
        for (JsonNode parameter : operation.path("parameters")) {
            if ("header".equals(parameter.path("in").asText())
                    && "Idempotency-Key".equalsIgnoreCase(parameter.path("name").asText())) {
                return parameter;
            }
        }
        return null;
    }

    /** The operation called with its example body, every path id a random UUID, as an agency of Myanmar. */
    private HttpResponse<String> sendWithoutKey(String method, String path, JsonNode operation) {
        try {
            return send(method, path, operation);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(String method, String path, JsonNode operation)
            throws java.io.IOException, InterruptedException {
        String uri = path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + uri))
                .header("Authorization", "Bearer demo-mm-mpf")
                .header("Accept", "application/json");
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        var content = operation.path("requestBody").path("content").fields();
        if (content.hasNext()) {
            var media = content.next();
            JsonNode example = media.getValue().path("example");
            String text = example.isTextual() ? example.asText() : JSON.writeValueAsString(example);
            request.header("Content-Type", media.getKey());
            body = HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
        }
        return HttpClient.newHttpClient()
                .send(request.method(method.toUpperCase(), body).build(), HttpResponse.BodyHandlers.ofString());
    }

    private long[] counts() {
        String[] tables = TABLES.split(" ");
        long[] counts = new long[tables.length];
        for (int i = 0; i < tables.length; i++) {
            counts[i] = jdbc.sql("SELECT COUNT(*) FROM " + tables[i])
                    .query(Long.class)
                    .single();
        }
        return counts;
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError("Not JSON: " + body, e);
        }
    }
}
