package org.comity.web.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, driven headless through Debian's chromedriver (no driver or browser is ever
 * downloaded). The flags keep Chromium off the network it cannot reach here.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path profile;

    Browser(int port, String language) {
        try {
            this.profile = Files.createTempDirectory("comity-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--window-size=1280,900",
                        "--lang=" + language,
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        this.baseUrl = "http://localhost:" + port;
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** The page's text; a page the browser is just leaving is read again once the next one is there. */
    String text() {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("body")).getText());
    }

    /** Clicks a button that submits its form and waits until the browser has left the page. */
    void submitWith(By button) {
        WebElement submit = find(button);
        submit.click();
        leaves(submit);
    }

    /**
     * Waits until the element's page is gone. Chromium reports a node of a page being left either as
     * stale or, mid-navigation, as "does not belong to the document": both mean the page was left.
     */
    private void leaves(WebElement element) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    void signIn(String user, String password) {
        open("/login");
        find(By.id("username")).sendKeys(user);
        find(By.id("password")).sendKeys(password);
        WebElement submit = find(By.cssSelector("form[action='/login'] button[type=submit]"));
        submit.click();
        // Reading the next page before the browser has left this one reads a stale body.
        leaves(submit);
    }

    /** Saves a screenshot under {@code target/screenshots/} for the reader of a failed or passed run. */
    void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the test's last screenshot and closes the browser, if the test opened one. */
    static void finish(Browser browser, String testName) {
        if (browser != null) {
            browser.screenshot(testName);
            browser.close();
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
