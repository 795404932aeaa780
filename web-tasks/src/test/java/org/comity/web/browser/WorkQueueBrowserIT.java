package org.comity.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.repatriation.RepatriationModel.TASK_VERIFY_NATIONALITY;
import static org.comity.web.repatriation.RepatriationFixtures.aDetainee;
import static org.comity.web.repatriation.RepatriationFixtures.theSeedOperation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.comity.web.WebIT;
import org.comity.web.repatriation.RepatriationFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/**
 * An officer working through a queue in Debian's Chromium: a named person's nationality verified
 * from the list, each further person in two clicks with "complete and open next"; the keyboard
 * shortcuts; the session-timeout warning; and a session that ends while the officer types, whose
 * values come back on the same task after signing in again. The session is ended on the server, as
 * the idle timeout ends it, not by waiting. Each test leaves a screenshot under {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkQueueBrowserIT extends WebIT {

    @Autowired
    ServletWebServerApplicationContext server;

    private Browser browser;
    private String testName;

    @BeforeAll
    void chromiumIsInstalled() {
        assertThat(Browser.available())
                .as("Debian's chromium and chromium-driver (.ci/run installs them)")
                .isTrue();
    }

    @AfterAll
    void endTheOperations() {
        RepatriationFixtures.deleteRepatriationProcesses(runtime);
    }

    @AfterEach
    void screenshotAndClose() {
        Browser.finish(browser, testName);
        browser = null;
    }

    private Browser signedIn(TestInfo info, String user) {
        testName = info.getTestMethod().orElseThrow().getName();
        browser = new Browser(port, "en");
        browser.signIn(user, PASSWORD);
        return browser;
    }

    @Test
    void verifiesANamedPersonsNationalityFromTheListThenEachFurtherPersonInTwoClicks(TestInfo info) {
        List<String> names = List.of("MURONG Fu", "MURONG Bo", "MURONG Qiu", "MURONG Xue");
        String operation = RepatriationFixtures.open(
                withToken("demo-mm-mpf"),
                theSeedOperation(
                        "Browser queue",
                        List.of(
                                aDetainee("慕容复", "MURONG Fu", LocalDate.of(1985, 3, 1)),
                                aDetainee("慕容博", "MURONG Bo", LocalDate.of(1985, 3, 2)),
                                aDetainee("慕容秋", "MURONG Qiu", LocalDate.of(1985, 3, 3)),
                                aDetainee("慕容雪", "MURONG Xue", LocalDate.of(1985, 3, 4)))));
        Browser b = signedIn(info, "cn.officer");
        b.open("/tasks?taskKey=" + TASK_VERIFY_NATIONALITY + "&caseId=" + operation + "&sort=NAME");
        assertThat(b.find(By.id("showing")).getText()).isEqualTo("Showing 4 of 4 task(s)");

        b.find(By.xpath("//tr[td/span[@class='name-latin' and text()='MURONG Bo']]//a[text()='Verify nationality']"))
                .click();
        assertThat(b.find(By.id("subject")).getText()).contains("慕容博").contains("MURONG Bo");
        assertThat(b.driver().switchTo().activeElement().getAttribute("id"))
                .as("focus on the task's heading")
                .isEqualTo("task-title");
        WebElement queue = b.find(By.id("queue"));
        assertThat(queue.getText()).contains("MURONG Fu").contains("MURONG Xue");
        assertThat(queue.getLocation().getX())
                .as("the list beside the task at 1280 px")
                .isGreaterThan(b.find(By.id("task-title")).getLocation().getX() + 400);
        b.screenshot("workQueueSideBySide");

        int clicks = 0;
        List<String> byName = List.of("MURONG Bo", "MURONG Fu", "MURONG Qiu", "MURONG Xue");
        for (int i = 0; i < byName.size(); i++) {
            assertThat(b.find(By.id("subject")).getText())
                    .as("the person of task %d", i)
                    .contains(byName.get(i));
            int before = clicks;
            new Select(b.find(By.id("nationalityVerification"))).selectByValue("CONFIRMED");
            clicks++;
            b.submitWith(By.id("complete-and-next"));
            clicks++;
            assertThat(clicks - before).as("clicks for one person").isLessThanOrEqualTo(2);
            assertThat(b.find(By.id("completion-outcome")).getText())
                    .contains("Task \"Verify nationality\" completed.")
                    .contains("Next step: Issue travel document");
        }
        assertThat(clicks).isEqualTo(8);
        assertThat(b.find(By.id("none-left")).getText()).isEqualTo("No task is left in this list.");
        assertThat(b.driver().getCurrentUrl())
                .contains("taskKey=" + TASK_VERIFY_NATIONALITY)
                .contains("sort=NAME")
                .contains("caseId=" + operation);
        assertThat(RepatriationFixtures.taskIds(as("cn.officer"), operation, TASK_VERIFY_NATIONALITY))
                .isEmpty();
        assertThat(RepatriationFixtures.taskIds(as("cn.officer"), operation, "Task_IssueTravelDocument"))
                .hasSize(4);
        assertThat(names).hasSize(4);
    }

    @Test
    void movesThroughTheListWithJAndKOpensWithEnterAndClaimsWithC(TestInfo info) {
        String operation = RepatriationFixtures.open(
                withToken("demo-mm-mpf"),
                theSeedOperation(
                        "Browser keys",
                        List.of(
                                aDetainee("司马甲", "SIMA Jia", LocalDate.of(1986, 5, 1)),
                                aDetainee("司马乙", "SIMA Yi", LocalDate.of(1986, 5, 2)),
                                aDetainee("司马丙", "SIMA Bing", LocalDate.of(1986, 5, 3)))));
        Browser b = signedIn(info, "cn.officer");
        b.open("/tasks?taskKey=" + TASK_VERIFY_NATIONALITY + "&caseId=" + operation + "&sort=NAME");
        assertThat(b.find(By.cssSelector("#shortcuts-help summary")).getText()).isEqualTo("Keyboard shortcuts");

        press(b, "j");
        press(b, "j");
        press(b, "k");
        press(b, "j");
        assertThat(chosenName(b)).isEqualTo("SIMA Jia"); // Bing, Jia, Yi by name
        press(b, "\n");
        showsThePerson(b, "SIMA Jia");

        press(b, "j");
        showsThePerson(b, "SIMA Yi");
        press(b, "k");
        showsThePerson(b, "SIMA Jia");

        b.find(By.id("remarks")).sendKeys("j k c");
        assertThat(b.find(By.id("subject")).getText())
                .as("no shortcut while typing")
                .contains("SIMA Jia");
        assertThat(b.find(By.id("remarks")).getAttribute("value")).isEqualTo("j k c");

        b.find(By.id("task-title")).click();
        press(b, "c");
        new WebDriverWait(b.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElements(By.id("claim-form")).isEmpty());
        assertThat(b.find(By.xpath("//dt[text()='Claimed by']/following-sibling::dd[1]"))
                        .getText())
                .isEqualTo("cn.officer");
        press(b, "?");
        assertThat(b.find(By.id("shortcuts-help")).getAttribute("open")).isNotNull();
    }

    @Test
    void keepsTheTypedValuesWhenTheSessionEndsAndReturnsToTheTaskAfterSigningIn(TestInfo info) {
        String caseId = startCase("CN");
        String taskId = openTask(caseId, "Task_RecordDecision");
        Browser b = signedIn(info, "cn.officer");
        b.open("/tasks?caseId=" + caseId + "&sort=DUE");
        b.find(By.linkText("Record the decision")).click();
        new Select(b.find(By.id("decision"))).selectByValue("RETURN");
        b.find(By.id("copies")).sendKeys("3");
        b.find(By.id("reasons")).sendKeys("The warrant is missing 缺少逮捕令");

        endTheSessionOnTheServer(b);
        b.submitWith(By.id("complete-only"));
        b.find(By.id("username")).sendKeys("cn.officer");
        assertThat(b.driver().getCurrentUrl()).endsWith("/login");
        b.find(By.id("password")).sendKeys(PASSWORD);
        b.submitWith(By.cssSelector("form[action='/login'] button[type=submit]"));

        assertThat(b.driver().getCurrentUrl()).contains("/tasks/" + taskId + "?caseId=" + caseId + "&sort=DUE");
        assertThat(b.find(By.id("session-ended")).getText())
                .startsWith("Your session had ended before the form was sent");
        assertThat(new Select(b.find(By.id("decision")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("RETURN");
        assertThat(b.find(By.id("copies")).getAttribute("value")).isEqualTo("3");
        assertThat(b.find(By.id("reasons")).getAttribute("value")).isEqualTo("The warrant is missing 缺少逮捕令");
        assertThat(b.find(By.id("draft-status")).getText())
                .isEqualTo("The values you typed earlier in this tab have been restored.");
        assertThat(tasks.createTaskQuery().taskId(taskId).count())
                .as("nothing was completed by the lost form")
                .isOne();

        b.submitWith(By.id("complete-only"));
        assertThat(b.text())
                .contains("Task \"Record the decision\" completed.")
                .contains("Next step: Review the decision");
        assertThat(b.driver().getCurrentUrl()).contains("caseId=" + caseId);
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
        assertThat(((JavascriptExecutor) b.driver())
                        .executeScript("return sessionStorage.getItem(arguments[0])", "comity.draft." + taskId))
                .as("the draft is forgotten once the task is completed")
                .isNull();
    }

    @Test
    void warnsBeforeTheSessionEndsAndKeepsItOnStaySignedIn(TestInfo info) {
        Browser b = signedIn(info, "cn.officer");
        b.open("/tasks");
        WebElement dialog = b.driver().findElement(By.id("session-warning"));
        assertThat(dialog.isDisplayed()).isFalse();
        assertThat(dialog.getAttribute("data-idle-seconds")).isEqualTo("900");
        ((JavascriptExecutor) b.driver()).executeScript("window.ComitySession.warn()");
        assertThat(b.find(By.id("session-warning-title")).getText()).isEqualTo("Your session is about to end");
        assertThat(b.find(By.id("session-warning-text")).getText()).contains("in about 3 minute(s)");
        b.screenshot("sessionTimeoutWarning");
        b.find(By.id("stay-signed-in")).click();
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(d -> !dialog.isDisplayed());

        ((JavascriptExecutor) b.driver()).executeScript("window.ComitySession.warn()");
        endTheSessionOnTheServer(b);
        b.find(By.id("stay-signed-in")).click();
        WebElement signIn = b.find(By.id("session-sign-in"));
        assertThat(b.find(By.id("session-ended-text")).getText()).startsWith("Your session has ended.");
        assertThat(signIn.getAttribute("href")).endsWith("/tasks");
    }

    private static void press(Browser b, String key) {
        new Actions(b.driver()).sendKeys(key).perform();
    }

    /** Waits for the task page of the person (the shortcut's navigation may still be on its way). */
    private static void showsThePerson(Browser b, String name) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> d.findElement(By.id("subject")).getText().contains(name));
    }

    private static String chosenName(Browser b) {
        return b.find(By.cssSelector("tr.chosen td.subject .name-latin")).getText();
    }

    /** Ends the browser's session in Tomcat, as the idle timeout does. */
    private void endTheSessionOnTheServer(Browser b) {
        String id = b.driver().manage().getCookieNamed("JSESSIONID").getValue();
        Context app = (Context)
                ((TomcatWebServer) server.getWebServer()).getTomcat().getHost().findChildren()[0];
        try {
            Session session = app.getManager().findSession(id);
            assertThat(session).as("the browser's session on the server").isNotNull();
            session.expire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
