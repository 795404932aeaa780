package org.comity.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.comity.core.archive.DocumentArchive;
import org.comity.web.TestApi;
import org.comity.web.WebIT;
import org.comity.web.casefile.CaseFixtures;
import org.comity.web.extradition.ExtraditionCaseScenario;
import org.comity.web.mla.MlaRequestBodies;
import org.comity.web.repatriation.RepatriationFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The case page and the operation dashboard in Chromium: a document downloaded from the page hashes
 * to the SHA-256 the page shows, the page of each type of case shows its type's facts, a case of other
 * states is the 404 page, and the dashboard's figures
 * and charts hold at 1280 px and at tablet width (768 px). Screenshots land in
 * {@code target/screenshots/}.
 */
class CasePagesBrowserIT extends WebIT {

    @Autowired
    ManagementService management;

    @Autowired
    DocumentArchive archive;

    @Autowired
    JdbcClient jdbc;

    private Browser browser;

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

    private Browser signedIn(String user) {
        browser = new Browser(port, "en");
        browser.signIn(user, PASSWORD);
        return browser;
    }

    @Test
    void downloadsADocumentWhoseSha256IsTheOneOnThePage(TestInfo info) throws Exception {
        String caseId =
                new ExtraditionCaseScenario(port, runtime, management, archive).awaitingSupplementaryInformation();
        Browser b = signedIn("cn.officer");
        b.open("/cases/" + caseId);
        List<WebElement> rows = b.driver().findElements(By.cssSelector("#documents tbody tr"));
        assertThat(rows).hasSize(2);
        for (WebElement row : rows) {
            String shown = row.findElement(By.cssSelector("code.hash")).getText();
            String link = row.findElement(By.cssSelector("a.download")).getAttribute("href");
            HttpResponse<byte[]> pdf = fetch(link, b.driver().manage().getCookieNamed("JSESSIONID"));
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(shown)
                    .matches("[0-9a-f]{64}")
                    .isEqualTo(HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.body())));
        }
        assertThat(b.text()).contains("Provide supplementary information").contains("张伟");
        screenshotWholePage(b, 1280, info.getTestMethod().orElseThrow().getName());
    }

    /**
     * The page of each type shows what its {@code CaseKind} adds, rendered without the page naming the
     * type: an extradition its parties, the person sought and the assurances, each side's process with
     * its state; an MLA case its requesting and requested states; a repatriation its holding and
     * receiving states, the operation, its persons and the dashboard link.
     */
    @Test
    void showsTheFactsEachTypeOfCaseAddsToItsPage(TestInfo info) {
        String extradition =
                new ExtraditionCaseScenario(port, runtime, management, archive).awaitingSupplementaryInformation();
        TestApi.Response mla = withToken("demo-cn-mps")
                .post("/api/v1/mla-requests", MlaRequestBodies.aRequestFromChinaForBankAndTelecomRecords());
        assertThat(mla.status()).as(mla.body()).isEqualTo(201);
        String operation = RepatriationFixtures.aPartlyRepatriatedOperation(port, management, 4_320, "Browser kinds");
        Browser b = signedIn("cn.officer");

        b.open("/cases/" + extradition);
        assertThat(b.text())
                .contains("Requesting state")
                .contains("Requested state")
                .doesNotContain("Holding state")
                .contains("Requesting state: extradition request (CN)")
                .contains("张伟")
                .contains("Zhang Wei")
                .contains("Assurances")
                .contains("No assurance has been given for this extradition.");
        assertThat(b.driver().findElements(By.id("persons"))).isEmpty();
        screenshotWholePage(b, 1280, info.getTestMethod().orElseThrow().getName() + "-extradition");

        b.open(mla.headers().getLocation().getPath().replace("/api/v1", ""));
        assertThat(b.text())
                .contains("Mutual legal assistance")
                .contains("Requesting state")
                .contains("Requested state")
                .doesNotContain("Holding state")
                .doesNotContain("Assurances")
                .doesNotContain("Persons");
        assertThat(b.driver().findElements(By.id("dashboard-link"))).isEmpty();

        b.open("/cases/" + operation);
        assertThat(b.text())
                .contains("Holding state")
                .contains("Receiving state")
                .contains("Browser kinds")
                .doesNotContain("Requesting state:")
                .doesNotContain("Assurances");
        assertThat(b.driver().findElements(By.cssSelector("#persons tbody tr"))).hasSize(12);
        assertThat(b.find(By.id("dashboard-link")).getAttribute("href")).endsWith("/operations/" + operation);
        screenshotWholePage(b, 1280, info.getTestMethod().orElseThrow().getName() + "-repatriation");
    }

    @Test
    void showsTheNotFoundPageForACaseOfOtherStates(TestInfo info) {
        String caseId = CaseFixtures.aCaseBetweenChinaAndThailand(jdbc);
        Browser b = signedIn("mm.officer");
        b.open("/cases/" + caseId);
        assertThat(b.text())
                .contains("404")
                .contains("does not exist, or you may not see it")
                .doesNotContain("EXT-CN-2026-9");
        b.screenshot(info.getTestMethod().orElseThrow().getName());
    }

    @Test
    void showsTheDashboardsFiguresAndChartsAt1280AndAt768Pixels(TestInfo info) {
        String id = RepatriationFixtures.aPartlyRepatriatedOperation(port, management, 4_319, "Browser dashboard");
        Browser b = signedIn("mm.officer");
        b.open("/cases?type=REPATRIATION");
        b.screenshot(info.getTestMethod().orElseThrow().getName() + "-cases");
        b.find(By.cssSelector("a[href='/cases/" + id + "']")).click();
        assertThat(b.text()).contains("Holding state").contains("Repatriated").contains("Referred");
        b.find(By.id("dashboard-link")).click();

        assertThat(b.find(By.id("figure-suspects")).getText()).isEqualTo("6");
        assertThat(b.find(By.id("figure-duration")).getText()).isEqualTo("6 month(s) (183 days)");
        assertThat(b.find(By.id("figure-call-centres")).getText()).isEqualTo("18");
        assertThat(b.find(By.id("figure-regions")).getText()).isEqualTo("5");
        List<WebElement> charts = b.driver().findElements(By.cssSelector("svg[role=img]"));
        assertThat(charts)
                .hasSize(3)
                .allSatisfy(chart -> assertThat(chart.getSize().getWidth()).isGreaterThan(300));
        assertThat(b.driver().findElements(By.cssSelector("#chart-stages text.value")))
                .extracting(WebElement::getText)
                .contains("6", "2", "4");
        List<WebElement> sections = b.driver().findElements(By.cssSelector(".charts > section"));
        assertThat(sections.get(1).getLocation().getX())
                .as("two charts side by side at 1280 px")
                .isGreaterThan(sections.get(0).getLocation().getX());
        assertNoHorizontalScrolling(b);
        screenshotWholePage(b, 1280, info.getTestMethod().orElseThrow().getName() + "-1280");

        b.driver().manage().window().setSize(new Dimension(768, 1024));
        assertThat(sections.get(1).getLocation().getX())
                .as("one chart under the other at 768 px")
                .isEqualTo(sections.get(0).getLocation().getX());
        assertThat(charts)
                .allSatisfy(chart -> assertThat(chart.getSize().getWidth()).isBetween(300, 768));
        assertNoHorizontalScrolling(b);
        screenshotWholePage(b, 768, info.getTestMethod().orElseThrow().getName() + "-768");
        b.open("/cases/" + id);
        assertNoHorizontalScrolling(b);
        screenshotWholePage(b, 768, info.getTestMethod().orElseThrow().getName() + "-case-768");
    }

    /** Makes the window as tall as the page, so that the screenshot shows all of it, then restores the height. */
    private static void screenshotWholePage(Browser b, int width, String name) {
        Dimension before = b.driver().manage().window().getSize();
        Number height = (Number) b.driver().executeScript("return document.documentElement.scrollHeight;");
        b.driver().manage().window().setSize(new Dimension(width, Math.min(8_000, height.intValue() + 140)));
        b.screenshot(name);
        b.driver().manage().window().setSize(before);
    }

    private static void assertNoHorizontalScrolling(Browser b) {
        Object overflow = b.driver()
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue())
                .as("page wider than the window")
                .isLessThanOrEqualTo(0);
    }

    private static HttpResponse<byte[]> fetch(String url, Cookie session) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Cookie", session.getName() + "=" + session.getValue())
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }
}
