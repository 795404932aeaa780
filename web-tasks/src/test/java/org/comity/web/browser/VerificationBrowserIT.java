package org.comity.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.comity.core.archive.DocumentArchive;
import org.comity.core.casefile.CaseFile;
import org.comity.core.casefile.CaseFiles;
import org.comity.core.casefile.CaseType;
import org.comity.core.identity.Actor;
import org.comity.web.TestApi;
import org.comity.web.WebIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public verification page in Chromium, never signed in, as the holder of a printed audit report
 * uses it: the address in the document's QR code shows that Comity issued it, when, by which authority
 * and its SHA-256; a typed wrong code is "not issued by Comity"; an earlier report superseded by a
 * later one says so with the later one's issue date; in 中文 too. The page shows no case and no names.
 */
class VerificationBrowserIT extends WebIT {

    @Autowired
    CaseFiles cases;

    @Autowired
    DocumentArchive archive;

    @Autowired
    TransactionTemplate tx;

    private Browser browser;

    @BeforeAll
    static void chromiumIsInstalled() {
        assertThat(Browser.available())
                .as("Debian's chromium and chromium-driver (.ci/run installs them)")
                .isTrue();
    }

    @AfterEach
    void close(TestInfo test) {
        Browser.finish(browser, "verify-" + test.getTestMethod().orElseThrow().getName());
    }

    @Test
    void aGenuineCodeFromTheQrCodeAWrongCodeAndASupersededDocument() throws Exception {
        CaseFile file =
                tx.execute(s -> cases.open(CaseType.EXTRADITION, "MM", "CN", "RECEIVED", Actor.agency("mm-mpf", "MM")));
        JsonNode earlier = issueAuditReport(file);
        JsonNode current = issueAuditReport(file);
        browser = new Browser(port, "en");

        URI scanned = URI.create(org.comity.web.verification.QrCodes.scanFirstPage(
                archive.content(UUID.fromString(current.get("id").asText()))));
        browser.open(scanned.getRawPath() + "?" + scanned.getRawQuery());
        String genuine = browser.text();
        assertThat(genuine)
                .contains(
                        "Issued by Comity",
                        "This document has not been superseded.",
                        current.get("verificationCode").asText(),
                        "Joint Oversight Committee / 联合监督委员会",
                        "CN",
                        current.get("sha256").asText())
                .doesNotContain(file.reference(), "Chen Jing", "陈静", "Sign out");
        assertThat(browser.find(By.id("verify-content-sha256")).getText().toUpperCase())
                .startsWith(current.get("verificationCode").asText().replace("-", ""));
        browser.screenshot("verify-genuine");

        browser.find(By.id("code")).clear();
        browser.find(By.id("code")).sendKeys("0123-4567-89AB");
        browser.submitWith(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.text())
                .contains("Not issued by Comity: no document carries this verification code.")
                .doesNotContain("Issued at", "Joint Oversight Committee");

        browser.open("/verify?code=" + earlier.get("verificationCode").asText());
        String superseded = browser.text();
        String supersededOn = java.time.OffsetDateTime.parse(
                        current.get("createdAt").asText())
                .atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai"))
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx"));
        assertThat(superseded)
                .contains("Issued by Comity", "Superseded: a document issued on " + supersededOn)
                .doesNotContain(
                        "This document has not been superseded.",
                        current.get("verificationCode").asText(),
                        file.reference());

        browser.open("/verify?lang=zh&code=" + earlier.get("verificationCode").asText());
        assertThat(browser.text()).contains("本系统签发", "已被取代", "签发机关");
        browser.screenshot("verify-superseded-zh");
        browser.open("/verify?lang=zh&code=0123-4567-89AB");
        assertThat(browser.text()).contains("非本系统签发");
        browser.open("/verify?lang=en&code=0123-4567-89AB");
    }

    private JsonNode issueAuditReport(CaseFile file) {
        TestApi.Response report = as("auditor").post("/api/v1/audit/cases/" + file.id() + "/report", Map.of());
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        return report.json();
    }
}
