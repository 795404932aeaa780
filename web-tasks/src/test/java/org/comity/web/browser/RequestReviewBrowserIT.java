package org.comity.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.comity.core.archive.DocumentArchive;
import org.comity.web.CaseScenario;
import org.comity.web.WebIT;
import org.comity.web.extradition.ExtraditionRequestBodies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A supervisor approves an extradition request after reading it on the task page, in Chromium
 * (issue 12, "Done when"): the review task names the person in the list, shows the person and the
 * offence as submitted, offers the draft preview of the request document (which reads back with the
 * same facts and the draft marking), and is approved with the confirmation a consequential decision
 * needs; the request document is then issued.
 */
class RequestReviewBrowserIT extends WebIT {

    @Autowired
    ManagementService management;

    @Autowired
    DocumentArchive archive;

    private Browser browser;
    private String testName;

    @BeforeAll
    static void chromiumIsInstalled() {
        assertThat(Browser.available())
                .as("Debian's chromium and chromium-driver (.ci/run installs them)")
                .isTrue();
    }

    @AfterEach
    void close() {
        Browser.finish(browser, testName);
    }

    @Test
    void aSupervisorReadsTheRequestOnTheReviewTaskOpensThePreviewAndApproves(TestInfo info) throws Exception {
        testName = info.getTestMethod().orElseThrow().getName();
        CaseScenario scenario = new CaseScenario(port, runtime, management, archive);
        CaseScenario.Submitted created = scenario.submit(
                "/api/v1/extraditions",
                "demo-cn-mps",
                "browser-review-" + UUID.randomUUID(),
                ExtraditionRequestBodies.aProsecutionRequestWithEveryField());
        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        String caseId = created.caseId();
        scenario.runJobs(caseId);

        browser = new Browser(port, "en");
        browser.signIn("cn.supervisor", PASSWORD);
        browser.open("/tasks?caseId=" + caseId);
        assertThat(browser.find(By.cssSelector("td.subject")).getText())
                .contains("欧阳锦程")
                .contains("Ouyang Jincheng");
        browser.find(By.linkText("Review the extradition request")).click();

        String request = browser.find(By.id("request")).getText();
        assertThat(request)
                .contains("The request as submitted")
                .contains("欧阳锦程")
                .contains("Ouyang Jincheng")
                .contains("1987-09-23")
                .contains("EJ4471902")
                .contains("Ran call floor 3 of the Shwe Kokko compound")
                .contains("PRC Criminal Law Art. 266 para. 1")
                .contains("Shwe Kokko, Myawaddy Township")
                .contains("XSBN-WJ-2026-0193")
                .contains("Points to check");
        browser.screenshot(testName + "-review-task");

        String href = browser.find(By.id("preview-link")).getAttribute("href");
        String text = pdfText(href, browser.driver().manage().getCookieNamed("JSESSIONID"));
        assertThat(text)
                .contains("DRAFT — NOT ISSUED")
                .contains("欧阳锦程")
                .contains("Ouyang Jincheng")
                .contains("Ran call floor 3 of the Shwe Kokko compound");
        browser.find(By.id("preview-link")).click();
        String reviewWindow = browser.driver().getWindowHandle();
        for (String handle : browser.driver().getWindowHandles()) {
            if (!handle.equals(reviewWindow)) {
                browser.driver().switchTo().window(handle);
                assertThat(browser.driver().getCurrentUrl()).endsWith("/preview.pdf");
                browser.driver().close();
            }
        }
        browser.driver().switchTo().window(reviewWindow);
        assertThat(archive.listFor(UUID.fromString(caseId)))
                .as("the preview issues nothing")
                .isEmpty();

        browser.find(By.xpath("//button[text()='Claim']")).click();
        new Select(browser.find(By.id("reviewDecision"))).selectByValue("APPROVE");
        browser.find(By.name("confirmed")).click();
        browser.submitWith(By.xpath("//button[text()='Complete task']"));
        assertThat(browser.text()).contains("completed");
        scenario.runJobs(caseId);
        assertThat(scenario.documentTexts(caseId)).containsKey("EXTRADITION_REQUEST");
        assertThat(scenario.documentTexts(caseId).get("EXTRADITION_REQUEST"))
                .contains("Ouyang Jincheng")
                .doesNotContain("DRAFT — NOT ISSUED");
        assertThat(scenario.taskKeys("mm.officer", caseId)).containsExactly("Task_CheckCompleteness");
    }

    private static String pdfText(String url, Cookie session) throws Exception {
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Cookie", session.getName() + "=" + session.getValue())
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
