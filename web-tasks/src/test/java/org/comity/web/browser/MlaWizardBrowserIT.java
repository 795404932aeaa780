package org.comity.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.comity.web.WebIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An officer drafts a request for mutual legal assistance in a real browser (Debian's Chromium,
 * headless): a person with a Chinese name, a missing essential refused by the server with the error
 * next to the field, corrected, the review with its warnings, and the submission landing on the new
 * MLA case. Each step leaves a screenshot under {@code target/screenshots/mla-wizard-*.png}.
 */
class MlaWizardBrowserIT extends WebIT {

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
    }

    @Test
    void draftsCorrectsReviewsAndSubmitsAnMlaRequest() {
        browser = new Browser(port, "en");
        Browser b = browser;
        b.signIn("cn.officer", PASSWORD);
        b.find(By.linkText("New request")).click();
        b.find(By.id("start-mla")).click();

        // Step 1: route and legal basis
        new Select(b.find(By.id("requestedState"))).selectByValue("MM");
        new Select(b.find(By.id("legalBasisId"))).selectByValue("UNTOC-2000");
        b.find(By.cssSelector("label[for='proceedingType-0']")).click();
        b.find(By.id("caseReference")).sendKeys("KM-2026-0042");
        b.find(By.id("requestingAuthority-name")).sendKeys("Kunming Public Security Bureau");
        b.find(By.id("requestingAuthority-contactName")).sendKeys("Li Ming");
        b.find(By.id("requestingAuthority-contactEmail")).sendKeys("li.ming@example.cn");
        b.screenshot("mla-wizard-1-route");
        next(b);

        // Step 2: assistance sought; a search is asked for, so the facts will be needed
        b.find(By.cssSelector("label[for='assistanceTypes-3']")).click();
        b.find(By.id("assistanceSought"))
                .sendKeys("Search the call centre at 12 Asia Highway, Myawaddy; seize its phones.");
        b.find(By.id("purpose")).sendKeys("To prove who made the calls");
        assertThat(new Select(b.find(By.id("language")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .as("a Chinese officer writes in Chinese unless they say otherwise")
                .isEqualTo("zh");
        b.screenshot("mla-wizard-2-assistance");
        next(b);

        // Step 3: facts left out: the browser lets it through, the server refuses and names the field
        b.find(By.id("offences-0-description")).sendKeys("Defrauding victims in China by telephone");
        b.find(By.id("offences-0-legalProvision")).sendKeys("Criminal Law of the PRC, Art. 266");
        b.find(By.cssSelector("label[for='offences-0-maximumPenalty-kind-0']")).click();
        b.find(By.id("offences-0-maximumPenalty-months")).sendKeys("120");
        next(b);
        assertThat(b.find(By.id("error-summary")).getText()).contains("Summary of the facts");
        assertThat(b.find(By.id("factsSummary-error")).getText())
                .contains("a summary of the facts is required unless the request is only for service of documents");
        assertThat(b.find(By.id("offences-0-legalProvision")).getAttribute("value"))
                .isEqualTo("Criminal Law of the PRC, Art. 266");
        b.screenshot("mla-wizard-3-facts-missing");
        b.find(By.id("factsSummary"))
                .sendKeys("A call centre in Myawaddy defrauded 214 victims in China by telephone.");
        next(b);

        // Step 4: one person, named in Chinese and in Latin letters
        b.find(By.cssSelector("button[value='add:personsConcerned']")).click();
        b.find(By.id("personsConcerned-0-nameInOriginalScript")).sendKeys("张伟");
        b.find(By.id("personsConcerned-0-nameInLatinScript")).sendKeys("Zhang Wei");
        new Select(b.find(By.id("personsConcerned-0-role"))).selectByValue("SUSPECT");
        js(b).executeScript(
                        "arguments[0].value = arguments[1]",
                        b.find(By.id("personsConcerned-0-dateOfBirth")),
                        "1990-05-17");
        new Select(b.find(By.id("personsConcerned-0-nationalities-0"))).selectByValue("CN");
        b.screenshot("mla-wizard-4-persons");
        next(b);

        // Review: the data and the warnings (no deadline reason needed: no deadline given)
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/review"));
        String review = b.find(By.tagName("main")).getText();
        assertThat(review)
                .contains("张伟", "Zhang Wei", "KM-2026-0042", "Search and seizure", "Criminal Law of the PRC, Art. 266");
        b.screenshot("mla-wizard-5-review");
        b.find(By.id("submit")).click();
        new WebDriverWait(b.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.urlMatches("/cases/[0-9a-f-]{36}$"));
        String caseId = b.driver().getCurrentUrl().replaceAll(".*/cases/", "");
        b.screenshot("mla-wizard-6-submitted");
        var view = as("cn.officer").get("/api/v1/cases/" + caseId).json();
        assertThat(view.path("type").asText()).isEqualTo("MLA");
        assertThat(view.path("parties").path("requestedState").asText()).isEqualTo("MM");
    }

    private static void next(Browser b) {
        b.find(By.id("next")).click();
    }

    private static JavascriptExecutor js(Browser b) {
        return b.driver();
    }
}
