package org.comity.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.comity.web.WebIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The tasklist in a real browser (Debian's Chromium, headless) against the running application:
 * what an officer does all day. Each test leaves a screenshot under {@code target/screenshots/}.
 */
class TasklistBrowserIT extends WebIT {

    private Browser browser;
    private String testName;

    @BeforeAll
    static void chromiumIsInstalled() {
        assertThat(Browser.available())
                .as("Debian's chromium and chromium-driver (.ci/run installs them)")
                .isTrue();
    }

    private Browser browser(TestInfo info) {
        testName = info.getTestMethod().orElseThrow().getName();
        browser = new Browser(port, "en");
        return browser;
    }

    @AfterEach
    void screenshotAndClose() {
        if (browser != null) {
            browser.screenshot(testName);
            browser.close();
        }
    }

    @Test
    void signsInAndOut(TestInfo info) {
        Browser b = browser(info);
        b.signIn("cn.officer", PASSWORD);
        assertThat(b.text())
                .contains("Signed in as Li Wei")
                .contains("Jurisdiction: CN")
                .contains("My tasks");
        b.find(By.cssSelector("form[action='/logout'] button")).click();
        assertThat(b.text()).contains("You have been signed out.");
        b.open("/tasks");
        assertThat(b.driver().getCurrentUrl()).endsWith("/login");
    }

    @Test
    void refusesAWrongPassword(TestInfo info) {
        Browser b = browser(info);
        b.signIn("mm.officer", "not-the-password");
        assertThat(b.text()).contains("The user name or password is not correct.");
    }

    @Test
    void claimsSubmitsAnInvalidFormSeesTheErrorCorrectsAndCompletes(TestInfo info) {
        String caseId = startCase("CN");
        String taskId = openTask(caseId, "Task_RecordDecision");
        Browser b = browser(info);
        b.signIn("cn.officer", PASSWORD);
        b.open("/tasks?caseId=" + caseId);
        b.find(By.linkText("Record the decision")).click();
        b.find(By.xpath("//button[text()='Claim']")).click();
        assertThat(b.text()).contains("cn.officer");

        new Select(b.find(By.id("decision"))).selectByValue("RETURN");
        b.find(By.id("copies")).sendKeys("3");
        b.submitWith(By.xpath("//button[text()='Complete task']"));
        assertThat(b.find(By.id("reasons-error")).getText()).contains("must be given when the decision is RETURN");
        assertThat(b.find(By.id("copies")).getAttribute("value")).isEqualTo("3");
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();

        b.find(By.id("reasons")).sendKeys("The warrant is missing 缺少逮捕令");
        b.submitWith(By.xpath("//button[text()='Complete task']"));
        assertThat(b.text()).contains("Task \"Record the decision\" completed.");
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
    }

    @Test
    void showsTheNotFoundPageForATaskOfTheOtherJurisdiction(TestInfo info) {
        String taskId = openTask(startCase("CN"), "Task_RecordDecision");
        Browser b = browser(info);
        b.signIn("mm.officer", PASSWORD);
        b.open("/tasks/" + taskId);
        assertThat(b.text()).contains("404").contains("does not exist, or you may not see it");
    }

    @Test
    void translatesTheTaskPageToChinese(TestInfo info) {
        String taskId = openTask(startCase("MM"), "Task_RecordDecision");
        Browser b = browser(info);
        b.signIn("mm.officer", PASSWORD);
        b.open("/tasks/" + taskId);
        b.find(By.id("switch-language")).click();
        assertThat(b.text()).contains("记录决定").contains("决定").contains("完成任务").contains("认领");
        b.open("/tasks");
        assertThat(b.text()).contains("我的任务").contains("记录决定");
    }
}
