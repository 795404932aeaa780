package org.comity.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.repatriation.RepatriationModel.TASK_VERIFY_NATIONALITY;
import static org.comity.web.repatriation.RepatriationFixtures.aDetainee;
import static org.comity.web.repatriation.RepatriationFixtures.theSeedOperation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.comity.core.repatriation.request.PersonInput;
import org.comity.web.TestClock;
import org.comity.web.WebIT;
import org.comity.web.repatriation.RepatriationFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Finding a person's task by a Chinese name and completing 50 tasks at once, in Debian's Chromium
 * against the running application. Each test leaves a screenshot under {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkBrowserIT extends WebIT {

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

    private Browser signedIn(TestInfo info, String user) {
        testName = info.getTestMethod().orElseThrow().getName();
        browser = new Browser(port, "en");
        browser.signIn(user, PASSWORD);
        return browser;
    }

    @AfterEach
    void screenshotAndClose() {
        Browser.finish(browser, testName);
        browser = null;
    }

    @Test
    void findsAPersonsTaskByTheirChineseName(TestInfo info) {
        String operation = RepatriationFixtures.open(
                withToken("demo-mm-mpf"),
                theSeedOperation(
                        "Browser search",
                        List.of(
                                aDetainee("独孤求败", "DUGU Qiubai", LocalDate.of(1979, 4, 1)),
                                aDetainee("独孤九剑", "DUGU Jiujian", LocalDate.of(1979, 4, 2)))));
        Browser b = signedIn(info, "cn.officer");
        b.open("/tasks");
        b.find(By.id("person")).sendKeys("独孤求败");
        b.find(By.cssSelector("form.search button[type=submit]")).click();

        assertThat(b.find(By.id("showing")).getText()).isEqualTo("Showing 1 of 1 task(s)");
        assertThat(b.find(By.id("person")).getAttribute("value")).isEqualTo("独孤求败");
        assertThat(b.text()).contains(operation).contains("All (1)");
        b.find(By.linkText("Verify nationality")).click();
        assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("Verify nationality");
        b.driver().navigate().back();

        b.find(By.id("person")).clear();
        b.find(By.id("person")).sendKeys("dugu");
        b.find(By.cssSelector("form.search button[type=submit]")).click();
        assertThat(b.find(By.id("showing")).getText()).isEqualTo("Showing 2 of 2 task(s)");
    }

    @Test
    void completesFiftyTasksFromTheTaskListAndSeesFiftyCompleted(TestInfo info) {
        List<PersonInput> persons = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            persons.add(aDetainee(
                    "端木" + (char) ('赐' + i),
                    "DUANMU Ci" + (char) ('a' + i % 26) + (char) ('a' + i / 26),
                    LocalDate.of(1983, 1, 1).plusDays(i)));
        }
        String operation =
                RepatriationFixtures.open(withToken("demo-mm-mpf"), theSeedOperation("Browser bulk", persons));
        Browser b = signedIn(info, "cn.officer");
        b.open("/tasks");
        new Select(b.find(By.id("taskKey"))).selectByValue(TASK_VERIFY_NATIONALITY);
        b.find(By.id("caseId")).sendKeys(operation);
        b.find(By.cssSelector("form.search button[type=submit]")).click();
        assertThat(b.find(By.id("showing")).getText()).isEqualTo("Showing 25 of 50 task(s)");
        b.screenshot("taskListFilteredToOneKind");

        WebElement selectPage = b.find(By.id("select-page"));
        selectPage.click();
        assertThat(b.driver().findElements(By.cssSelector("input[name=taskId]:checked")))
                .hasSize(25);
        selectPage.click();
        assertThat(b.driver().findElements(By.cssSelector("input[name=taskId]:checked")))
                .isEmpty();

        b.find(By.xpath("//button[@value='all']")).click();
        assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("Verify nationality: complete 50 tasks");
        new Select(b.find(By.id("nationalityVerification"))).selectByValue("CONFIRMED");
        b.screenshot("bulkFormForFiftyTasks");
        b.find(By.xpath("//button[text()='Complete 50 tasks']")).click();

        WebElement summary =
                new WebDriverWait(b.driver(), Duration.ofSeconds(120)).until(d -> d.findElement(By.id("bulk-summary")));
        assertThat(summary.getText()).isEqualTo("50 completed, 0 not completed, of 50 tasks.");
        assertThat(b.driver().findElements(By.cssSelector("#outcomes tr.completed a")))
                .hasSize(50);
        assertThat(RepatriationFixtures.taskIds(as("cn.officer"), operation, TASK_VERIFY_NATIONALITY))
                .isEmpty();
    }

    @Test
    void verifiesTheNationalityOfThePersonTheListNamesAfterReadingTheirFacts(TestInfo info) {
        String operation = RepatriationFixtures.open(
                withToken("demo-mm-mpf"),
                theSeedOperation(
                        "Browser subjects",
                        List.of(
                                aDetainee("令狐冲", "LINGHU Chong", LocalDate.of(1984, 7, 8)),
                                aDetainee("令狐伯", "LINGHU Bo", LocalDate.of(1984, 7, 9)))));
        Browser b = signedIn(info, "cn.officer");
        b.open("/tasks?caseId=" + operation + "&sort=NAME");
        assertThat(b.find(By.id("showing")).getText()).isEqualTo("Showing 2 of 2 task(s)");
        List<WebElement> names = b.driver().findElements(By.cssSelector("td.subject .name-latin"));
        assertThat(names).extracting(WebElement::getText).containsExactly("LINGHU Bo", "LINGHU Chong");
        b.screenshot("taskListWithPersons");

        b.find(By.xpath("//tr[td/span[@class='name-latin' and text()='LINGHU Chong']]//a[text()='Verify nationality']"))
                .click();
        WebElement person = b.find(By.id("subject"));
        assertThat(person.getText())
                .contains("令狐冲")
                .contains("LINGHU Chong")
                .contains("1984-07-08")
                .contains("Male")
                .contains("CN · People's Republic of China")
                .contains("Suspect")
                .contains("None found with the person");
        new Select(b.find(By.id("nationalityVerification"))).selectByValue("CONFIRMED");
        b.find(By.xpath("//button[text()='Complete task']")).click();
        assertThat(b.text()).contains("Task \"Verify nationality\" completed.");

        List<String> left = RepatriationFixtures.taskIds(as("cn.officer"), operation, TASK_VERIFY_NATIONALITY);
        assertThat(left).hasSize(1);
        b.open("/tasks?caseId=" + operation + "&taskKey=Task_IssueTravelDocument");
        assertThat(b.find(By.cssSelector("td.subject")).getText())
                .contains("令狐冲")
                .contains("LINGHU Chong");
    }

    @Test
    void refusesOneTravelDocumentNumberForTwoPersonsNamingBothRows(TestInfo info) {
        String operation = RepatriationFixtures.open(
                withToken("demo-mm-mpf"),
                theSeedOperation(
                        "Browser documents",
                        List.of(
                                aDetainee("夏侯惇", "XIAHOU Dun", LocalDate.of(1980, 2, 3)),
                                aDetainee("夏侯渊", "XIAHOU Yuan", LocalDate.of(1980, 2, 4)))));
        RepatriationFixtures.bulk(
                as("cn.officer"),
                RepatriationFixtures.taskIds(as("cn.officer"), operation, TASK_VERIFY_NATIONALITY),
                java.util.Map.of("nationalityVerification", "CONFIRMED"));
        Browser b = signedIn(info, "cn.officer");
        b.open("/tasks?taskKey=Task_IssueTravelDocument&caseId=" + operation);
        b.find(By.xpath("//button[@value='all']")).click();
        assertThat(b.find(By.id("affected-title")).getText()).isEqualTo("Who is affected: 2 task(s)");
        new Select(b.find(By.id("travelDocumentType"))).selectByValue("PASSPORT");
        String expiry = TestClock.todayInChina().plusYears(3).toString();
        for (WebElement number : b.driver().findElements(By.cssSelector("input[name$='.travelDocumentNumber']"))) {
            number.sendKeys("EF3300001");
        }
        for (WebElement date : b.driver().findElements(By.cssSelector("input[name$='.travelDocumentExpiry']"))) {
            ((org.openqa.selenium.JavascriptExecutor) b.driver())
                    .executeScript("arguments[0].value = arguments[1]", date, expiry);
        }
        b.find(By.xpath("//button[text()='Complete 2 tasks']")).click();
        assertThat(b.text())
                .contains("No task has been completed.")
                .containsPattern("The same value is given to row #[12] XIAHOU Yuan \\(夏侯渊\\): each person needs")
                .containsPattern("The same value is given to row #[12] XIAHOU Dun \\(夏侯惇\\): each person needs");
        b.screenshot("bulkFormRefusesADuplicateNumber");
        assertThat(RepatriationFixtures.taskIds(as("cn.officer"), operation, "Task_IssueTravelDocument"))
                .hasSize(2);

        List<WebElement> numbers = b.driver().findElements(By.cssSelector("input[name$='.travelDocumentNumber']"));
        numbers.get(1).clear();
        numbers.get(1).sendKeys("EF3300002");
        b.find(By.xpath("//button[text()='Complete 2 tasks']")).click();
        WebElement summary =
                new WebDriverWait(b.driver(), Duration.ofSeconds(60)).until(d -> d.findElement(By.id("bulk-summary")));
        assertThat(summary.getText()).isEqualTo("2 completed, 0 not completed, of 2 tasks.");
    }
}
