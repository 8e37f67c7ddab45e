package org.joinedup.portal.journeys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's headless Chromium, signed in through the real sign-in pages. Uses Debian's
 * chromium and chromedriver, started with the flags that keep it off the network. It keeps
 * the console, and closing it fails the journey if the portal's Content-Security-Policy
 * blocked anything on any page it showed.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String DEMO_PASSWORD = "joinedup-demo";
    private static final String DEMO_KEY = "JOINEDUPDEMOSECRETFORTRYINGITOUT";
    private static final long CODE_STEP_SECONDS = 30;
    /** The newest code step each demo account has signed in with, across the journeys of one run. */
    private static final Map<String, Long> CODE_STEPS_USED = new ConcurrentHashMap<>();

    private final WebDriver driver;
    private final String base;
    private final List<String> policyViolations = new ArrayList<>();

    Browser(String base) {
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000");
        LoggingPreferences console = new LoggingPreferences();
        console.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, console);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
    }

    static boolean available() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    }

    /** Password, then the authenticator code from the published demo key, as a person would type them. */
    void signIn(String demoLocalPart) {
        driver.get(base + "/login");
        WebElement username = waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        username.sendKeys(demoLocalPart + "@demo.joinedup.example");
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        // Staff give an authenticator code next; a patient partner who has not chosen one is signed in already.
        By codeField = By.cssSelector("vaadin-text-field[name='code'] input");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(codeField).isEmpty()
                || !d.getCurrentUrl().contains("login") && !d.getCurrentUrl().contains("two-factor"));
        if (driver.findElements(codeField).isEmpty()) {
            return;
        }
        WebElement code = waitFor(codeField);
        code.sendKeys(freshCode(demoLocalPart));
        driver.findElement(By.cssSelector("button.submit-button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("two-factor")
                && !d.getCurrentUrl().contains("login"));
    }

    void open(String route) {
        driver.get(base + "/" + route);
        waitFor(By.tagName("vaadin-app-layout"));
    }

    /** Opens the route in a new tab of this browser, which stays open, and leaves the driver on it. */
    void openInNewTab(String route) {
        driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        open(route);
    }

    WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until the page shows the text anywhere, without reloading it. */
    void waitForText(String text, Duration atMost) {
        new WebDriverWait(driver, atMost).until(d -> pageText().contains(text));
    }

    void waitUntil(Duration atMost, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, atMost).pollingEvery(Duration.ofMillis(20)).until(d -> condition.getAsBoolean());
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    void waitForAddress(String part, Duration atMost) {
        new WebDriverWait(driver, atMost).until(d -> d.getCurrentUrl().contains(part));
    }

    /** Opens the step from the stage list, types a new title and saves, as a person would. */
    void retitleStep(String from, String to) {
        // A live change may redraw the stage list under the pointer: look the link up again until the click lands.
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement link = d.findElements(By.cssSelector("vaadin-button.step-link")).stream()
                    .filter(candidate -> candidate.getText().strip().equals(from)).findFirst().orElse(null);
            if (link == null) {
                return false;
            }
            link.click();
            return true;
        });
        WebElement title = textField("Title");
        title.sendKeys(Keys.chord(Keys.CONTROL, "a"), to);
        button("Save step").click();
    }

    /** Scrolls the element to the middle of the window first, so nothing at the window's edge lies over it. */
    void clickInView(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    String pageText() {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.body.innerText");
    }

    List<WebElement> findAll(By locator) {
        return driver.findElements(locator);
    }

    WebElement button(String text) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(By.tagName("vaadin-button"))
                .stream().filter(b -> b.isDisplayed() && b.getText().strip().equals(text)).findFirst().orElse(null));
    }

    WebElement textField(String label) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(
                        By.cssSelector("vaadin-text-field, vaadin-text-area")).stream()
                .filter(f -> label.equals(f.getDomAttribute("label")) || label.equals(f.getDomProperty("label")))
                .filter(WebElement::isDisplayed)
                .map(f -> f.findElement(By.cssSelector("input, textarea")))
                .findFirst().orElse(null));
    }

    /** Lays the page out as it would be printed, until the page is left. */
    void emulatePrint() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    }

    /** Runs the script in every page this browser loads from now on, before the page's own scripts. */
    void runOnEveryPage(String script) {
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
    }

    String cookie(String name) {
        return driver.manage().getCookieNamed(name).getValue();
    }

    Object evaluate(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /** Runs a script that ends by calling its last argument with the result. */
    Object evaluateAsync(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
    }

    /** A number that changes on every page load, to prove a change arrived without one. */
    long pageLoadMarker() {
        Object marker = ((JavascriptExecutor) driver).executeScript(
                "if (!window.__joinedupLoad) { window.__joinedupLoad = Date.now() + Math.random(); } return window.__joinedupLoad;");
        return Double.valueOf(marker.toString()).longValue();
    }

    /**
     * The portal accepts each code of an account once, as an authenticator's code should be:
     * a second sign-in of the same person within one 30-second step waits for the next code.
     */
    private static String freshCode(String demoLocalPart) {
        long step = Instant.now().getEpochSecond() / CODE_STEP_SECONDS;
        Long used = CODE_STEPS_USED.get(demoLocalPart);
        if (used != null && used >= step) {
            try {
                Thread.sleep(((used + 1) * CODE_STEP_SECONDS - Instant.now().getEpochSecond()) * 1000 + 500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            step = Instant.now().getEpochSecond() / CODE_STEP_SECONDS;
        }
        CODE_STEPS_USED.put(demoLocalPart, step);
        return authenticatorCode();
    }

    private static String authenticatorCode() {
        try {
            TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();
            byte[] key = base32(DEMO_KEY);
            return totp.generateOneTimePasswordString(new SecretKeySpec(key, totp.getAlgorithm()), Instant.now());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }

    /** What the Content-Security-Policy has blocked so far, as the console reported it. */
    List<String> policyViolations() {
        driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).forEach(policyViolations::add);
        return List.copyOf(policyViolations);
    }

    @Override
    public void close() {
        List<String> violations;
        try {
            violations = policyViolations();
        } finally {
            driver.quit();
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("The Content-Security-Policy blocked something:\n" + String.join("\n", violations));
        }
    }
}
