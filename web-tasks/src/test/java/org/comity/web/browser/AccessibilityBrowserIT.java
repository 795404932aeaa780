package org.comity.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.comity.core.archive.DocumentArchive;
import org.comity.core.repatriation.RepatriationModel;
import org.comity.web.WebIT;
import org.comity.web.extradition.ExtraditionCaseScenario;
import org.comity.web.repatriation.RepatriationFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page of the tasklist checked in Chromium by axe-core (Deque) against WCAG 2.1 levels A and
 * AA (issue #6 item 8): names and labels, contrast of the rendered colours, landmarks, table
 * headers, language, ARIA use. Each page is checked as the officer sees it, in English and 中文 and
 * at tablet width where the layout changes; a violation names the page, the rule and the elements.
 * Screenshots of each page land in {@code target/screenshots/a11y-*}.
 */
class AccessibilityBrowserIT extends WebIT {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Autowired
    ManagementService management;

    @Autowired
    DocumentArchive archive;

    private Browser browser;
    private final List<String> violations = new ArrayList<>();

    @BeforeAll
    static void chromiumIsInstalled() {
        assertThat(Browser.available())
                .as("Debian's chromium and chromium-driver (.ci/run installs them)")
                .isTrue();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
        RepatriationFixtures.deleteRepatriationProcesses(runtime);
    }

    @Test
    void theOfficersPagesMeetWcag21AA() {
        String caseId =
                new ExtraditionCaseScenario(port, runtime, management, archive).awaitingSupplementaryInformation();
        String taskId = openTask(startCase("CN"), "Task_RecordDecision");
        browser = new Browser(port, "en");
        check("login", "/login");
        check("login-zh", "/login?lang=zh");
        browser.signIn("cn.officer", PASSWORD);
        check("tasks", "/tasks?lang=en");
        check("tasks-search", "/tasks?person=%E5%BC%A0%E4%BC%9F");
        check("task", "/tasks/" + taskId);
        new Select(browser.find(By.id("decision"))).selectByValue("RETURN");
        browser.find(By.cssSelector("form.task-form button[type=submit]")).click();
        assertThat(browser.find(By.id("reasons-error")).getText())
                .as("the server's error is shown")
                .isNotBlank();
        checkCurrent("task-errors");
        check("task-zh", "/tasks/" + taskId + "?lang=zh");
        check("task-from-list", "/tasks/" + taskId + "?sort=DUE&lang=en");
        browser.driver().executeScript("window.ComitySession.warn()");
        checkOpenDialog("session-warning");
        check("task-from-list-again", "/tasks/" + openTask(startCase("CN"), "Task_RecordDecision") + "?sort=DUE");
        new Select(browser.find(By.id("decision"))).selectByValue("APPROVE");
        browser.submitWith(By.id("complete-and-next"));
        assertThat(browser.find(By.id("completion-outcome")).getText()).contains("Next step: Review the decision");
        checkCurrent("after-complete-and-next");
        check("bulk", "/tasks/bulk?lang=en&taskKey=Task_RecordDecision&taskId=" + taskId);
        check("cases", "/cases");
        check("case", "/cases/" + caseId);
        check("new-request", "/requests/new");
        check("wizard-extradition", "/requests/new/extradition");
        check("wizard-mla", "/requests/new/mla");
        check("not-found", "/cases/00000000-0000-0000-0000-000000000000");
        browser.driver().manage().window().setSize(new Dimension(768, 1024));
        check("tasks-768", "/tasks");
        check("case-768", "/cases/" + caseId);
        check("task-from-list-768", "/tasks/" + taskId + "?sort=DUE");
        assertThat(violations).as("WCAG 2.1 A/AA violations found by axe-core").isEmpty();
    }

    @Test
    void thePagesThatNameAPersonMeetWcag21AA() {
        String operation = RepatriationFixtures.open(
                withToken("demo-mm-mpf"),
                RepatriationFixtures.theSeedOperation(
                        "Accessible persons",
                        List.of(
                                RepatriationFixtures.aDetainee("尉迟恭", "YUCHI Gong", LocalDate.of(1985, 1, 2)),
                                RepatriationFixtures.aDetainee("尉迟敬", "YUCHI Jing", LocalDate.of(1985, 1, 3)))));
        List<String> verifications =
                RepatriationFixtures.taskIds(as("cn.officer"), operation, RepatriationModel.TASK_VERIFY_NATIONALITY);
        browser = new Browser(port, "en");
        browser.signIn("cn.officer", PASSWORD);
        check("tasks-persons", "/tasks?caseId=" + operation);
        check("task-person", "/tasks/" + verifications.get(0));
        check("bulk-consequential", "/tasks/bulk?taskId=" + verifications.get(0) + "&taskId=" + verifications.get(1));
        RepatriationFixtures.bulk(as("cn.officer"), verifications, Map.of("nationalityVerification", "CONFIRMED"));
        List<String> documents =
                RepatriationFixtures.taskIds(as("cn.officer"), operation, RepatriationModel.TASK_ISSUE_TRAVEL_DOCUMENT);
        check("bulk-rows", "/tasks/bulk?taskId=" + documents.get(0) + "&taskId=" + documents.get(1));
        for (var number : browser.driver().findElements(By.cssSelector("input[name$='.travelDocumentNumber']"))) {
            number.sendKeys("EG4400001");
        }
        browser.find(By.cssSelector("form.task-form button[type=submit]")).click();
        checkCurrent("bulk-rows-errors");
        check("task-person-zh", "/tasks/" + documents.get(0) + "?lang=zh");
        assertThat(violations).as("WCAG 2.1 A/AA violations found by axe-core").isEmpty();
    }

    @Test
    void theDashboardAndTheAuditPagesMeetWcag21AA() {
        String operation =
                RepatriationFixtures.aPartlyRepatriatedOperation(port, management, 4_401, "Accessible dashboard");
        browser = new Browser(port, "en");
        browser.signIn("mm.officer", PASSWORD);
        check("operation-case", "/cases/" + operation);
        check("dashboard", "/operations/" + operation);
        check("dashboard-zh", "/operations/" + operation + "?lang=zh");
        browser.find(By.cssSelector("form[action='/logout'] button")).click();
        browser.signIn("auditor", PASSWORD);
        check("audit", "/audit?lang=en");
        assertThat(violations).as("WCAG 2.1 A/AA violations found by axe-core").isEmpty();
    }

    @Test
    void findsAViolationWhenThereIsOne() {
        browser = new Browser(port, "en");
        browser.open("/login");
        browser.driver().executeScript("""
                const field = document.createElement('input');
                field.type = 'text';
                document.querySelector('form').appendChild(field);
                document.querySelector('h1').style.color = '#bbbbbb';""");
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver());
        assertThat(results.getViolations()).extracting(Rule::getId).contains("label", "color-contrast");
    }

    private void check(String name, String path) {
        browser.open(path);
        checkCurrent(name);
    }

    /**
     * The page with a modal dialog open: axe then checks the dialog alone (the page behind it is
     * inert), so the page-level rules the other checks expect to pass are not looked for.
     */
    private void checkOpenDialog(String name) {
        browser.screenshot("a11y-" + name);
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver());
        assertThat(results.isErrored()).as(name + ": axe ran").isFalse();
        results.getViolations().forEach(rule -> violations.add(name + ": " + rule.getId() + " " + rule.getHelp()));
    }

    private void checkCurrent(String name) {
        browser.screenshot("a11y-" + name);
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver());
        assertThat(results.isErrored()).as(name + ": axe ran").isFalse();
        assertThat(results.getPasses())
                .extracting(Rule::getId)
                .as(name + ": axe checked the page")
                .contains("document-title", "html-has-lang");
        for (Rule rule : results.getViolations()) {
            violations.add(
                    name + " (" + browser.driver().getCurrentUrl() + "): " + rule.getId() + " [" + rule.getImpact()
                            + "] " + rule.getHelp() + " — "
                            + rule.getNodes().stream()
                                    .map(node -> String.valueOf(node.getTarget()))
                                    .collect(Collectors.joining(", ")));
        }
    }
}
