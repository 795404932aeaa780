package org.comity.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.comity.core.archive.DocumentArchive;
import org.comity.web.CaseScenario;
import org.comity.web.WebIT;
import org.comity.web.extradition.ExtraditionRequestBodies;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The auditor's timeline tells its details in words (issue 12): a completed form's values read
 * "Label: value" with the form's own labels and option labels in English and Chinese, an engine
 * operation reads as what it changed, an audit entry as its number; the stored text stays behind a
 * collapsed "technical detail" only. The page is scanned like {@code PageScanIT}: no key, enum
 * constant, model id or stored JSON outside that collapsed detail.
 */
class AuditTimelineWordsIT extends WebIT {

    private static final String REASONS = "The date of the warrant is missing from the request";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @Autowired
    ManagementService management;

    @Autowired
    DocumentArchive archive;

    @Autowired
    RepositoryService repository;

    @ParameterizedTest(name = "in {0}")
    @CsvSource({
        "en, Decision: Return for correction, 'Reasons: ', Assigned to: cn.supervisor, Audit log entry no.,"
                + " Technical detail",
        "zh, 决定: 退回修改, '理由: ', 分配给：cn.supervisor, 审计日志第, 技术细节"
    })
    void showsFormValuesAndOperationsInWordsAndTheStoredTextOnlyCollapsed(
            String language, String decision, String reasons, String assigned, String entry, String technical)
            throws Exception {
        String caseId = aReturnedRequest();
        String html = timeline(caseId, language);
        assertThat(html)
                .contains(decision)
                .contains(reasons + REASONS)
                .contains(assigned)
                .contains(entry)
                .contains("<summary>" + technical);
        String shown = html.replaceAll("(?s)<details class=\"technical\">.*?</details>", "");
        assertThat(shown)
                .as("stored values and codes only in the collapsed detail")
                .doesNotContain("reviewDecision")
                .doesNotContain("RETURN")
                .doesNotContain("{&quot;")
                .doesNotContain("assignee =")
                .doesNotContain("sha-256")
                .doesNotContain("<code");
        assertThat(html)
                .as("still there for the auditor who needs it")
                .contains("reviewDecision")
                .contains("assignee = cn.supervisor")
                .contains("sha-256 ");
        RawValues rules = new RawValues(
                RawValues.classpath("messages.properties"),
                RawValues.classpath("messages_zh.properties"),
                RawValues.classpath("org/hibernate/validator/ValidationMessages.properties"),
                modelNames());
        assertThat(rules.findings(RawValues.readableText(html), language)).isEmpty();
    }

    private String aReturnedRequest() {
        CaseScenario scenario = new CaseScenario(port, runtime, management, archive);
        CaseScenario.Submitted created = scenario.submit(
                "/api/v1/extraditions",
                "demo-cn-mps",
                "timeline-" + UUID.randomUUID(),
                ExtraditionRequestBodies.aRequestFromChinaForAChineseNationalInMyanmar());
        assertThat(created.status()).isEqualTo(201);
        scenario.runJobs(created.caseId());
        String review = scenario.taskId("cn.supervisor", created.caseId(), "Task_ReviewRequest");
        assertThat(scenario.as("cn.supervisor")
                        .post("/api/v1/tasks/" + review + "/claim", Map.of())
                        .status())
                .isEqualTo(204);
        scenario.completeOk(
                "cn.supervisor",
                created.caseId(),
                "Task_ReviewRequest",
                Map.of("reviewDecision", "RETURN", "reasons", REASONS));
        return created.caseId();
    }

    private String timeline(String caseId, String language) throws Exception {
        MvcResult result = mvc.perform(get("/audit/cases/" + caseId)
                        .with(user(people.loadUserByUsername("auditor")))
                        .cookie(new Cookie("comity-lang", language)))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

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
