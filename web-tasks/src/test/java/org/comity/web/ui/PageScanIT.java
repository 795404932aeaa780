package org.comity.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.Cookie;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.comity.core.archive.DocumentArchive;
import org.comity.web.CaseScenario;
import org.comity.web.TestApi;
import org.comity.web.extradition.ExtraditionCaseScenario;
import org.comity.web.extradition.ExtraditionRequestBodies;
import org.comity.web.mla.MlaRequestBodies;
import org.comity.web.repatriation.RepatriationFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Signs in as each demo role and reads, in English and in 中文, every page reachable from the
 * navigation (following links a few levels, a couple of pages of each kind), the case page of one case
 * per procedure (which lists its documents), the role's task pages of those cases, and a task form
 * sent back with errors; and fails on anything {@link RawValues} finds: message keys, enum constants,
 * process and activity ids, Bean Validation's default English, English where Chinese exists.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageScanIT extends org.comity.web.WebIT {

    private static final int PAGES_PER_KIND = 2;
    private static final int MAX_PAGES = 90;
    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)\"");
    private static final Pattern ID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\b\\d+\\b|\\b[A-Z]+-[A-Z]{2}-\\d{4}-\\d+\\b");
    private static final List<String> NOT_PAGES = List.of(
            "/logout", "/api/", "/documents/", "/css/", "/js/", "/swagger", "/v3/", ".csv", ".pdf", "/report", "lang=");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @Autowired
    RepositoryService repository;

    @Autowired
    ManagementService management;

    @Autowired
    DocumentArchive archive;

    private RawValues rules;
    private final List<String> caseIds = new ArrayList<>();
    private String operationId;

    @BeforeAll
    void oneCasePerProcedure() throws Exception {
        ExtraditionCaseScenario extradition = new ExtraditionCaseScenario(port, runtime, management, archive);
        caseIds.add(extradition.awaitingSupplementaryInformation());
        CaseScenario.Submitted review = extradition.submit(
                "demo-cn-mps",
                "scan-" + UUID.randomUUID(),
                ExtraditionRequestBodies.aRequestFromChinaForAChineseNationalInMyanmar());
        extradition.runJobs(review.caseId());
        caseIds.add(review.caseId());
        CaseScenario.Submitted mla = extradition.submit(
                "/api/v1/mla-requests",
                "demo-cn-mps",
                "scan-" + UUID.randomUUID(),
                MlaRequestBodies.aRequestFromChinaForBankAndTelecomRecords());
        extradition.runJobs(mla.caseId());
        extradition.completeOk(
                "cn.supervisor", mla.caseId(), "Task_ReviewRequest", Map.of("reviewDecision", "APPROVE"));
        caseIds.add(mla.caseId());
        CaseScenario.Submitted mlaReview = extradition.submit(
                "/api/v1/mla-requests",
                "demo-cn-mps",
                "scan-" + UUID.randomUUID(),
                MlaRequestBodies.aRequestFromChinaForBankAndTelecomRecords());
        extradition.runJobs(mlaReview.caseId());
        caseIds.add(mlaReview.caseId());
        operationId = RepatriationFixtures.aPartlyRepatriatedOperation(port, management, 91, "Scan operation");
        caseIds.add(operationId);
        caseIds.add(startCase("CN"));
        caseIds.add(startCase("MM"));
        rules = new RawValues(
                RawValues.classpath("messages.properties"),
                RawValues.classpath("messages_zh.properties"),
                RawValues.classpath("org/hibernate/validator/ValidationMessages.properties"),
                modelNames());
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "cn.officer,en",
        "cn.officer,zh",
        "cn.supervisor,en",
        "cn.supervisor,zh",
        "mm.officer,en",
        "mm.officer,zh",
        "mm.supervisor,en",
        "mm.supervisor,zh",
        "auditor,en",
        "auditor,zh"
    })
    void noPageShowsARawValue(String who, String language) throws Exception {
        Map<String, List<String>> findings = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(
                "/",
                "/tasks",
                "/cases",
                "/escalation",
                "/incidents",
                "/audit",
                "/requests/new",
                "/operations/" + operationId));
        caseIds.forEach(id -> queue.add("/cases/" + id));
        taskPages(who).forEach(queue::add);
        Set<String> named = Set.copyOf(queue); // the fixtures' pages are all read; followed links a few of each kind
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Integer> perKind = new HashMap<>();
        int read = 0;
        while (!queue.isEmpty() && read < MAX_PAGES) {
            String path = queue.poll();
            String kind = ID.matcher(path.replaceAll("\\?.*", "")).replaceAll("{id}");
            if (!seen.add(path)
                    || perKind.merge(kind, 1, Integer::sum) > PAGES_PER_KIND && !named.contains(path)
                    || NOT_PAGES.stream().anyMatch(path::contains)) {
                continue;
            }
            read++;
            MvcResult result = mvc.perform(get(path)
                            .with(user(people.loadUserByUsername(who)))
                            .cookie(new Cookie("comity-lang", language)))
                    .andReturn();
            String location = result.getResponse().getRedirectedUrl();
            if (location != null && location.startsWith("/")) {
                queue.add(location);
                continue;
            }
            scan(path, result, language, findings).forEach(queue::add);
        }
        for (String task : taskPages(who)) {
            MvcResult refused = mvc.perform(post(task + "/complete")
                            .with(csrf())
                            .with(user(people.loadUserByUsername(who)))
                            .cookie(new Cookie("comity-lang", language))
                            .param("effectiveDate", "2000-01-01")
                            .param("copies", "99"))
                    .andReturn();
            if (refused.getResponse().getStatus() == 422) {
                scan(task + " (sent back with errors)", refused, language, findings);
            }
        }
        System.out.printf("page scan %s %s: %d pages read, %d with findings%n", who, language, read, findings.size());
        assertThat(read).as("pages read").isGreaterThan(5);
        assertThat(findings)
                .as("raw values on the pages of " + who + " in " + language)
                .isEmpty();
    }

    /** Scans an HTML answer; returns the links it holds. */
    private List<String> scan(String path, MvcResult result, String language, Map<String, List<String>> findings)
            throws Exception {
        String type = result.getResponse().getContentType();
        if (type == null || !type.startsWith("text/html")) {
            return List.of();
        }
        String html = result.getResponse().getContentAsString();
        List<String> found = rules.findings(RawValues.readableText(html), language);
        if (!found.isEmpty()) {
            findings.put(path, found);
        }
        List<String> links = new ArrayList<>();
        Matcher href = HREF.matcher(html);
        while (href.find()) {
            links.add(org.springframework.web.util.HtmlUtils.htmlUnescape(href.group(1)));
        }
        return links;
    }

    /** One task page of each kind of the role's open tasks in the scanned cases. */
    private List<String> taskPages(String who) {
        if ("auditor".equals(who)) {
            return List.of();
        }
        Map<String, String> byKind = new LinkedHashMap<>();
        TestApi api = as(who);
        for (String caseId : caseIds) {
            JsonNode items =
                    api.get("/api/v1/tasks?size=100&caseId=" + caseId).json().path("items");
            items.forEach(task -> byKind.putIfAbsent(
                    task.get("taskKey").asText(), "/tasks/" + task.get("id").asText()));
        }
        return List.copyOf(byKind.values());
    }

    /** The names the deployed models give their processes and elements, which are English only. */
    private List<String> modelNames() {
        List<String> names = new ArrayList<>();
        for (ProcessDefinition definition :
                repository.createProcessDefinitionQuery().latestVersion().list()) {
            var model = repository.getBpmnModelInstance(definition.getId());
            model.getModelElementsByType(Process.class).forEach(p -> names.add(p.getName() == null ? "" : p.getName()));
            model.getModelElementsByType(FlowNode.class)
                    .forEach(n -> names.add(n.getName() == null ? "" : n.getName()));
        }
        return names;
    }
}
