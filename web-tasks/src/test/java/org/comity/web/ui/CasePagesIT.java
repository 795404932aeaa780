package org.comity.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.task.Task;
import org.comity.core.archive.DocumentArchive;
import org.comity.core.archive.StoredDocument;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.comity.web.casefile.CaseFixtures;
import org.comity.web.extradition.ExtraditionCaseScenario;
import org.comity.web.repatriation.RepatriationFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The case list, the case page, the document download and the operation dashboard, server-side:
 * what each party and the auditor see, the 404 page for a case of others, one consultation per
 * page view, and dashboard figures equal to the metrics API.
 */
class CasePagesIT extends WebIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @Autowired
    ManagementService management;

    @Autowired
    DocumentArchive archive;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void endRepatriationProcesses() {
        RepatriationFixtures.deleteRepatriationProcesses(runtime);
    }

    private ExtraditionCaseScenario scenario() {
        return new ExtraditionCaseScenario(port, runtime, management, archive);
    }

    private MockHttpServletResponse page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(user(people.loadUserByUsername(user))))
                .andReturn()
                .getResponse();
    }

    @Test
    void showsTheReferencePartiesStagesDeadlinesDocumentsAndTheSubject() throws Exception {
        String caseId = scenario().awaitingSupplementaryInformation();
        String reference = jdbc.sql("SELECT reference FROM comity_case WHERE id = ?")
                .param(UUID.fromString(caseId))
                .query(String.class)
                .single();
        Task task = tasks.createTaskQuery()
                .processInstanceBusinessKey(caseId)
                .taskDefinitionKey("Task_ProvideSupplementaryInformation")
                .singleResult();

        MockHttpServletResponse response = page("cn.officer", "/cases/" + caseId);

        assertThat(response.getStatus()).isEqualTo(200);
        String html = response.getContentAsString();
        assertThat(html)
                .contains(reference)
                .contains("Requesting state")
                .contains("Requested state")
                .contains("People&#39;s Republic of China")
                .contains("Republic of the Union of Myanmar");
        assertThat(html)
                .as("China's own stages")
                .contains("Requesting state: extradition request")
                .contains("Review the extradition request")
                .contains("Extradition request issued");
        assertThat(html)
                .as("never Myanmar's deliberation")
                .doesNotContain("Requested state: examination of the request")
                .doesNotContain("Check the request for completeness");
        assertThat(section(html, "exchanges"))
                .as("but the messages exchanged")
                .contains("Request for extradition")
                .contains("Supplementary information requested");
        assertThat(page("auditor", "/cases/" + caseId).getContentAsString())
                .as("the auditor sees both sides")
                .contains("Requested state: examination of the request")
                .contains("Check the request for completeness");
        String due = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(task.getDueDate().toInstant().atZone(ZoneId.of("Asia/Shanghai")));
        assertThat(section(html, "deadlines"))
                .contains("Provide supplementary information")
                .contains(due)
                .contains("left");
        List<StoredDocument> documents = archive.listFor(UUID.fromString(caseId));
        assertThat(documents).hasSize(2);
        String documentTable = section(html, "documents");
        for (StoredDocument document : documents) {
            assertThat(documentTable)
                    .contains("<code class=\"hash\">" + document.sha256() + "</code>")
                    .contains("href=\"/documents/" + document.id() + "\"");
        }
        assertThat(documentTable).contains("Request for Extradition").contains("Request for Supplementary Information");
        assertThat(html).as("the subject").contains("张伟").contains("Zhang Wei").contains("1990-05-17");
        assertThat(html).as("a link to the officer's open task").contains("href=\"/tasks/" + task.getId() + "\"");
        assertThat(page("cn.officer", "/tasks/" + task.getId()).getContentAsString())
                .as("the task page links its case")
                .contains("<a id=\"case-link\" href=\"/cases/" + caseId + "\">" + reference + "</a>");
        assertThat(page("cn.officer", "/cases/" + caseId + "?lang=zh").getContentAsString())
                .contains("办理阶段")
                .contains("请求国")
                .contains("提供补充材料")
                .contains("引渡请求书")
                .contains("出具引渡请求书");
    }

    @Test
    void highlightsAndWordsAnOverdueDeadline() throws Exception {
        String caseId = CaseFixtures.aCaseFile(
                jdbc, startCase("CN", TestClock.now().minus(Duration.ofDays(3).plusHours(2))), "CN", "MM");
        String deadlines = section(page("cn.officer", "/cases/" + caseId).getContentAsString(), "deadlines");
        assertThat(deadlines).contains("<tr class=\"overdue\">").contains("overdue by 3 day(s)");
    }

    @Test
    void logsOneConsultationPerPageView() throws Exception {
        String caseId = scenario().awaitingSupplementaryInformation();
        long before = lastSequence();
        assertThat(page("mm.officer", "/cases/" + caseId).getStatus()).isEqualTo(200);
        List<java.util.Map<String, Object>> added = jdbc.sql(
                        "SELECT actor_id, category, action, object_type, case_id, purpose FROM audit_log WHERE seq > ?")
                .param(before)
                .query()
                .listOfRows();
        assertThat(added).hasSize(1);
        assertThat(added.get(0))
                .containsEntry("ACTOR_ID", "mm.officer")
                .containsEntry("CATEGORY", "CONSULTATION")
                .containsEntry("ACTION", "case.read")
                .containsEntry("OBJECT_TYPE", "CASE")
                .containsEntry("CASE_ID", UUID.fromString(caseId))
                .containsEntry("PURPOSE", "case follow-up");
    }

    @Test
    void showsTheNotFoundPageForACaseOfOtherStatesButAnAuditorSeesIt() throws Exception {
        String caseId = CaseFixtures.aCaseBetweenChinaAndThailand(jdbc);
        long before = lastSequence();
        MockHttpServletResponse hidden = page("mm.officer", "/cases/" + caseId);
        assertThat(hidden.getStatus()).isEqualTo(404);
        assertThat(hidden.getContentAsString()).contains("does not exist, or you may not see it");
        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE seq > ?")
                        .param(before)
                        .query(String.class)
                        .list())
                .as("nothing was consulted; the refused read is on record")
                .containsExactly("case.read.denied");
        assertThat(page("mm.officer", "/cases").getContentAsString()).doesNotContain(caseId);

        MockHttpServletResponse audited = page("auditor", "/cases/" + caseId);
        assertThat(audited.getStatus()).isEqualTo(200);
        assertThat(audited.getContentAsString()).contains("TH").contains("Full audit timeline");
        assertThat(page("cn.officer", "/cases/" + caseId).getStatus()).isEqualTo(200);
    }

    @Test
    void answersMalformedAndUnknownIdsWithTheNotFoundPage() throws Exception {
        for (String path : List.of(
                "/cases/not-a-uuid",
                "/cases/" + UUID.randomUUID(),
                "/cases/'--",
                "/operations/not-a-uuid",
                "/operations/" + UUID.randomUUID(),
                "/documents/not-a-uuid",
                "/documents/" + UUID.randomUUID())) {
            MockHttpServletResponse response = page("cn.officer", path);
            assertThat(response.getStatus()).as(path).isEqualTo(404);
            assertThat(response.getContentAsString()).as(path).contains("does not exist, or you may not see it");
        }
        String extradition = scenario().awaitingSupplementaryInformation();
        assertThat(page("cn.officer", "/operations/" + extradition).getStatus())
                .as("a case that is no operation")
                .isEqualTo(404);
        assertThat(page("cn.officer", "/cases/" + extradition + "?persons=-3").getStatus())
                .isEqualTo(200);
    }

    @Test
    void downloadsADocumentThroughTheApisChecksAndLogsTheRead() throws Exception {
        String caseId = scenario().awaitingSupplementaryInformation();
        StoredDocument document = archive.listFor(UUID.fromString(caseId)).get(0);
        long before = lastSequence();
        MockHttpServletResponse pdf = page("mm.officer", "/documents/" + document.id());
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("X-Content-SHA256")).isEqualTo(document.sha256());
        assertThat(sha256(pdf.getContentAsByteArray())).isEqualTo(document.sha256());
        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE seq > ?")
                        .param(before)
                        .query(String.class)
                        .list())
                .containsExactly("document.read");
    }

    @Test
    void listsTheCallersCasesWithSearchFiltersAndDashboardLinks() throws Exception {
        String caseId = scenario().awaitingSupplementaryInformation();
        String reference = jdbc.sql("SELECT reference FROM comity_case WHERE id = ?")
                .param(UUID.fromString(caseId))
                .query(String.class)
                .single();
        String operation = RepatriationFixtures.aPartlyRepatriatedOperation(port, management, 4_217, "Case list IT");

        String found = page(
                        "cn.officer",
                        "/cases?reference=" + reference.substring(4).toLowerCase())
                .getContentAsString();
        assertThat(found).contains("href=\"/cases/" + caseId + "\"").contains("Showing 1 of 1 case(s)");
        JsonNode api = as("cn.officer")
                .get("/api/v1/cases?reference=" + reference.substring(4).toLowerCase())
                .json();
        assertThat(api.get("total").asLong()).isOne();
        assertThat(api.get("items").get(0).get("id").asText()).isEqualTo(caseId);
        assertThat(as("cn.officer")
                        .get("/api/v1/cases?reference=" + "x".repeat(65))
                        .status())
                .isEqualTo(422);
        String repatriations = page("mm.officer", "/cases?type=REPATRIATION").getContentAsString();
        assertThat(repatriations)
                .contains("href=\"/operations/" + operation + "\"")
                .doesNotContain(caseId);
        assertThat(page("auditor", "/cases?status=SUPPLEMENTARY_REQUESTED").getContentAsString())
                .contains(caseId)
                .doesNotContain(operation);

        MockHttpServletResponse invalid = page("cn.officer", "/cases?type=PIRACY&reference=" + "x".repeat(65));
        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(invalid.getContentAsString())
                .contains("id=\"type-error\"")
                .contains("id=\"reference-error\"")
                .contains("value=\"" + "x".repeat(65) + "\"");
        assertThat(page("cn.officer", "/cases?page=abc").getStatus()).isEqualTo(400);
    }

    @Test
    void showsAnOperationsPersonsAndADashboardWithTheMetricsOfTheApi() throws Exception {
        String id = RepatriationFixtures.aPartlyRepatriatedOperation(port, management, 4_218, "Dashboard IT");

        String casePage = page("cn.officer", "/cases/" + id).getContentAsString();
        assertThat(section(casePage, "persons"))
                .contains("Repatriated")
                .contains("Referred")
                .contains("Ready for transfer")
                .contains("Confirmed national of the receiving state")
                .contains("Not confirmed");
        JsonNode persons =
                as("cn.officer").get("/api/v1/repatriations/" + id + "/persons").json();
        assertThat(persons).hasSize(12);
        assertThat(persons.findValuesAsText("stage"))
                .containsOnly("REPATRIATED", "REFERRED", "READY_FOR_TRANSFER")
                .filteredOn("REPATRIATED"::equals)
                .hasSize(6);
        assertThat(persons.findValuesAsText("nationalityVerification"))
                .containsOnly("CONFIRMED", "NOT_CONFIRMED")
                .filteredOn("NOT_CONFIRMED"::equals)
                .hasSize(2);
        persons.forEach(p -> assertThat(casePage)
                .contains(p.get("nameOriginal").asText())
                .contains(p.get("nameLatin").asText())
                .contains(p.get("dateOfBirth").asText()));
        assertThat(casePage)
                .contains("href=\"/operations/" + id + "\"")
                .contains("Handover Manifest")
                .contains("Handover Receipt");

        JsonNode metrics =
                as("mm.officer").get("/api/v1/operations/" + id + "/metrics").json();
        MockHttpServletResponse response = page("mm.officer", "/operations/" + id);
        assertThat(response.getStatus()).isEqualTo(200);
        String html = response.getContentAsString();
        assertThat(cell(html, "figure-suspects"))
                .isEqualTo(metrics.get("suspectsRepatriated").asText())
                .isEqualTo("6");
        assertThat(cell(html, "figure-call-centres"))
                .isEqualTo(metrics.get("callCentresRaided").asText())
                .isEqualTo("18");
        assertThat(cell(html, "figure-regions"))
                .isEqualTo(metrics.get("regionsCovered").asText())
                .isEqualTo("5");
        assertThat(cell(html, "figure-duration"))
                .isEqualTo(metrics.get("durationMonths").asText() + " month(s) ("
                        + metrics.get("durationDays").asText() + " days)")
                .startsWith("6 month(s)");
        assertThat(html).contains("data-period=\"" + metrics.get("duration").asText() + "\"");
        metrics.get("personsPerRegion")
                .fields()
                .forEachRemaining(r -> assertThat(section(html, "table-regions"))
                        .contains("<th scope=\"row\">" + r.getKey() + "</th><td class=\"number\">"
                                + r.getValue().asText() + "</td>"));
        assertThat(metrics.get("personsPerStage").get("REPATRIATED").asLong()).isEqualTo(6);
        assertThat(section(html, "table-stages"))
                .contains("<th scope=\"row\">Repatriated</th><td class=\"number\">6</td>")
                .contains("<th scope=\"row\">Referred</th><td class=\"number\">2</td>")
                .contains("<th scope=\"row\">Ready for transfer</th><td class=\"number\">4</td>");
        String today = TestClock.todayInChina().toString();
        assertThat(metrics.get("repatriatedPerDay").get(today).asLong()).isEqualTo(6);
        assertThat(section(html, "table-days")).contains(">" + today + "</time></th>");
        assertThat(html)
                .as("three accessible charts")
                .contains("role=\"img\"")
                .contains("aria-labelledby=\"chart-regions-title chart-regions-desc\"")
                .contains("<desc id=\"chart-stages-desc\">")
                .contains("id=\"chart-days\"")
                .doesNotContain("style=");
        assertThat(page("mm.officer", "/operations/" + id + "?lang=zh").getContentAsString())
                .contains("遣返犯罪嫌疑人")
                .contains("各地区人数")
                .contains("已遣返");
    }

    private long lastSequence() {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM audit_log")
                .query(Long.class)
                .single();
    }

    /** The element with this id, up to its end tag (tables and sections in these pages do not nest). */
    static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("element #" + id).isPositive();
        int table = html.indexOf("</table>", start);
        int section = html.indexOf("</section>", start);
        int end = table < 0 ? section : section < 0 ? table : Math.min(table, section);
        return html.substring(start, end);
    }

    private static String cell(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(html);
        assertThat(m.find()).as(id).isTrue();
        return m.group(1);
    }

    static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
