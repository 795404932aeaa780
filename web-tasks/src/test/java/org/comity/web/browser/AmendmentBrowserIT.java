package org.comity.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A returned request amended on a page, in Chromium (issue 12): the supervisor returns the request
 * with reasons; the officer opens "Amend the request" on the correction task, finds every field
 * prefilled and the reasons beside them, changes the place of the offence, submits the amended
 * request and sends it back; the supervisor sees what changed and approves; the notice after the
 * approval says the request document is being issued and leads to the case's documents, where the
 * issued PDF reads back with the amended place.
 */
class AmendmentBrowserIT extends WebIT {

    private static final String REASONS = "The offence was committed in Shwe Kokko, not in Myawaddy town";
    private static final String NEW_PLACE = "Shwe Kokko, Myawaddy Township";

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
    void theOfficerAmendsAReturnedRequestOnThePageAndTheSupervisorApprovesTheChange(TestInfo info) throws Exception {
        testName = info.getTestMethod().orElseThrow().getName();
        CaseScenario scenario = new CaseScenario(port, runtime, management, archive);
        CaseScenario.Submitted created = scenario.submit(
                "/api/v1/extraditions",
                "demo-cn-mps",
                "browser-amend-" + UUID.randomUUID(),
                ExtraditionRequestBodies.aRequestFromChinaFor("尉迟敬德", "Yuchi Jingde", "1982-08-15"));
        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        String caseId = created.caseId();
        scenario.runJobs(caseId);
        scenario.completeOk(
                "cn.supervisor", caseId, "Task_ReviewRequest", Map.of("reviewDecision", "RETURN", "reasons", REASONS));

        browser = new Browser(port, "en");
        browser.signIn("cn.officer", PASSWORD);
        browser.open("/tasks/" + scenario.taskId("cn.officer", caseId, "Task_CorrectRequest"));
        browser.submitWith(By.id("amend-link"));
        assertThat(browser.find(By.id("return-reasons")).getText())
                .contains(REASONS)
                .contains("cn.supervisor");
        assertThat(browser.find(By.name("requestDate")).getAttribute("value"))
                .as("prefilled")
                .isNotBlank();
        browser.submitWith(By.id("next"));
        assertThat(browser.find(By.name("person.nameInOriginalScript")).getAttribute("value"))
                .isEqualTo("尉迟敬德");
        browser.submitWith(By.id("next"));
        WebElement place = browser.find(By.name("offences[0].place"));
        assertThat(place.getAttribute("value")).isEqualTo("Myawaddy, Kayin State");
        assertThat(browser.find(By.id("return-reasons-text")).getText())
                .as("beside every step")
                .isEqualTo(REASONS);
        place.clear();
        place.sendKeys(NEW_PLACE);
        browser.screenshot(testName + "-amending");
        while (!browser.driver().getCurrentUrl().endsWith("/review")) {
            browser.submitWith(By.id("next"));
        }
        assertThat(browser.text()).contains(NEW_PLACE);
        browser.submitWith(By.id("submit"));
        assertThat(browser.find(By.id("request-amended")).getText())
                .contains(created.json().get("reference").asText());
        browser.find(By.xpath("//button[text()='Claim']")).click();
        browser.find(By.name("corrections")).sendKeys("Place of the offence corrected to Shwe Kokko");
        browser.submitWith(By.xpath("//button[text()='Complete task']"));
        assertThat(browser.text()).contains("completed");
        browser.close();

        browser = new Browser(port, "en");
        browser.signIn("cn.supervisor", PASSWORD);
        browser.open("/tasks/" + scenario.taskId("cn.supervisor", caseId, "Task_ReviewRequest"));
        assertThat(browser.find(By.id("changes")).getText())
                .contains("Myawaddy, Kayin State")
                .contains(NEW_PLACE);
        browser.find(By.xpath("//button[text()='Claim']")).click();
        new Select(browser.find(By.id("reviewDecision"))).selectByValue("APPROVE");
        browser.find(By.name("confirmed")).click();
        browser.submitWith(By.xpath("//button[text()='Complete task']"));
        assertThat(browser.find(By.id("completion-outcome")).getText())
                .contains("the document is being issued in the background");
        browser.screenshot(testName + "-issuing");

        scenario.runJobs(caseId);
        browser.submitWith(By.cssSelector("#completion-outcome a.issuing-link"));
        WebElement download = browser.find(By.cssSelector("#documents a[href^='/documents/']"));
        String text =
                pdfText(download.getAttribute("href"), browser.driver().manage().getCookieNamed("JSESSIONID"));
        assertThat(text).contains("Yuchi Jingde").contains(NEW_PLACE).doesNotContain("DRAFT — NOT ISSUED");
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
