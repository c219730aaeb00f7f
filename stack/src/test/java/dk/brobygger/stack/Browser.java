package dk.brobygger.stack;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's package) as a person at the school would use it: a Danish browser that
 * signs in on Keycloak's own login page.
 */
final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static final String DOWNLOADS = "downloads";

    private static final List<String> WCAG_21_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final WebDriver driver;
    private final Path profile;
    private final Set<String> checked = new HashSet<>();

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser open() throws Exception {
        return open(1280, 900);
    }

    /** A browser the size of a phone held upright, as a mentor uses it on the go. */
    static Browser phone() throws Exception {
        return open(390, 844);
    }

    /** A browser the size of a tablet held upright, as a supervisor uses it at the placement. */
    static Browser tablet() throws Exception {
        return open(768, 1024);
    }

    private static Browser open(int width, int height) throws Exception {
        Path profile = Files.createTempDirectory("brobygger-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height, "--lang=da-DK",
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "da-DK,da",
                "download.default_directory", profile.resolve(DOWNLOADS).toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        return new Browser(new ChromeDriver(service, options), profile);
    }

    void get(String url) {
        driver.get(url);
        checkAccessibility();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    void back() {
        driver.navigate().back();
    }

    /** Signs in as a demo user from the application's start and waits for their area ({@code landing}). */
    void signIn(String username, String landing) {
        DemoUsers.DemoUser user = DemoUsers.fromRealm().byUsername(username);
        get(TestStack.APPLICATION_URL + "start");
        signInAs(user.username(), user.password());
        waitForUrlContaining(TestStack.APPLICATION_URL + landing);
    }

    /** Fills in and submits Keycloak's login form, which must be showing. */
    void signInAs(String username, String password) {
        WebElement user = waitFor(By.id("username"));
        user.clear();
        user.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    /** Sets a date field (type="date"), whose typed format differs between browser languages. */
    void setDate(By by, java.time.LocalDate date) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
                waitFor(by), date.toString());
    }

    void type(By by, String text) {
        WebElement field = waitFor(by);
        field.clear();
        field.sendKeys(text);
    }

    void select(By by, String visibleText) {
        new org.openqa.selenium.support.ui.Select(waitFor(by)).selectByVisibleText(visibleText);
    }

    void selectValue(By by, String value) {
        new org.openqa.selenium.support.ui.Select(waitFor(by)).selectByValue(value);
    }

    /** Clicks, waiting until the element is there and clickable; again if an Ajax update replaced it meanwhile. */
    void click(By by) {
        checkAccessibility();
        new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
                    if (element == null) {
                        return false;
                    }
                    element.click();
                    return true;
                });
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void waitForUrlContaining(String fragment) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains(fragment));
        checkAccessibility();
    }

    String text(By by) {
        return waitFor(by).getText();
    }

    List<String> texts(By by) {
        return driver.findElements(by).stream().map(WebElement::getText).toList();
    }

    /** Whether the page fits the window's width, with nothing to scroll sideways. */
    boolean fitsWidth() {
        return (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth");
    }

    /** Says yes to the page's question (a confirm dialog), once it is asked. */
    void accept() {
        new WebDriverWait(driver, WAIT).until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent())
                .accept();
    }

    /** The file the browser has downloaded whose name begins and ends so, once it is whole. */
    byte[] downloaded(String beginning, String ending) {
        Path folder = profile.resolve(DOWNLOADS);
        return new WebDriverWait(driver, WAIT).withMessage(() -> "waiting for " + beginning + "*" + ending + " in "
                        + folder)
                .until(d -> {
                    try (var files = Files.list(folder)) {
                        Path file = files.filter(f -> f.getFileName().toString().startsWith(beginning)
                                && f.getFileName().toString().endsWith(ending)).findFirst().orElse(null);
                        return file == null ? null : Files.readAllBytes(file);
                    } catch (java.io.IOException e) {
                        return null;
                    }
                });
    }

    String pageText() {
        return whilePageChanges().until(d -> d.findElement(By.tagName("body")).getText());
    }

    /**
     * The text of a page a library renders for us, once it shows {@code text}: the API's reference (Swagger UI),
     * whose markup its makers answer for, so axe-core does not check it.
     */
    String libraryPage(String url, String text) {
        driver.get(url);
        whilePageChanges().withMessage(() -> "waiting for '" + text + "' on " + url)
                .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits until the page (perhaps the next one, after a click) shows this text. */
    void waitForText(String text) {
        whilePageChanges()
                .withMessage(() -> "waiting for '" + text + "' on " + driver.getCurrentUrl())
                .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
        checkAccessibility();
    }

    /**
     * The first time the browser is on one of the application's pages (by its address), axe-core checks it against
     * WCAG 2.1 A and AA; any violation fails the test, naming the rule and the elements.
     */
    private void checkAccessibility() {
        String url = driver.getCurrentUrl();
        if (!url.startsWith(TestStack.APPLICATION_URL) || !checked.add(url)) {
            return;
        }
        Results results = new AxeBuilder().withTags(WCAG_21_A_AA).analyze(driver);
        List<String> violations = results.getViolations().stream().map(rule -> rule.getId() + " (" + rule.getHelp()
                + "): " + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList()).toList();
        if (!violations.isEmpty()) {
            throw new AssertionError("Accessibility faults on " + url + ": " + String.join("; ", violations));
        }
    }

    /**
     * A wait that reads the page again when it was replaced under the read: Chromium reports a node of the page
     * before as stale, or as "not belonging to the document".
     */
    private WebDriverWait whilePageChanges() {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }

    @Override
    public void close() throws Exception {
        driver.quit();
        try (var paths = Files.walk(profile)) {
            paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
