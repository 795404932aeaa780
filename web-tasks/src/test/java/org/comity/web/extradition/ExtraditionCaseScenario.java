package org.comity.web.extradition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.comity.core.archive.DocumentArchive;
import org.comity.web.TestApi;

/**
 * Drives extradition cases through the HTTP API as the demo agencies and the four demo officers,
 * running the engine's jobs as the (switched off) job executor would. Shared by the H2 and the
 * PostgreSQL integration tests.
 */
public final class ExtraditionCaseScenario {

    static final String PASSWORD = "demo";

    private final int port;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final DocumentArchive archive;

    public ExtraditionCaseScenario(int port, RuntimeService runtime, ManagementService management, DocumentArchive archive) {
        this.port = port;
        this.runtime = runtime;
        this.management = management;
        this.archive = archive;
    }

    public TestApi as(String user) {
        return TestApi.as(port, user, PASSWORD);
    }

    TestApi agency(String token) {
        return TestApi.withToken(port, token);
    }

    /** POST with an Idempotency-Key (TestApi sends no extra headers). */
    public Submitted submit(String token, String key, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(java.net.URI.create(
                    "http://localhost:" + port + "/api/v1/extraditions"))
                    .header("Authorization", token.contains(":") ? "Basic " + Base64.getEncoder()
                            .encodeToString(token.getBytes(StandardCharsets.UTF_8)) : "Bearer " + token)
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(body)));
            if (key != null) {
                request.header("Idempotency-Key", key);
            }
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Submitted(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                    MAPPER.readTree(response.body().isEmpty() ? "null" : response.body()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
            new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules();

    public record Submitted(int status, String location, JsonNode json) {
        public String caseId() {
            return json.path("id").asText();
        }
    }

    /** Runs every due job of the case until none is left. */
    public void runJobs(String caseId) {
        for (int round = 0; round < 30; round++) {
            List<Job> due = new ArrayList<>();
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).list().forEach(instance ->
                    due.addAll(management.createJobQuery().processInstanceId(instance.getId()).executable().list()));
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
        JsonNode items = as(user).get("/api/v1/tasks?caseId=" + caseId + "&taskKey=" + taskKey).json().path("items");
        assertThat(items.size()).as(user + " sees " + taskKey).isEqualTo(1);
        return items.get(0).path("id").asText();
    }

    /** Completes the user's task; returns the HTTP status. */
    public TestApi.Response complete(String user, String caseId, String taskKey, Map<String, ?> values) {
        TestApi.Response response = as(user).post("/api/v1/tasks/" + taskId(user, caseId, taskKey) + "/complete", values);
        runJobs(caseId);
        return response;
    }

    public void completeOk(String user, String caseId, String taskKey, Map<String, ?> values) {
        TestApi.Response response = complete(user, caseId, taskKey, values);
        assertThat(response.status()).as(taskKey + ": " + response.body()).isEqualTo(204);
    }

    /** The text of every document of the case, by type. */
    Map<String, String> documentTexts(String caseId) {
        Map<String, String> texts = new java.util.TreeMap<>();
        archive.listFor(UUID.fromString(caseId)).forEach(document -> {
            try (PDDocument pdf = Loader.loadPDF(archive.content(document.id()))) {
                texts.merge(document.type().name(), new PDFTextStripper().getText(pdf), (a, b) -> a + "\n" + b);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return texts;
    }

    /**
     * China asks Myanmar; Myanmar finds the request incomplete and asks for supplementary information:
     * China's officer has the task, due by the legal basis' time limit, and Myanmar's window runs. The
     * extradition request and the request for supplementary information are issued.
     */
    public String awaitingSupplementaryInformation() {
        Submitted created = submit("demo-cn-mps", "scenario-" + UUID.randomUUID(),
                ExtraditionRequestBodies.aRequestFromChinaForAChineseNationalInMyanmar());
        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        String caseId = created.caseId();
        runJobs(caseId);
        completeOk("cn.supervisor", caseId, "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));
        completeOk("mm.officer", caseId, "Task_CheckCompleteness",
                Map.of("completeness", "INCOMPLETE", "missingItems", "Certified copy of the arrest warrant"));
        assertThat(taskKeys("cn.officer", caseId)).containsExactly("Task_ProvideSupplementaryInformation");
        return caseId;
    }

    /**
     * A whole case: China asks Myanmar; Myanmar asks for supplementary information, gets it, the court
     * finds the person extraditable, the supervisor grants, the person is surrendered and received.
     * Each side sees only its own tasks at every step.
     */
    public String grantedAndSurrendered() {
        Submitted created = submit("demo-cn-mps", "scenario-" + UUID.randomUUID(),
                ExtraditionRequestBodies.aRequestFromChinaForAChineseNationalInMyanmar());
        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        String caseId = created.caseId();
        assertThat(created.location()).isEqualTo("/api/v1/cases/" + caseId);
        runJobs(caseId);

        assertThat(taskKeys("cn.supervisor", caseId)).containsExactly("Task_ReviewRequest");
        assertThat(taskKeys("mm.supervisor", caseId)).isEmpty();
        completeOk("cn.supervisor", caseId, "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));

        assertThat(taskKeys("mm.officer", caseId)).containsExactly("Task_CheckCompleteness");
        assertThat(taskKeys("cn.officer", caseId)).isEmpty();
        String mmTask = taskId("mm.officer", caseId, "Task_CheckCompleteness");
        assertThat(as("cn.officer").get("/api/v1/tasks/" + mmTask).status()).isEqualTo(404);
        completeOk("mm.officer", caseId, "Task_CheckCompleteness",
                Map.of("completeness", "INCOMPLETE", "missingItems", "Certified copy of the arrest warrant"));

        assertThat(taskKeys("cn.officer", caseId)).containsExactly("Task_ProvideSupplementaryInformation");
        assertThat(taskKeys("mm.officer", caseId)).isEmpty();
        completeOk("cn.officer", caseId, "Task_ProvideSupplementaryInformation",
                Map.of("information", "Certified copy of warrant KM-2026-0042 attached."));

        completeOk("mm.officer", caseId, "Task_CheckCompleteness", Map.of("completeness", "COMPLETE",
                "dualCriminality", true, "maximumPenaltyInRequestedLawMonths", 120));
        completeOk("mm.officer", caseId, "Task_JudicialReview", Map.of("ruling", "EXTRADITABLE",
                "court", "Yangon Region High Court", "rulingDate", LocalDate.now().toString(),
                "reasons", "All conditions of extradition are met."));
        assertThat(taskKeys("mm.officer", caseId)).isEmpty();
        completeOk("mm.supervisor", caseId, "Task_ExecutiveDecision",
                Map.of("decision", "GRANT", "reasons", "Extradition is granted."));
        completeOk("mm.officer", caseId, "Task_AgreeSurrender", Map.of("agreedDate",
                LocalDate.now().plusDays(3).toString(), "place", "Muse–Ruili border gate", "escort", "Two officers"));
        completeOk("mm.officer", caseId, "Task_ExecuteSurrender", Map.of("surrenderedAt",
                OffsetDateTime.now().minusMinutes(5).toString(), "deliveringOfficers", "Aung Aung, Ko Ko",
                "receivingOfficers", "Li Ming, Wang Fang", "propertyHandedOver", "One mobile phone"));
        completeOk("cn.officer", caseId, "Task_ConfirmReceipt",
                Map.of("receivedOn", LocalDate.now().toString(), "receivingAuthority", "Kunming PSB"));
        return caseId;
    }

    void assertDocumentsOfGrantedCase(String caseId, String reference) {
        Map<String, String> texts = documentTexts(caseId);
        assertThat(texts).containsOnlyKeys("EXTRADITION_REQUEST", "SUPPLEMENTARY_INFORMATION_REQUEST",
                "EXTRADITION_DECISION", "SURRENDER_RECORD");
        texts.forEach((type, text) -> assertThat(text).as(type).contains(reference).contains("Zhang Wei").contains("张伟"));
        assertThat(texts.get("EXTRADITION_REQUEST")).contains("Criminal Law of the PRC Art. 266");
        assertThat(texts.get("SUPPLEMENTARY_INFORMATION_REQUEST")).contains("Certified copy of the arrest warrant");
        assertThat(texts.get("EXTRADITION_DECISION")).contains("Extradition is granted");
        assertThat(texts.get("SURRENDER_RECORD")).contains("Li Ming");
    }

    /**
     * Myanmar asks China for a provisional arrest; China records it, no formal request follows, and
     * on day 31 (the engine clock moved, never slept) the person must be released with a notice.
     */
    String provisionalArrestReleasedOnDay31() {
        Map<String, Object> body = ExtraditionRequestBodies.aRequestFromMyanmarForAChineseNational();
        body.put("urgency", "PROVISIONAL_ARREST");
        Submitted created = submit("demo-mm-mpf", null, body);
        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        String caseId = created.caseId();
        runJobs(caseId);
        assertThat(taskKeys("cn.officer", caseId)).containsExactly("Task_RecordProvisionalArrest");
        assertThat(taskKeys("mm.supervisor", caseId)).containsExactly("Task_ReviewRequest");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        completeOk("cn.officer", caseId, "Task_RecordProvisionalArrest", Map.of("arrestedOn", today.toString(),
                "place", "Kunming Detention Centre", "interrogatedWithin24Hours", true));
        try {
            org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(today.plusDays(30)
                    .atTime(23, 59).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant()));
            runJobs(caseId);
            assertThat(taskKeys("cn.officer", caseId)).isEmpty();
            org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(today.plusDays(31)
                    .atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant()));
            runJobs(caseId);
            assertThat(taskKeys("cn.officer", caseId)).containsExactly("Task_ReleasePerson");
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
        completeOk("cn.officer", caseId, "Task_ReleasePerson", Map.of("releasedAt", OffsetDateTime.now().toString()));
        return caseId;
    }
}
