package tw.vendorrisk.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through chromedriver, with the helpers our tests need to work
 * in the Camunda Tasklist and its Camunda Forms.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path screenshots = Path.of("target", "screenshots");

    public Browser(String language) {
        this(language, null);
    }

    /** A browser that saves downloads into {@code downloads} without asking. */
    public Browser(String language, Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--no-first-run",
                "--window-size=1400,1000", "--lang=" + language);
        java.util.Map<String, Object> prefs = new java.util.HashMap<>(java.util.Map.of("intl.accept_languages", language));
        if (downloads != null) {
            prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
            prefs.put("download.prompt_for_download", false);
        }
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(CHROMEDRIVER)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public static boolean available() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    }

    public void open(String url) {
        driver.get(url);
    }

    /** Signs in on the sign-in page ({@code /login}), where opening any page without a session leads. */
    public void logIn(String user, String password) {
        visible(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form[action$='/login'] button[type='submit']")).click();
    }

    /** The address the browser shows. */
    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** The element that has the keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Waits until the address the browser shows satisfies the condition. */
    public void waitForUrl(java.util.function.Predicate<String> condition) {
        wait.until(driver -> condition.test(driver.getCurrentUrl()));
    }

    public WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Clicks the element; when the Tasklist re-renders the list under it (a refresh), finds it again. */
    public void click(By by) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(driver);
            if (element == null) {
                return false;
            }
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
            element.click();
            return true;
        });
    }

    public void waitForText(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    }

    /** The input of a Camunda Forms field, found by (part of) its label. */
    public WebElement field(String label) {
        WebElement labelElement = visible(By.xpath("//label[contains(normalize-space(.), \"" + label + "\")]"));
        String id = labelElement.getAttribute("for");
        return id == null || id.isBlank() ? labelElement.findElement(By.xpath(".//input"))
                : driver.findElement(By.id(id));
    }

    public void type(String label, String text) {
        WebElement input = field(label);
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        wait.until(driver -> text.equals(input.getAttribute("value")));
        settle();
    }

    /** form-js commits typed text to its state after a short debounce; a re-render before that loses it. */
    private static void settle() {
        try {
            Thread.sleep(600);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Chooses a file for a file input of an embedded form, found by its id. */
    public void attach(String inputId, java.nio.file.Path file) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(inputId)));
        input.sendKeys(file.toAbsolutePath().toString());
        settle();
    }

    public void check(String label) {
        WebElement box = field(label);
        if (!box.isSelected()) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].click();", box);
        }
    }

    /** Whether any element matches, without waiting. */
    public boolean present(By by) {
        return !driver.findElements(by).isEmpty();
    }

    /** Runs a script in the page and returns its result. */
    public Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    /** Whether the page opened an alert, confirm or prompt dialog. */
    public boolean dialogOpen() {
        try {
            driver.switchTo().alert();
            return true;
        } catch (org.openqa.selenium.NoAlertPresentException none) {
            return false;
        }
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String title() {
        return driver.getTitle();
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Files.write(screenshots.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (Exception ignored) {
            // a missing screenshot must not hide the test's own result
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
