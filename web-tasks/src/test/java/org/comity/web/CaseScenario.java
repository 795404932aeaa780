package org.comity.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.comity.core.archive.DocumentArchive;

/**
 * Drives cases through the HTTP API as the demo agencies and officers, running the engine's jobs as
 * the (switched off) job executor would, and reads the case's documents back with PDFBox. Feature
 * scenarios (extradition, MLA) build their cases on it; shared by the H2 and PostgreSQL tests.
 */
public class CaseScenario {

    public static final String PASSWORD = "demo";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .findAndRegisterModules()
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final int port;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final DocumentArchive archive;

    public CaseScenario(int port, RuntimeService runtime, ManagementService management, DocumentArchive archive) {
        this.port = port;
        this.runtime = runtime;
        this.management = management;
        this.archive = archive;
    }

    public TestApi as(String user) {
        return TestApi.as(port, user, PASSWORD);
    }

    public TestApi agency(String token) {
        return TestApi.withToken(port, token);
    }

    /**
     * POSTs a request body as {@code caller} (an agency token, or {@code user:password} for a person)
     * with the given Idempotency-Key, or a fresh one when {@code idempotencyKey} is null (the API
     * requires one on every creating call).
     */
    public Submitted submit(String path, String caller, String idempotencyKey, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header(
                            "Authorization",
                            caller.contains(":")
                                    ? "Basic "
                                            + Base64.getEncoder()
                                                    .encodeToString(caller.getBytes(StandardCharsets.UTF_8))
                                    : "Bearer " + caller)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(body)));
            request.header("Idempotency-Key", idempotencyKey != null ? idempotencyKey : TestApi.newIdempotencyKey());
            HttpResponse<String> response =
                    HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Submitted(
                    response.statusCode(),
                    response.headers().firstValue("Location").orElse(null),
                    MAPPER.readTree(response.body().isEmpty() ? "null" : response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A creating call's answer: status, Location header and body. */
    public record Submitted(int status, String location, JsonNode json) {

        public String caseId() {
            return json.path("id").asText();
        }
    }

    /** Runs every due job of the case until none is left. */
    public void runJobs(String caseId) {
        for (int round = 0; round < 30; round++) {
            List<Job> due = new ArrayList<>();
            runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(caseId)
                    .list()
                    .forEach(instance -> due.addAll(management
                            .createJobQuery()
                            .processInstanceId(instance.getId())
                            .executable()
                            .list()));
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new IllegalStateException("jobs keep coming");
    }

    /** The caller's open tasks of the case, by task key. */
    public List<String> taskKeys(String user, String caseId) {
        JsonNode items = as(user).get("/api/v1/tasks?caseId=" + caseId).json().path("items");
        List<String> keys = new ArrayList<>();
        items.forEach(item -> keys.add(item.path("taskKey").asText()));
        return keys;
    }

    public String taskId(String user, String caseId, String taskKey) {
        JsonNode items = as(user).get("/api/v1/tasks?caseId=" + caseId + "&taskKey=" + taskKey)
                .json()
                .path("items");
        assertThat(items.size()).as(user + " sees " + taskKey).isEqualTo(1);
        return items.get(0).path("id").asText();
    }

    /** Completes the user's task and runs the jobs that follow; returns the response. */
    public TestApi.Response complete(String user, String caseId, String taskKey, Map<String, ?> values) {
        TestApi.Response response =
                as(user).post("/api/v1/tasks/" + taskId(user, caseId, taskKey) + "/complete", values);
        runJobs(caseId);
        return response;
    }

    public void completeOk(String user, String caseId, String taskKey, Map<String, ?> values) {
        TestApi.Response response = complete(user, caseId, taskKey, values);
        assertThat(response.status()).as(taskKey + ": " + response.body()).isEqualTo(204);
    }

    /** The text of every document of the case, by type, read back from the stored PDF. */
    public Map<String, String> documentTexts(String caseId) {
        Map<String, String> texts = new TreeMap<>();
        archive.listFor(UUID.fromString(caseId)).forEach(document -> {
            try (PDDocument pdf = Loader.loadPDF(archive.content(document.id()))) {
                texts.merge(document.type().name(), new PDFTextStripper().getText(pdf), (a, b) -> a + "\n" + b);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return texts;
    }
}
