package org.comity.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.comity.web.WebIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An officer drafts an extradition request in a real browser (Debian's Chromium, headless): a
 * Chinese name, a missing field caught first by the browser and then by the server, the error
 * summary reached and followed with the keyboard, rows added and removed, the review in both
 * languages, and the submission landing on the new case. Every step is checked for unlabelled
 * controls, and leaves a screenshot under {@code target/screenshots/wizard-*.png}.
 */
class WizardBrowserIT extends WebIT {

    private static final String UNLABELLED_CONTROLS = """
            return Array.from(document.querySelectorAll('main input, main select, main textarea'))
              .filter(c => c.type !== 'hidden' && c.type !== 'submit')
              .filter(c => !(c.id && document.querySelector('label[for="' + c.id + '"]')) && !c.closest('label'))
              .map(c => c.name)
              .concat(Array.from(document.querySelectorAll('[id]')).map(e => e.id)
                .filter((id, i, ids) => ids.indexOf(id) !== i).map(id => 'duplicate id ' + id));""";

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
    void draftsCorrectsReviewsAndSubmitsAnExtraditionRequest() {
        browser = new Browser(port, "en");
        Browser b = browser;
        b.signIn("cn.officer", PASSWORD);
        b.find(By.linkText("New request")).click();
        b.screenshot("wizard-0-new-request");
        b.find(By.id("start-extradition")).click();

        // Step 1: route and legal basis
        new Select(b.find(By.id("requestedState"))).selectByValue("MM");
        new Select(b.find(By.id("legalBasisId"))).selectByValue("EXAMPLE-CN-MM-TREATY");
        b.find(By.cssSelector("label[for='purpose-0']")).click();
        b.find(By.cssSelector("label[for='urgency-0']")).click();
        b.find(By.cssSelector("label[for='channel-0']")).click();
        assertThat(b.find(By.id("requestDate")).getAttribute("value")).isNotBlank();
        everyControlIsLabelled(b);
        b.screenshot("wizard-1-route");
        next(b);

        // Step 2: the person, with a field missing
        b.find(By.id("person-nameInOriginalScript")).sendKeys("张伟");
        b.find(By.id("person-nameInLatinScript")).sendKeys("Zhang Wei");
        setDate(b, "person-dateOfBirth", "1990-05-17");
        new Select(b.find(By.id("person-nationalities-0"))).selectByValue("CN");
        String personUrl = b.driver().getCurrentUrl();
        next(b);
        assertThat(b.driver().getCurrentUrl())
                .as("the browser's own check stops a missing answer")
                .isEqualTo(personUrl);
        assertThat((Boolean)
                        js(b).executeScript("return document.getElementById('person-sex-0').validity.valueMissing"))
                .isTrue();

        js(b).executeScript("document.getElementById('step-form').noValidate = true");
        next(b);
        WebElement summary = b.find(By.id("error-summary"));
        assertThat(summary.getText()).contains("Sex: must be given");
        assertThat(b.find(By.id("person-sex-error")).getText()).contains("must be given");
        assertThat(b.find(By.id("person-nameInOriginalScript")).getAttribute("value"))
                .isEqualTo("张伟");
        assertThat(b.find(By.id("person-dateOfBirth")).getAttribute("value")).isEqualTo("1990-05-17");
        everyControlIsLabelled(b);
        b.screenshot("wizard-2-person-error");

        assertThat(activeId(b)).as("the error summary takes the focus").isEqualTo("error-summary");
        new Actions(b.driver()).sendKeys(Keys.TAB).perform();
        assertThat(b.driver().switchTo().activeElement().getText()).contains("Sex: must be given");
        new Actions(b.driver()).sendKeys(Keys.ENTER).perform();
        assertThat(activeId(b)).as("the summary's link leads to the field").isEqualTo("person-sex-0");
        new Actions(b.driver()).sendKeys(Keys.ARROW_DOWN).perform();
        assertThat(b.find(By.id("person-sex-1")).isSelected())
                .as("arrow keys choose within the group")
                .isTrue();
        b.find(By.cssSelector("label[for='person-sex-1']")).click();
        next(b);

        // Step 3: offences, a row added and removed
        fillOffence(b);
        b.find(By.xpath("//button[text()='Add an offence']")).click();
        assertThat(b.find(By.id("offences-1-row")).getText()).contains("Offence 2");
        assertThat(b.find(By.id("offences-0-description")).getText()).isEqualTo("Telecom fraud through a call centre");
        everyControlIsLabelled(b);
        b.screenshot("wizard-3-offences-two-rows");
        b.find(By.xpath("//button[text()='Remove offence 2']")).click();
        // The row goes when the page comes back from the server; until then the old page still shows it.
        new WebDriverWait(b.driver(), Duration.ofSeconds(10))
                .until(d -> d.findElements(By.id("offences-1-row")).isEmpty());
        b.screenshot("wizard-3-offences");
        next(b);

        // Step 4: the warrant
        b.find(By.id("warrant-issuingAuthority")).sendKeys("Kunming Public Security Bureau");
        setDate(b, "warrant-date", "2026-02-10");
        b.find(By.id("warrant-reference")).sendKeys("KM-2026-0042");
        everyControlIsLabelled(b);
        b.screenshot("wizard-4-warrant");
        next(b);

        // Step 5: undertakings, one left out on purpose so that the review warns
        b.find(By.id("undertakings-speciality")).click();
        everyControlIsLabelled(b);
        b.screenshot("wizard-5-undertakings");
        next(b);

        // Review, in both languages
        b.find(By.id("submit"));
        assertThat(b.text())
                .contains("张伟")
                .contains("Zhang Wei")
                .contains("Telecom fraud through a call centre")
                .contains("KM-2026-0042")
                .contains("Points to check (1)")
                .contains("re-extradite");
        b.screenshot("wizard-6-review");
        b.find(By.id("switch-language")).click();
        assertThat(b.find(By.id("submit")).getText()).isEqualTo("提交请求");
        assertThat(b.text()).contains("核对并提交").contains("张伟");
        b.screenshot("wizard-6-review-zh");
        b.find(By.id("switch-language")).click();

        b.find(By.id("submit")).click();
        new WebDriverWait(b.driver(), java.time.Duration.ofSeconds(10))
                .until(ExpectedConditions.urlMatches("/cases/[0-9a-f-]{36}$"));
        String caseId = b.driver().getCurrentUrl().replaceAll(".*/cases/", "");
        b.screenshot("wizard-7-submitted");
        var view = as("cn.officer").get("/api/v1/cases/" + caseId);
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.json().path("type").asText()).isEqualTo("EXTRADITION");
        assertThat(view.json().path("parties").path("requestedState").asText()).isEqualTo("MM");
    }

    private static void fillOffence(Browser b) {
        b.find(By.id("offences-0-description")).sendKeys("Telecom fraud through a call centre");
        b.find(By.id("offences-0-provisionInRequestingLaw")).sendKeys("Criminal Law of the PRC Art. 266");
        setDate(b, "offences-0-dateFrom", "2025-06-01");
        setDate(b, "offences-0-dateTo", "2025-12-31");
        b.find(By.id("offences-0-place")).sendKeys("Myawaddy, Kayin State");
        b.find(By.cssSelector("label[for='offences-0-maximumPenalty-kind-0']")).click();
        b.find(By.id("offences-0-maximumPenalty-months")).sendKeys("120");
        b.find(By.id("factsSummary")).sendKeys("Operated a call centre in Myawaddy that defrauded victims in China.");
    }

    private static void next(Browser b) {
        b.find(By.id("next")).click();
    }

    /** Date pickers take typed dates in the browser's locale format; the value property is ISO everywhere. */
    private static void setDate(Browser b, String id, String isoDate) {
        js(b).executeScript("arguments[0].value = arguments[1]", b.find(By.id(id)), isoDate);
    }

    private static String activeId(Browser b) {
        return b.driver().switchTo().activeElement().getAttribute("id");
    }

    @SuppressWarnings("unchecked")
    private static void everyControlIsLabelled(Browser b) {
        List<String> unlabelled = (List<String>) js(b).executeScript(UNLABELLED_CONTROLS);
        assertThat(unlabelled)
                .as("unlabelled controls and duplicate ids on " + b.driver().getCurrentUrl())
                .isEmpty();
    }

    private static JavascriptExecutor js(Browser b) {
        return b.driver();
    }
}
