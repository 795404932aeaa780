package org.comity.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.comity.core.archive.DocumentArchive;
import org.comity.core.audit.AuditEntry;
import org.comity.core.audit.AuditQuery;
import org.comity.core.audit.AuditSearch;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.casefile.CaseType;
import org.comity.core.identity.Actor;
import org.comity.core.identity.Role;
import org.comity.core.identity.UserAccount;
import org.comity.core.identity.UserAccounts;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The auditor's timeline of a case and the case audit report. */
class CaseAuditIT extends WebIT {

    @Autowired
    CaseFiles cases;

    @Autowired
    DocumentArchive archive;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    private CaseFile aWorkedCase() {
        CaseFile file =
                tx.execute(s -> cases.open(CaseType.EXTRADITION, "MM", "CN", "RECEIVED", Actor.agency("mm-mpf", "MM")));
        runtime.startProcessInstanceByKey(
                "PlatformTestProcess",
                file.id().toString(),
                Map.of(
                        "jurisdiction",
                        "CN",
                        "due",
                        java.util.Date.from(TestClock.now().plusSeconds(86_400))));
        String taskId = openTask(file.id().toString(), "Task_RecordDecision");
        as("cn.officer").post("/api/v1/tasks/" + taskId + "/claim", Map.of());
        as("cn.officer")
                .post(
                        "/api/v1/tasks/" + taskId + "/complete",
                        Map.of("decision", "RETURN", "reasons", "Warrant missing"));
        return file;
    }

    private static List<String> texts(JsonNode events, String field) {
        return StreamSupport.stream(events.spliterator(), false)
                .map(e -> e.path(field).asText())
                .toList();
    }

    @Test
    void mergesEngineHistoryFormsAndTheAuditLogInTimeOrder() {
        CaseFile file = aWorkedCase();
        var response = as("auditor").get("/api/v1/audit/cases/" + file.id() + "/timeline");
        assertThat(response.status()).isEqualTo(200);
        JsonNode events = response.json();
        assertThat(texts(events, "kind"))
                .contains(
                        "STARTED:startEvent",
                        "STARTED:userTask",
                        "TASK_COMPLETED",
                        "audit:task.claim",
                        "audit:task.complete",
                        "OPERATION:Claim");
        JsonNode completed = StreamSupport.stream(events.spliterator(), false)
                .filter(e -> "TASK_COMPLETED".equals(e.get("kind").asText()))
                .findFirst()
                .orElseThrow();
        assertThat(completed.get("actor").asText()).isEqualTo("cn.officer");
        assertThat(completed.get("detail").asText()).contains("RETURN").contains("Warrant missing");
        List<String> times = texts(events, "at");
        assertThat(times).isSortedAccordingTo(java.util.Comparator.comparing(java.time.Instant::parse));
    }

    @Test
    void refusesTheTimelineToOfficers() {
        CaseFile file = aWorkedCase();
        assertThat(as("cn.supervisor")
                        .get("/api/v1/audit/cases/" + file.id() + "/timeline")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void issuesTheCaseAuditReportAsAStoredVerifiablePdf() throws Exception {
        CaseFile file = aWorkedCase();
        var report = as("auditor").post("/api/v1/audit/cases/" + file.id() + "/report", Map.of());
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.json().get("type").asText()).isEqualTo("CASE_AUDIT_REPORT");
        byte[] pdf = archive.content(
                java.util.UUID.fromString(report.json().get("id").asText()));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(file.reference())
                    .contains("task.complete")
                    .contains("cn.officer");
        }
    }

    @Test
    void theAuditorIssuesTheReportFromTheCasesTimelinePageAndGetsThePdf() throws Exception {
        CaseFile file = aWorkedCase();
        var auditor = user(people.loadUserByUsername("auditor"));
        mvc.perform(get("/audit/cases/" + file.id()).with(auditor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Issue the case audit report (PDF)")));

        String location = mvc.perform(post("/audit/cases/" + file.id() + "/report")
                        .with(auditor)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/documents/");
        var download = mvc.perform(get(location).with(auditor))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(download.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains(file.reference())
                    .contains("task.complete");
        }
        assertThat(archive.listFor(file.id())).extracting(d -> d.type().name()).contains("CASE_AUDIT_REPORT");

        mvc.perform(post("/audit/cases/" + file.id() + "/report")
                        .with(user(people.loadUserByUsername("cn.officer")))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aStateAuditorsReportShowsEveryTimeInItsStatesZoneAndNamesTheZone() throws Exception {
        CaseFile file = aWorkedCase();
        accounts.createIfAbsent(
                new UserAccount("mm.auditor", "Myanmar auditor", Role.AUDITOR, "MM", encoder.encode(PASSWORD), true));
        AuditEntry completion = completionOf(file);

        String text = reportText(as("mm.auditor").post("/api/v1/audit/cases/" + file.id() + "/report", Map.of()));

        assertThat(text)
                .contains(
                        "Times shown in / 时间所用时区 Asia/Yangon (Myanmar Time / 缅甸时间)",
                        "Audit authority, Republic of the Union of Myanmar / 缅甸审计机关",
                        completion.recordedAt().atZone(YANGON).format(MINUTE) + " (UTC+06:30, Asia/Yangon)")
                .doesNotContain("(UTC+00:00", "(UTC+08:00");
    }

    @Test
    void theJointAuditorsReportShowsTimesInUtcAndSaysSo() throws Exception {
        CaseFile file = aWorkedCase();
        AuditEntry completion = completionOf(file);

        String text = reportText(as("auditor").post("/api/v1/audit/cases/" + file.id() + "/report", Map.of()));

        assertThat(text)
                .contains(
                        "Times shown in / 时间所用时区 UTC (Coordinated Universal Time / 协调世界时)",
                        "Joint oversight / 联合监督",
                        completion.recordedAt().atZone(ZoneOffset.UTC).format(MINUTE) + " (UTC+00:00, Z)");
    }

    private static final java.time.format.DateTimeFormatter MINUTE =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final ZoneId YANGON = ZoneId.of("Asia/Yangon");

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AuditSearch audit;

    private AuditEntry completionOf(CaseFile file) {
        List<AuditEntry> entries = new java.util.ArrayList<>();
        audit.forEach(AuditQuery.all().withCase(file.id()), e -> {
            if (e.event().action().equals("task.complete")) {
                entries.add(e);
            }
        });
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    private String reportText(org.comity.web.TestApi.Response report) throws Exception {
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        byte[] pdf = archive.content(
                java.util.UUID.fromString(report.json().get("id").asText()));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
