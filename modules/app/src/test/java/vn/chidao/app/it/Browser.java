package vn.chidao.app.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the end-to-end tests: Debian's chromium, headless, driven through Debian's
 * chromedriver. Nothing is downloaded — without them the tests fail and say what to install.
 * Each instance is a fresh profile, so each person signs in on their own.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("chidao.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("chidao.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of(System.getProperty("chidao.screenshots", "target/screenshots"));

    private final String base = System.getProperty("chidao.baseUrl", "http://localhost:9180");
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(String language) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromedriver: "
                    + "apt-get install chromium chromium-driver (.ci/run installs them)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--window-size=" + System.getProperty("chidao.window", "1366,900"),
                "--lang=" + language);
        // the console, read at the end: a script or style the Content-Security-Policy refused fails the test
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** A browser whose person has signed in through the sign-in page. */
    public static Browser signedInAs(String email) {
        Browser browser = new Browser("vi");
        browser.open("/login.xhtml");
        browser.type(By.id("username"), email);
        browser.type(By.id("password"), Api.DEMO_PASSWORD);
        browser.click(By.id("submit"));
        browser.waitFor(By.id("signout"));
        return browser;
    }

    public static Browser anonymous() {
        return new Browser("vi");
    }

    /** The window's size, as a phone or a tablet shows the pages. */
    public Browser resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        return this;
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    /** Shows a document of our own (a letter's HTML) outside the application, as a mail client would. */
    public Browser show(String html) {
        driver.get("data:text/html;charset=utf-8;base64,"
                + java.util.Base64.getEncoder().encodeToString(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return this;
    }

    public WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public String text(By by) {
        return waitFor(by).getText();
    }

    public void type(By by, String text) {
        WebElement field = waitFor(by);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks and, for a button that posts the page, waits until the next page has replaced it. */
    public void clickAndWaitForPage(By by) {
        WebElement html = driver.findElement(By.tagName("html"));
        click(by);
        wait.until(d -> gone(html));
        waitFor(By.tagName("body"));
    }

    /** Whether the element's page has been replaced (chromium answers either "stale" or "not in the document"). */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException replaced) {
            return true;
        }
    }

    /** Clicks once it can; an element replaced while being looked at (PrimeFaces re-renders) is looked up again. */
    public void click(By by) {
        for (int attempt = 1;; attempt++) {
            try {
                WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
                element.click();
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                throw e;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Waits until PrimeFaces has no AJAX request under way. */
    public void settle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0)")));
    }

    public void selectByText(By select, String visibleText) {
        new org.openqa.selenium.support.ui.Select(waitFor(select)).selectByVisibleText(visibleText);
    }

    public void selectByValue(By select, String value) {
        new org.openqa.selenium.support.ui.Select(waitFor(select)).selectByValue(value);
    }

    /** Runs a script that answers by calling its last argument (a callback), waiting up to a minute. */
    public Object asyncScript(String script, Object... arguments) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
    }

    /** Keeps a picture of the whole page (the window stretched to its height, at most 8000 px) under target/screenshots. */
    public Path fullScreenshot(String name) {
        org.openqa.selenium.Dimension before = driver.manage().window().getSize();
        long height = ((Number) script("return Math.min(8000, document.documentElement.scrollHeight)")).longValue();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(before.getWidth(), (int) Math.max(height + 120, before.getHeight())));
        try {
            return screenshot(name);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String title() {
        return driver.getTitle();
    }

    /** Keeps a picture of the page under target/screenshots for people to look at. */
    public Path screenshot(String name) {
        try {
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            List<String> refused = cspViolations();
            if (!refused.isEmpty()) {
                throw new AssertionError("the Content-Security-Policy refused: " + refused);
            }
        } finally {
            driver.quit();
        }
    }

    /** What the browser's console says the Content-Security-Policy refused since the last look. */
    public List<String> cspViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
    }
}
