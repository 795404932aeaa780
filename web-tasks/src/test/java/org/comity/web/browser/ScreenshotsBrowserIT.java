package org.comity.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.comity.core.repatriation.RepatriationModel.TASK_VERIFY_NATIONALITY;
import static org.comity.web.repatriation.RepatriationFixtures.aDetainee;
import static org.comity.web.repatriation.RepatriationFixtures.theSeedOperation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.comity.core.archive.DocumentArchive;
import org.comity.web.CaseScenario;
import org.comity.web.WebIT;
import org.comity.web.extradition.ExtraditionCaseScenario;
import org.comity.web.extradition.ExtraditionRequestBodies;
import org.comity.web.repatriation.RepatriationFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The README's screenshots of the tasklist: the task list, a person's task, a supervisor's review of
 * a request and the bulk form, each at 1280 px and at 768 px, in Chromium against the running
 * application. Each screenshot is taken only after the page shows the facts its user decides on, so
 * a screenshot of a page that lost them fails here instead of landing in the docs.
 *
 * <p>The images are written to {@code comity.screenshots.dir} ({@code scripts/screenshots} sets it to
 * {@code docs/screenshots/}); in an ordinary run they go to {@code target/screenshots/docs/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreenshotsBrowserIT extends WebIT {

    @Autowired
    ManagementService management;

    @Autowired
    DocumentArchive archive;

    private String operation;
    private String extradition;

    @BeforeAll
    void seedWhatThePagesShow() {
        assertThat(Browser.available())
                .as("Debian's chromium and chromium-driver (.ci/run installs them)")
                .isTrue();
        operation = RepatriationFixtures.open(
                withToken("demo-mm-mpf"),
                theSeedOperation(
                        "Screenshots",
                        List.of(
                                aDetainee("欧阳锋", "OUYANG Feng", LocalDate.of(1978, 3, 14)),
                                aDetainee("欧阳克", "OUYANG Ke", LocalDate.of(1999, 8, 2)),
                                aDetainee("黄药师", "HUANG Yaoshi", LocalDate.of(1975, 11, 30)))));
        CaseScenario scenario = new ExtraditionCaseScenario(port, runtime, management, archive);
        extradition = scenario.submit(
                        "/api/v1/extraditions",
                        "demo-cn-mps",
                        null,
                        ExtraditionRequestBodies.aProsecutionRequestWithEveryField())
                .caseId();
        scenario.runJobs(extradition);
    }

    @AfterAll
    void endTheOperations() {
        RepatriationFixtures.deleteRepatriationProcesses(runtime);
    }

    @ParameterizedTest(name = "{0} px")
    @CsvSource({"1280, 900", "768, 1024"})
    void takesTheTasklistsScreenshots(int width, int height) throws IOException {
        try (Browser officer = new Browser(port, "en")) {
            officer.driver().manage().window().setSize(new Dimension(width, height));
            officer.signIn("cn.officer", PASSWORD);
            officer.open("/tasks?caseId=" + operation + "&taskKey=" + TASK_VERIFY_NATIONALITY + "&sort=NAME");
            assertThat(officer.find(By.id("showing")).getText()).isEqualTo("Showing 3 of 3 task(s)");
            assertThat(officer.text()).contains("OUYANG Feng").contains("欧阳克").contains("HUANG Yaoshi");
            save(officer, "task-list", width);

            officer.find(By.xpath("//tr[td/span[@class='name-latin' and text()='OUYANG Feng']]"
                            + "//a[text()='Verify nationality']"))
                    .click();
            assertThat(officer.find(By.id("subject")).getText()).contains("欧阳锋").contains("1978-03-14");
            save(officer, "person-task", width);

            officer.open("/tasks?caseId=" + operation + "&taskKey=" + TASK_VERIFY_NATIONALITY);
            officer.find(By.xpath("//button[@value='all']")).click();
            assertThat(officer.find(By.tagName("h1")).getText()).isEqualTo("Verify nationality: complete 3 tasks");
            assertThat(officer.text()).contains("OUYANG Ke");
            save(officer, "bulk-form", width);
        }
        try (Browser supervisor = new Browser(port, "en")) {
            supervisor.driver().manage().window().setSize(new Dimension(width, height));
            supervisor.signIn("cn.supervisor", PASSWORD);
            supervisor.open("/tasks?caseId=" + extradition);
            supervisor.find(By.partialLinkText("Review")).click();
            assertThat(supervisor.find(By.tagName("h1")).getText()).startsWith("Review");
            save(supervisor, "review-task", width);
        }
    }

    private static Path directory() {
        return Path.of(System.getProperty("comity.screenshots.dir", "target/screenshots/docs"));
    }

    private static void save(Browser browser, String page, int width) throws IOException {
        Path dir = directory();
        Files.createDirectories(dir);
        Path shot = browser.driver().getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, dir.resolve(page + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
