package ru.portal500.shared.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.it.BrowserTest;
import ru.portal500.it.Campaigns;
import ru.portal500.it.PortalApi;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Numbers out of range are refused, not clamped by the fields, and shown with the reader's decimal separator; the
 * profile's «Уведомления» block is not squeezed and the log-out button keeps its padding on every page (a tester
 * found all four clicking through the portal).
 */
class RangesAndLayoutBrowserIT extends BrowserTest {

    private static final String ATK1 = "МБОУ «СОШ № 1 г. Аткарска»";
    private static final int LAPTOP = 1366;
    private static final int PHONE = 390;

    /** The threshold typed out of range is refused with the range in words, kept in the field and not saved. */
    @Test
    void aThresholdOutOfRangeIsRefusedWithTheRangeAndNotSaved() {
        Campaigns campaigns = new Campaigns(new PortalApi(base));
        assertEquals(201, campaigns.plan(2089).statusCode());
        campaigns.status(2089, "atk-1", "LOW_RESULTS");
        logIn("operator", DemoUsers.PASSWORD);
        browser.atWidth(PHONE);
        browser.open(page("/app/identification.xhtml?campaign=2089"));
        browser.awaitText("Правило выявления региона");
        browser.retype("#rule\\:threshold_input", "150");
        browser.click("#rule\\:saveRule");
        browser.awaitText("Порог — доля неудовлетворительных результатов больше 0 и не больше 100 %.");
        assertFalse(browser.pageText().contains("Правило выявления сохранено"), browser.pageText());
        String kept = browser.find("#rule\\:threshold_input").getAttribute("value");
        assertTrue(kept.startsWith("150"), "the field keeps what was typed: " + kept);

        browser.open(page("/app/identification.xhtml?campaign=2089"));
        browser.awaitText("Правило выявления региона");
        String saved = browser.find("#rule\\:threshold_input").getAttribute("value");
        assertTrue(saved.startsWith("25"), "nothing saved: " + saved);

        // The well-being index: out of range refused with the range; a good one shown with a comma in the worksheet.
        String row = "//*[@id='worksheet:rows']//tr[td[contains(normalize-space(), '" + ATK1 + "')]]";
        browser.driver().findElement(By.xpath(row + "//a[contains(@id, 'editFlags')]")).click();
        awaitDialog("flagsDialog");
        browser.retype("#flagsForm\\:index_input", "250");
        browser.click("#flagsForm\\:save");
        browser.awaitText("Индекс социального благополучия — число от 0 до 100.");
        assertFalse(browser.pageText().contains("Отметки сохранены."), browser.pageText());
        String index = browser.find("#flagsForm\\:index_input").getAttribute("value");
        assertTrue(index.startsWith("250"), "the field keeps what was typed: " + index);
        browser.retype("#flagsForm\\:index_input", "42,5");
        browser.click("#flagsForm\\:save");
        browser.awaitText("Отметки сохранены.");
        browser.awaitText("Индекс социального благополучия: 42,5");
        assertFalse(browser.text("#worksheet\\:rows").contains("42.5"), browser.text("#worksheet\\:rows"));
    }

    /** «Уведомления»: the hint above, each checkbox on one full-width line, the button's words on one line. */
    @Test
    void theNotificationsBlockOfTheProfileIsNotSqueezed() {
        // The person keeps the language chosen here: another user than the other tests', left in Russian at the end.
        logIn("curator", DemoUsers.PASSWORD);
        for (int width : new int[] {LAPTOP, PHONE}) {
            browser.atWidth(width);
            for (String language : List.of("en", "ru")) {
                browser.open(page("/app/profile.xhtml"));
                if (!browser.driver().findElements(By.id("languageForm:" + language)).isEmpty()) {
                    if (width == PHONE) {
                        browser.click("#menuToggle");
                    }
                    browser.click("#languageForm\\:" + language);
                    browser.awaitText(language.equals("ru") ? "Уведомления" : "Notifications");
                }
                String where = width + " px, " + language;
                WebElement fieldset = browser.find("#profile\\:saveNotifications").findElement(By.xpath("ancestor::fieldset"));
                Map<String, Object> hint = rect(fieldset.findElement(By.tagName("p")));
                Map<String, Object> boxes = rect(browser.find("#profile\\:onlyInPortal"));
                assertTrue(number(hint.get("bottom")) <= number(boxes.get("top")) + 1,
                        where + ": the hint is above the checkboxes " + hint + " " + boxes);
                assertTrue(Math.abs(number(hint.get("left")) - number(boxes.get("left"))) < 2,
                        where + ": the checkboxes start where the hint starts " + hint + " " + boxes);
                Map<String, Object> block = rect(fieldset);
                assertTrue(number(boxes.get("right")) >= number(block.get("right")) - 40,
                        where + ": the checkboxes take the block's width " + boxes + " " + block);
                // On a laptop each label is one line; at 390 px the longest («Документы на проверку и решения по ним»)
                // cannot be, and takes two lines of the block's full width, not four of a narrow column.
                for (WebElement label : browser.driver().findElements(By.cssSelector("#profile\\:onlyInPortal label"))) {
                    assertLines(label, width == PHONE ? 2 : 1, where + ": «" + label.getText() + "»");
                }
                assertLines(browser.find("#profile\\:saveNotifications .ui-button-text"), 1, where + ": the button");
            }
        }
    }

    /** «Выйти» has inner padding on every page, on a laptop and in the phone's menu. */
    @Test
    void theLogOutButtonIsPaddedOnEveryPage() {
        logIn("operator", DemoUsers.PASSWORD);
        for (int width : new int[] {LAPTOP, PHONE}) {
            browser.atWidth(width);
            for (String path : List.of("/app/dashboard.xhtml", "/app/profile.xhtml")) {
                browser.open(page(path));
                if (width == PHONE) {
                    browser.click("#menuToggle");
                }
                WebElement logout = browser.find("#logout");
                String left = (String) script("return getComputedStyle(arguments[0]).paddingLeft", logout);
                String top = (String) script("return getComputedStyle(arguments[0]).paddingTop", logout);
                assertTrue(pixels(left) >= 8 && pixels(top) >= 4,
                        width + " px, " + path + ": «Выйти» is padded, not " + top + " " + left);
            }
        }
    }


    private void awaitDialog(String id) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** The element's text takes at most {@code lines} lines: its height inside the padding is below lines + ½ lines. */
    private void assertLines(WebElement element, int lines, String what) {
        double height = number(script("var s = getComputedStyle(arguments[0]); return arguments[0].clientHeight"
                + " - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom)", element));
        String lineHeight = (String) script("var s = getComputedStyle(arguments[0]); return s.lineHeight === 'normal'"
                + " ? (parseFloat(s.fontSize) * 1.2) + 'px' : s.lineHeight", element);
        assertTrue(height < (lines + 0.5) * pixels(lineHeight),
                what + " takes at most " + lines + " line(s): " + height + " px high, line " + lineHeight);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> rect(WebElement element) {
        return (Map<String, Object>) script("var r = arguments[0].getBoundingClientRect();"
                + " return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};", element);
    }

    private Object script(String js, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(js, arguments);
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private static double pixels(String css) {
        return Double.parseDouble(css.replace("px", ""));
    }
}
