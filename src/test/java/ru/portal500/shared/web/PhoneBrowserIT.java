package ru.portal500.shared.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.it.Await;
import ru.portal500.it.ApiBrowserTest;
import ru.portal500.it.Campaigns;
import ru.portal500.it.PortalApi;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static ru.portal500.it.Docx.docx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal on a phone, 390 px wide: every page, opened by a person who has something on it, fits the screen
 * (no sideways scroll) with every link, button and field inside it; the header folds into a menu button that
 * opens the menu, the caller's name, the bell, the language and «Выйти»; tables become stacked rows and dialogs
 * fit; a refusal on the documents board, the review page and the risk profile shows its message on the screen,
 * next to its field where the desktop has it there, and keeps what was typed. At 1366 px the header is the menu
 * bar it was. Campaign 2085.
 */
class PhoneBrowserIT extends ApiBrowserTest {

    private static final int YEAR = 2085;
    private static final int PHONE = 390;
    private static final int LAPTOP = 1366;

    /** What the walk found on one phone-sized page, or nothing: width beyond the screen, actions out of reach. */
    private final Map<String, String> problems = new LinkedHashMap<>();

    private static Data data;

    /** The records the pages show, made once through the API as the people themselves would. */
    private record Data(long document, long round, long review, long practice, long school) {
    }

    private Data data() {
        if (data == null) {
            data = prepare();
        }
        return data;
    }

    private Data prepare() {
        Campaigns campaigns = new Campaigns(api());
        campaigns.plan(YEAR);
        campaigns.status(YEAR, "atk-1", "LOW_RESULTS");
        String school = freshToken("school");
        HttpResponse<String> uploaded = api().upload("/regions/64/campaigns/" + YEAR
                + "/schools/atkarsky/atk-1/documents/CONCEPT/versions?name="
                + URLEncoder.encode("Концепция развития школы на телефоне.docx", StandardCharsets.UTF_8),
                docx("Миссия школы: качество образования для каждого ученика.",
                        "Цель 1: повысить результаты ВПР по математике на десять процентов за два года."), school);
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        long document = object(uploaded).getJsonNumber("document").longValue();
        Await.until("the DOCX's text extracted", Duration.ofSeconds(60), () -> !"PENDING".equals(((JsonObject) PortalApi.json(
                        api().get("/documents/" + document, freshToken("school")))).getJsonArray("versions")
                        .getJsonObject(0).getString("extraction")));
        HttpResponse<String> submitted = api().post("/documents/" + document + "/submission", "", school);
        assertEquals(200, submitted.statusCode(), submitted.body());

        String operator = freshToken("operator");
        long checklist = ((JsonArray) PortalApi.json(api().get("/regions/64/checklists", operator)))
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("code").equals("CONCEPT")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        HttpResponse<String> round = api().post("/regions/64/campaigns/" + YEAR + "/expertise/rounds",
                "{\"kind\":\"REGIONAL\",\"title\":\"Региональная экспертиза концепций на телефоне\",\"checklist\":"
                        + checklist + ",\"reviewsPerDocument\":1,\"due\":\"" + LocalDate.now().plusDays(10) + "\"}",
                operator);
        assertEquals(201, round.statusCode(), round.body());
        long roundId = object(round).getJsonNumber("id").longValue();
        HttpResponse<String> assigned = api().post("/expertise/rounds/" + roundId + "/assignment", "", operator);
        assertEquals(201, assigned.statusCode(), assigned.body());
        long review = array(assigned).getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("reviewer").equals("expert")).findFirst()
                .orElseThrow(() -> new AssertionError("the expert reviews the concept: " + assigned.body()))
                .getJsonNumber("id").longValue();

        HttpResponse<String> published = api().post("/regions/64/practices", "{\"municipality\":\"atkarsky\","
                + "\"title\":\"Школьная метеостанция\",\"summary\":\"Ученики ведут наблюдения за погодой на школьной"
                + " метеостанции и обсуждают их на уроках географии и физики.\",\"level\":\"ALL\","
                + "\"source\":\"EXPERT_PICK\",\"riskFactors\":[10]}", operator);
        assertEquals(201, published.statusCode(), published.body());
        long practice = object(published).getJsonNumber("id").longValue();
        Await.until("the practice is found by the search", Duration.ofSeconds(60), () -> api().get("/public/search?q="
                        + URLEncoder.encode("метеостанция", StandardCharsets.UTF_8), null).body()
                        .contains("Школьная метеостанция"));
        return new Data(document, roundId, review, practice, Campaigns.schoolId("atk-1"));
    }

    // ---------------------------------------------------------------- every page at 390 px

    @Test
    void everyPageFitsAPhone() {
        Data d = data();
        browser.atWidth(PHONE);

        check("start page", "/");
        check("practice bank", "/practices.xhtml");
        check("practice", "/practice.xhtml?id=" + d.practice());
        check("search", "/search.xhtml?q=" + URLEncoder.encode("метеостанция", StandardCharsets.UTF_8));
        check("error 403", "/errors/403.xhtml");
        check("error 404", "/errors/404.xhtml");
        check("error 500", "/errors/500.xhtml");
        check("error: expired page", "/errors/expired.xhtml");

        logIn("school", DemoUsers.PASSWORD);
        check("dashboard (school)", "/app/dashboard.xhtml");
        check("documents board (school)", "/app/documents.xhtml?campaign=" + YEAR);
        check("risk profile (school)", "/app/risk-profile.xhtml?campaign=" + YEAR);
        check("expertise (school)", "/app/expertise.xhtml?campaign=" + YEAR);
        leave();

        logIn("curator", DemoUsers.PASSWORD);
        check("document queue (curator)", "/app/document-queue.xhtml");
        check("document (curator)", "/app/document.xhtml?id=" + d.document());
        check("notifications (curator)", "/app/notifications.xhtml");
        check("my profile (curator)", "/app/profile.xhtml");
        check("risk profile (curator)", "/app/risk-profile.xhtml?campaign=" + YEAR);
        leave();

        logIn("expert", DemoUsers.PASSWORD);
        check("expertise (expert)", "/app/expertise.xhtml");
        check("review (expert)", "/app/review.xhtml?id=" + d.review());
        leave();

        logIn("coordinator", DemoUsers.PASSWORD);
        check("municipality (coordinator)", "/app/municipality.xhtml?campaign=" + YEAR);
        check("pairs (coordinator)", "/app/pairs.xhtml");
        browser.choose("pairs:campaign", "500+ " + (YEAR - 1) + "/" + (YEAR % 100));
        checkDialog("pairs: the curator dialog", ".choose-curator", "#pairDialog");
        leave();

        logIn("operator", DemoUsers.PASSWORD);
        check("campaigns", "/app/campaigns.xhtml");
        check("identification", "/app/identification.xhtml?campaign=" + YEAR);
        checkDialog("identification: the decision dialog", "[id='worksheet:rows:0:decide']", "#decisionDialog");
        check("schools", "/app/schools.xhtml");
        check("school card", "/app/school.xhtml?id=" + d.school());
        check("territories", "/app/territories.xhtml");
        check("pairs (operator)", "/app/pairs.xhtml");
        check("expertise (operator)", "/app/expertise.xhtml?campaign=" + YEAR);
        check("expertise round", "/app/expertise-round.xhtml?id=" + d.round());
        check("checklists", "/app/checklists.xhtml");
        browser.click("[id='library:latest:0:open']");
        browser.find("[id='builder:criteria']");
        measure("checklist builder");
        check("people and roles", "/app/people.xhtml");
        check("onboarding from a list", "/app/onboarding.xhtml");
        check("security log", "/app/audit.xhtml");
        check("search settings", "/app/search-settings.xhtml");
        check("page not found (operator)", "/app/expertise-round.xhtml?id=999999");
        leave();

        assertTrue(problems.isEmpty(), "pages that do not fit a " + PHONE + " px phone:\n" + String.join("\n",
                problems.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()));
    }

    /**
     * Logs out between the people of the walk: through the menu button and «Выйти» where the header has the button;
     * in the header as it was before (no button, «Выйти» beyond the screen's edge) by sending the logout form
     * itself, so that the walk goes on measuring. {@link #theHeaderFoldsIntoAMenuButtonThatReachesEverything} is
     * the test that clicks «Выйти» as a person does.
     */
    private void leave() {
        List<WebElement> toggle = browser.driver().findElements(By.id("menuToggle"));
        if (!toggle.isEmpty() && toggle.get(0).isDisplayed()) {
            openMenu();
            logOut();
        } else {
            script("document.getElementById('logoutForm').submit()");
            browser.awaitUrl(page("/"));
        }
    }

    /** Opens a page and records what does not fit. */
    private void check(String name, String path) {
        browser.open(page(path));
        browser.find("footer.portal-footer");
        measure(name);
    }

    /** Opens a dialog by its button and records what of it does not fit. */
    private void checkDialog(String name, String button, String dialog) {
        browser.click(button);
        browser.find(dialog);
        new FluentWait<>(browser).withTimeout(Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(100))
                .until(b -> !b.driver().findElements(By.cssSelector(dialog + ".ui-overlay-visible")).isEmpty()
                        || (Boolean) script("var d = document.querySelector(arguments[0]);"
                        + " return !!d && getComputedStyle(d).opacity === '1';", dialog));
        measure(name);
        browser.find(dialog + " .ui-dialog-titlebar-close").click();
    }

    private void measure(String name) {
        browser.screenshot("phone-" + name.replaceAll("[^\\p{L}0-9]+", "-"));
        List<String> found = new ArrayList<>();
        long width = browser.scrollWidth();
        System.out.println("At " + PHONE + " px: " + name + " is " + width + " px wide");
        if (width > PHONE) {
            found.add(width + " px wide");
        }
        @SuppressWarnings("unchecked")
        List<String> outOfReach = (List<String>) script(OUT_OF_REACH);
        found.addAll(outOfReach);
        if (!found.isEmpty()) {
            problems.put(name, String.join("; ", found));
        }
    }

    private Object script(String js, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(js, arguments);
    }

    /**
     * Links, buttons and fields shown but (partly) outside the screen's width and not inside a box that scrolls
     * sideways by itself, and table cells squeezed too narrow to read (both seen at 390 px before). What is hidden
     * on purpose (off-screen to the left or above, absolutely placed, as a skip link; the transparent file input
     * PrimeFaces lays over its upload button) does not count.
     */
    private static final String OUT_OF_REACH = """
            var vw = window.innerWidth, found = [];
            function scrollsItself(el) {
              for (var p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                var o = getComputedStyle(p).overflowX;
                if (o === 'auto' || o === 'scroll') return true;
              }
              return false;
            }
            function named(el) {
              var text = (el.innerText || el.value || el.getAttribute('aria-label') || el.title || '').trim();
              return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (text ? ' «' + text.substring(0, 30) + '»' : '');
            }
            document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, [role=button]')
                .forEach(function (el) {
              var r = el.getBoundingClientRect(), s = getComputedStyle(el);
              if (r.width <= 1 || r.height <= 1 || s.visibility === 'hidden' || s.opacity === '0') return;
              var hiddenOnPurpose = (r.right <= 0 || r.bottom <= 0) && (s.position === 'absolute' || s.position === 'fixed');
              if (!hiddenOnPurpose && (r.left < -1 || r.right > vw + 1) && !scrollsItself(el)) {
                found.push(named(el) + ' at ' + Math.round(r.left) + '…' + Math.round(r.right) + ' px');
              }
            });
            document.querySelectorAll('td').forEach(function (td) {
              var r = td.getBoundingClientRect(), text = td.innerText.trim();
              if (r.width > 0 && r.height > 0 && r.width < 24 && text.length > 2) {
                found.push('a cell «' + text.substring(0, 30) + '» ' + Math.round(r.width) + ' px wide');
              }
            });
            return found;
            """;

    // ---------------------------------------------------------------- the header

    @Test
    void theHeaderFoldsIntoAMenuButtonThatReachesEverything() {
        browser.atWidth(PHONE);
        browser.open(page("/"));
        assertFalse(browser.driver().findElement(By.id("mainMenu")).isDisplayed(), "the menu is folded");
        WebElement login = browser.find("#login");
        assertTrue(login.isDisplayed(), "«Войти» beside the menu button, not behind it");
        assertInside(login, "«Войти»");
        openMenu();
        assertInside(browser.find("#login"), "«Войти» with the menu open");

        logIn("curator", DemoUsers.PASSWORD);
        assertFalse(browser.driver().findElement(By.id("mainMenu")).isDisplayed(), "the menu is folded");
        assertFalse(browser.driver().findElement(By.id("logout")).isDisplayed(), "«Выйти» is in the menu");
        openMenu();
        List<WebElement> entries = browser.driver().findElements(By.cssSelector("#mainMenu a.ui-menuitem-link"));
        assertTrue(entries.size() > 3, "the curator's menu: " + entries.size());
        for (WebElement entry : entries) {
            assertInside(entry, "the menu entry «" + entry.getText() + "»");
        }
        assertInside(browser.find("#callerName"), "the caller's name");
        assertEquals("Сергей Кураторов", browser.text("#callerName"));
        assertInside(browser.find("#notificationBell"), "the bell");
        assertInside(browser.find("#languageForm a"), "the language");
        assertInside(browser.find("#logout"), "«Выйти»");
        browser.screenshot("phone-menu-open");

        // An entry of the open menu takes the person to its page, where the menu is folded again.
        WebElement documents = browser.driver().findElement(By.cssSelector("#mainMenu a[href$='/app/documents.xhtml']"));
        documents.click();
        browser.awaitUrlContaining("/app/documents.xhtml");
        assertFalse(browser.driver().findElement(By.id("mainMenu")).isDisplayed(), "folded on the new page");
        openMenu();
        browser.click("#logout");
        browser.awaitUrl(page("/"));

        // On a laptop the header is the menu bar it was, with no menu button.
        browser.atWidth(LAPTOP);
        browser.open(page("/"));
        assertTrue(browser.find("#mainMenu").isDisplayed(), "the menu bar on a laptop");
        assertFalse(browser.driver().findElement(By.id("menuToggle")).isDisplayed(), "no menu button on a laptop");
        assertInside(browser.find("#login"), "«Войти» on a laptop");
    }

    private void openMenu() {
        browser.click("#menuToggle");
        browser.find("#mainMenu");
        assertEquals("true", browser.find("#menuToggle").getAttribute("aria-expanded"), "the button says it is open");
    }

    /** The element is shown, inside the screen's width and below the top, so a finger reaches it. */
    private void assertInside(WebElement element, String what) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'nearest'})", element);
        assertTrue(element.isDisplayed(), what + " is shown");
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) script("var r = arguments[0].getBoundingClientRect();"
                + " return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, vw: window.innerWidth,"
                + " vh: window.innerHeight};", element);
        double left = number(r.get("left"));
        double right = number(r.get("right"));
        double top = number(r.get("top"));
        double bottom = number(r.get("bottom"));
        assertTrue(left >= -1 && right <= number(r.get("vw")) + 1 && top >= -1 && bottom <= number(r.get("vh")) + 1,
                what + " is on the screen: " + r);
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    // ---------------------------------------------------------------- refusals on a phone

    @Test
    void aRefusalOnAPhoneIsShownOnTheScreenAndKeepsWhatWasTyped() throws IOException {
        Data d = data();
        browser.atWidth(PHONE);

        // The documents board: a picture is no document; the refusal is on the screen after the upload.
        logIn("school", DemoUsers.PASSWORD);
        browser.open(page("/app/documents.xhtml?campaign=" + YEAR));
        Path picture = Files.createTempFile("scan-", ".png");
        Files.write(picture, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
                'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0});
        List<WebElement> inputs = browser.driver().findElements(By.cssSelector("#board input[type=file]:not([disabled])"));
        assertFalse(inputs.isEmpty(), "an owed document to upload");
        inputs.get(0).sendKeys(picture.toString());
        browser.awaitText("изображение, а не документ");
        assertInside(messageWith("изображение, а не документ"), "the refusal of the picture");
        measure("documents board after a refusal");
        leave();

        // The risk profile: a curator's verify of a profile with factors unmarked names them; the mark chosen stays.
        logIn("curator", DemoUsers.PASSWORD);
        browser.open(page("/app/risk-profile.xhtml?campaign=" + YEAR + "&school=" + d.school()));
        browser.choose("profile:factors:0:significance", "высокая");
        browser.click("#profile\\:verify");
        browser.awaitText("Профиль нельзя проверить");
        assertInside(messageWith("Профиль нельзя проверить"), "the refusal to verify");
        assertEquals("высокая", browser.text("#profile\\:factors\\:0\\:significance_label"), "the chosen mark stays");
        measure("risk profile after a refusal");
        leave();

        // The review: a mark beyond the scale is refused next to its field, on the screen; what was typed stays.
        logIn("expert", DemoUsers.PASSWORD);
        browser.open(page("/app/review.xhtml?id=" + d.review()));
        browser.type("#sheet\\:recommendations", "Уточнить целевые показатели");
        typeMark(0, "1,5");
        typeMark(2, "5");
        browser.click("#sheet\\:save");
        try {
            browser.awaitText("от 0 до 2");
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("phone-review-no-refusal");
            throw new AssertionError("no refusal of the mark 5 on 0–2; the field holds «"
                    + browser.find(scale(2)).getDomProperty("value") + "»; the page: " + browser.pageText(), e);
        }
        WebElement message = browser.find("#sheet [id$=':2:scaleMessage']");
        assertTrue(message.getText().contains("от 0 до 2"), "the message is next to the field: " + message.getText());
        assertInside(message, "the message of the refused mark");
        assertEquals("5", browser.find(scale(2)).getDomProperty("value"), "the typed mark stays");
        assertEquals("1,5", browser.find(scale(0)).getDomProperty("value"), "the other mark stays");
        assertEquals("Уточнить целевые показатели", browser.find("#sheet\\:recommendations").getDomProperty("value"));
        measure("review after a refusal");
        leave();

        assertTrue(problems.isEmpty(), "after a refusal: " + problems);
    }

    private WebElement messageWith(String words) {
        return browser.driver().findElements(By.cssSelector("#messages li, #messages .ui-messages-error-summary,"
                        + " #messages span")).stream().filter(e -> e.isDisplayed() && e.getText().contains(words))
                .findFirst().orElseThrow(() -> new AssertionError("no message «" + words + "» in #messages"));
    }

    private static String scale(int criterion) {
        return "#sheet [id$=':" + criterion + ":scale']";
    }

    private void typeMark(int criterion, String mark) {
        WebElement input = browser.find(scale(criterion));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(mark);
    }

    // ---------------------------------------------------------------- a laptop still looks right

    @Test
    void aLaptopStillShowsTheMenuBarAndPagesSideBySide() {
        Data d = data();
        browser.atWidth(LAPTOP);
        logIn("expert", DemoUsers.PASSWORD);
        browser.open(page("/app/review.xhtml?id=" + d.review()));
        browser.find("#sheet");
        browser.assertNoHorizontalScroll("review at " + LAPTOP + " px");
        WebElement pane = browser.find(".portal-review-document");
        WebElement sheet = browser.find("#sheet");
        assertTrue(sheet.getLocation().getX() > pane.getLocation().getX() + 300,
                "the score sheet beside the document on a laptop");
        browser.screenshot("laptop-review");
        logOut();

        logIn("school", DemoUsers.PASSWORD);
        for (String[] p : new String[][] {{"dashboard", "/app/dashboard.xhtml"},
                {"documents-board", "/app/documents.xhtml?campaign=" + YEAR},
                {"risk-profile", "/app/risk-profile.xhtml?campaign=" + YEAR}}) {
            browser.open(page(p[1]));
            browser.find("footer.portal-footer");
            browser.assertNoHorizontalScroll(p[0] + " at " + LAPTOP + " px");
            assertTrue(browser.find("#mainMenu").isDisplayed(), "the menu bar on " + p[0]);
            assertTrue(browser.find("#logout").isDisplayed(), "«Выйти» on " + p[0]);
            browser.screenshot("laptop-" + p[0]);
            if (p[0].equals("documents-board")) {
                // The board's table keeps its columns on a laptop: the title column has room.
                WebElement title = browser.find("[id='board:owed'] th");
                assertTrue(title.getSize().getWidth() > 150, "the title column is " + title.getSize().getWidth() + " px");
            }
        }
        logOut();
    }
}
