package ru.portal500.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Headless Debian Chromium driven by its ChromeDriver (both from apt; nothing is downloaded), with a
 * fresh profile each time, so that every test starts with no cookies and no sessions.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public Browser() {
        Path profile;
        try {
            profile = Files.createTempDirectory("portal-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(TestInfrastructure.property("chromium.path"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=ru-RU",
                "--user-data-dir=" + profile);
        // As a Russian user's browser: Keycloak picks its page's language from Accept-Language.
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "ru-RU,ru"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(TestInfrastructure.property("chromedriver.path")))
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public void open(String url) {
        driver.get(url);
    }

    /**
     * Shows pages in a viewport of this width, as a phone (below 600 px: 844 px high, mobile) or a laptop
     * (768 px high) shows them; it holds for the pages opened after it.
     */
    public void atWidth(int width) {
        boolean phone = width < 600;
        ((org.openqa.selenium.chromium.ChromiumDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", phone ? 844 : 768, "deviceScaleFactor", 1, "mobile", phone));
    }

    /** How wide the page is laid out, in CSS pixels: wider than the viewport means a horizontal scroll. */
    public long scrollWidth() {
        return (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth");
    }

    /** Fails, naming the page, when the page is wider than the viewport (the person would scroll sideways). */
    public void assertNoHorizontalScroll(String page) {
        long viewport = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return window.innerWidth");
        long width = scrollWidth();
        if (width > viewport) {
            throw new AssertionError(page + " is " + width + " px wide in a viewport of " + viewport + " px");
        }
    }

    /**
     * Fails, naming the page, when a button's icon (PrimeFaces' «+» of an upload, any {@code .ui-icon}) lies over the
     * words of its own label, or when two buttons, links or fields of the page's content lie over each other (seen at
     * 390 px: the theme centres an upload button's icon on a phone, on top of the words the portal shows there).
     */
    public void assertNothingOverlaps(String page) {
        @SuppressWarnings("unchecked")
        java.util.List<String> found = (java.util.List<String>) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(OVERLAPS);
        if (!found.isEmpty()) {
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "window.portalOverlap && window.portalOverlap.scrollIntoView({block: 'center'})");
            screenshot("overlap-" + page.replaceAll("[^\\p{L}\\p{N}]+", "-"));
            throw new AssertionError(page + ": " + String.join("; ", found));
        }
    }

    private static final String OVERLAPS = """
            var found = [];
            window.portalOverlap = null;
            function shown(el) {
              var r = el.getBoundingClientRect(), s = getComputedStyle(el);
              return r.width > 1 && r.height > 1 && s.visibility !== 'hidden' && s.display !== 'none' && s.opacity !== '0';
            }
            function meet(a, b) {
              return Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1
                  && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
            }
            function named(el) {
              var text = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim();
              return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (text ? ' «' + text.substring(0, 30) + '»' : '');
            }
            var main = document.getElementById('content') || document.body;
            main.querySelectorAll('.ui-button').forEach(function (button) {
              var icon = button.querySelector('.ui-icon'), label = button.querySelector('.ui-button-text');
              if (!icon || !label || !shown(icon) || !shown(label) || !label.textContent.trim()) return;
              var words = document.createRange();
              words.selectNodeContents(label);
              var i = icon.getBoundingClientRect();
              Array.prototype.forEach.call(words.getClientRects(), function (w) {
                if (meet(i, w)) {
                  found.push('the icon of ' + named(button) + ' lies over its words');
                  window.portalOverlap = window.portalOverlap || button;
                }
              });
            });
            // A widget made of parts laid over each other on purpose (a spinner's arrows on its field, a select's
            // label and trigger) counts as one control; a link that wraps counts by its lines, not its bounding box.
            var composite = '.ui-spinner, .ui-inputnumber, .ui-calendar, .ui-datepicker, .ui-autocomplete, .ui-selectonemenu,'
                + ' .ui-selectcheckboxmenu, .ui-fileupload-choose';
            var controls = [];
            main.querySelectorAll('.ui-button, a[href], input:not([type=hidden]):not([type=file]), select, textarea, '
                + composite).forEach(function (el) {
              var whole = el.parentElement && el.parentElement.closest(composite);
              var control = whole || el;
              if (controls.indexOf(control) < 0 && shown(control) && !control.closest('.ui-helper-hidden-accessible')) {
                controls.push(control);
              }
            });
            for (var a = 0; a < controls.length; a++) {
              for (var b = a + 1; b < controls.length; b++) {
                var x = controls[a], y = controls[b];
                if (x.contains(y) || y.contains(x)) continue;
                var overlap = Array.prototype.some.call(x.getClientRects(), function (p) {
                  return Array.prototype.some.call(y.getClientRects(), function (q) { return meet(p, q); });
                });
                if (overlap) {
                  found.push(named(x) + ' lies over ' + named(y));
                  window.portalOverlap = window.portalOverlap || x;
                }
              }
            }
            return found;
            """;

    public WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Clicks once the element is clickable; an element replaced by an Ajax update meanwhile is looked up again. */
    public void click(String css) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(By.cssSelector(css)).apply(d);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /** The visible text of an element; an element replaced by an Ajax update meanwhile is looked up again. */
    /**
     * Follows an entry of the main menu, found by the end of its address: one at the menu's top level is clicked,
     * one inside a group after pointing at the group, as a person opens it.
     */
    public void menu(String hrefEnd) {
        String css = "#mainMenu a[href$='" + hrefEnd + "']";
        WebElement entry = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        if (!entry.isDisplayed()) {
            new Actions(driver).moveToElement(entry.findElement(
                    By.xpath("ancestor::li[contains(@class,'ui-menu-parent')][last()]/a"))).perform();
        }
        click(css);
    }

    /** Whether the main menu offers a page, at its top level or inside a group (found by the end of its address). */
    public boolean menuOffers(String hrefEnd) {
        find("#mainMenu");
        return !driver.findElements(By.cssSelector("#mainMenu a[href$='" + hrefEnd + "']")).isEmpty();
    }

    public String text(String css) {
        return wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    WebElement element = d.findElement(By.cssSelector(css));
                    return element.isDisplayed() ? element.getText() : null;
                });
    }

    public void awaitUrlContaining(String part) {
        wait.until(ExpectedConditions.urlContains(part));
    }

    public void awaitUrl(String url) {
        wait.until(ExpectedConditions.urlToBe(url));
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public WebDriver driver() {
        return driver;
    }

    /** Chooses an item of a PrimeFaces select by its label. */
    public void choose(String selectId, String label) {
        String css = "#" + selectId.replace(":", "\\:");
        // The panel opens with an animation; a click that lands too early is tried again. A panel left open (the
        // item was already chosen while it opened) is closed, so that it covers no field below it.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementNotInteractableException.class).until(d -> {
                    boolean open = d.findElement(By.cssSelector(css + "_panel")).isDisplayed();
                    if (label.equals(d.findElement(By.cssSelector(css + "_label")).getText())) {
                        if (open) {
                            ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                                    "PrimeFaces.getWidgetById(arguments[0]).hide()", selectId);
                        }
                        return !open;
                    }
                    if (!open) {
                        d.findElement(By.cssSelector(css)).click();
                    }
                    d.findElement(By.cssSelector(css + "_items li[data-label='" + label + "']")).click();
                    return false;
                });
    }

    /** Types into a PrimeFaces autocomplete and picks the suggestion whose value is {@code value}. */
    public void pickSuggestion(String autoCompleteId, String typed, String value) {
        String css = "#" + autoCompleteId.replace(":", "\\:");
        type(css + "_input", typed);
        click(css + "_panel li[data-item-value='" + value + "']");
    }

    /** Replaces what a field holds the way a person does (select all, delete, type, leave): a date picker too. */
    public void retype(String css, String text) {
        // A field an Ajax update replaced meanwhile is looked up again and typed into from the start.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            WebElement input = find(css);
            input.click();
            input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                    org.openqa.selenium.Keys.DELETE);
            input.sendKeys(text);
            input.sendKeys(org.openqa.selenium.Keys.TAB);
            return true;
        });
    }

    public void type(String css, String text) {
        WebElement input = find(css);
        input.clear();
        input.sendKeys(text);
    }

    /** Waits until the page's text contains the words (e.g. a message after an Ajax action). */
    public void awaitText(String words) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("body")).getText().contains(words));
    }

    /** The labels of a PrimeFaces select's options, in the order the page offers them. */
    public java.util.List<String> options(String selectId) {
        return driver.findElements(By.cssSelector("#" + selectId.replace(":", "\\:") + "_input option")).stream()
                .map(o -> o.getAttribute("textContent").strip()).toList();
    }

    /** A file as the browser receives it: the answer's status, Content-Type and Content-Disposition, and its bytes. */
    public record Download(int status, String type, String disposition, byte[] body) {
    }

    /** Fetches a link's target with the browser's own session, as following the link would download it. */
    public Download fetch(String url) {
        return download("fetch(arguments[0], {credentials: 'same-origin'})", url);
    }

    /**
     * Presses a non-Ajax download button the way its form would submit it, but through {@code fetch}, so that the
     * test reads the file the browser would save.
     */
    public Download pressForDownload(String buttonId) {
        return download("""
                (() => {
                    const button = document.getElementById(arguments[0]);
                    const data = new URLSearchParams(new FormData(button.form));
                    data.append(button.name, button.name);
                    return fetch(button.form.action, {method: 'POST', body: data, credentials: 'same-origin'});
                })()""", buttonId);
    }

    private Download download(String request, String argument) {
        Object answer = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                %s.then(r => r.arrayBuffer().then(b => {
                    const bytes = new Uint8Array(b);
                    let text = '';
                    for (let i = 0; i < bytes.length; i += 0x8000) {
                        text += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
                    }
                    done([String(r.status), r.headers.get('Content-Type') || '',
                        r.headers.get('Content-Disposition') || '', btoa(text)]);
                })).catch(e => done(['0', '', '', btoa('failed: ' + e)]));
                """.formatted(request), argument);
        java.util.List<?> parts = (java.util.List<?>) answer;
        return new Download(Integer.parseInt(String.valueOf(parts.get(0))), String.valueOf(parts.get(1)),
                String.valueOf(parts.get(2)), java.util.Base64.getDecoder().decode(String.valueOf(parts.get(3))));
    }

    /** Logs in on Keycloak's own login page (the browser must be on it). */
    public void logInOnKeycloak(String username, String password) {
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        click("#kc-login");
    }

    /**
     * Runs axe-core (WCAG 2.1 A/AA and best practices) over the page the browser shows and answers its violations,
     * each named by {@code page}; {@link Axe#assertNoSeriousViolations} fails on the critical and serious ones.
     */
    public java.util.List<Axe.Violation> axe(String page) {
        return Axe.run(driver, page);
    }

    /** Keeps what the browser shows as {@code target/browser/NAME.png}, for the report of a failed test. */
    public void screenshot(String name) {
        try {
            Path dir = Path.of("target", "browser");
            Files.createDirectories(dir);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (IOException | RuntimeException e) {
            System.err.println("No screenshot " + name + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
