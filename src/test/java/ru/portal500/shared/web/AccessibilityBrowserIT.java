package ru.portal500.shared.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.it.Await;
import ru.portal500.it.Axe;
import ru.portal500.it.ApiBrowserTest;
import ru.portal500.it.Campaigns;
import ru.portal500.it.PortalApi;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static ru.portal500.it.Docx.docx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * axe-core over the pages a campaign's people walk, as the roles that use them, with a campaign, a submitted
 * document, a regional round with its review and a published practice made through the API: the start page, search
 * with results, the practice bank and a practice (a visitor); dashboard, campaigns, identification, schools, a
 * school, expertise rounds, a round, checklists, people, audit, notifications (the operator); pairs and a risk profile
 * (the coordinator); the document queue (the curator); the documents board, a document, notifications (the school);
 * the expert's rounds and score sheet. No critical or serious WCAG 2.1 A/AA violation on any of them. Campaign 2088.
 */
class AccessibilityBrowserIT extends ApiBrowserTest {

    private static final int YEAR = 2088;
    private static final String PRACTICE_WORD = "метеостанция";

    private final List<Axe.Violation> violations = new ArrayList<>();

    /** What the walk needs, made through the API. */
    private record Data(long school, long document, long round, long review, long practice) {
    }

    /** Made once for the class: the walk and the version for the visually impaired read the same records. */
    private static Data prepared;

    private Data prepare() {
        if (prepared == null) {
            prepared = create();
        }
        return prepared;
    }

    private Data create() {
        Campaigns campaigns = new Campaigns(api());
        campaigns.plan(YEAR);
        campaigns.status(YEAR, "atk-1", "LOW_RESULTS");
        String coordinator = freshToken("coordinator");
        HttpResponse<String> pair = api().post("/regions/64/campaigns/" + YEAR + "/pairs", "{\"municipality\":\"atkarsky\","
                + "\"school\":\"atk-1\",\"curatorMunicipality\":\"atkarsky\",\"curatorSchool\":\"atk-3\"}", coordinator);
        System.out.println("The pair atk-1 ↔ atk-3: " + pair.statusCode() + " " + pair.body());

        String school = freshToken("school");
        HttpResponse<String> uploaded = api().upload("/regions/64/campaigns/" + YEAR
                + "/schools/atkarsky/atk-1/documents/CONCEPT/versions?name="
                + URLEncoder.encode("Концепция развития.docx", StandardCharsets.UTF_8),
                docx("Миссия школы: качество образования для каждого ученика.",
                        "Цель 1: повысить результаты ВПР по математике."), school);
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        long document = object(uploaded).getJsonNumber("document").longValue();
        Await.until("the DOCX's text extracted", Duration.ofSeconds(60), () -> !"PENDING".equals(((JsonObject) PortalApi.json(
                        api().get("/documents/" + document, school))).getJsonArray("versions").getJsonObject(0)
                        .getString("extraction")));
        assertEquals(200, api().post("/documents/" + document + "/submission", "", school).statusCode());

        String operator = freshToken("operator");
        long checklist = ((JsonArray) PortalApi.json(api().get("/regions/64/checklists", operator)))
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("code").equals("CONCEPT")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        HttpResponse<String> round = api().post("/regions/64/campaigns/" + YEAR + "/expertise/rounds",
                "{\"kind\":\"REGIONAL\",\"title\":\"Экспертиза концепций для проверки доступности\",\"checklist\":"
                        + checklist + ",\"reviewsPerDocument\":1,\"due\":\"" + LocalDate.now().plusDays(10) + "\"}",
                operator);
        assertEquals(201, round.statusCode(), round.body());
        long roundId = object(round).getJsonNumber("id").longValue();
        HttpResponse<String> assigned = api().post("/expertise/rounds/" + roundId + "/assignment", "", operator);
        assertEquals(201, assigned.statusCode(), assigned.body());
        long review = array(assigned).getJsonObject(0).getJsonNumber("id").longValue();

        HttpResponse<String> published = api().post("/regions/64/practices", "{\"municipality\":\"atkarsky\","
                + "\"title\":\"Школьная " + PRACTICE_WORD + "\",\"summary\":\"Ученики ведут дневник погоды на школьной "
                + PRACTICE_WORD + "е и сравнивают его с прогнозом.\",\"level\":\"ALL\",\"source\":\"EXPERT_PICK\","
                + "\"riskFactors\":[10]}", operator);
        assertEquals(201, published.statusCode(), published.body());
        long practice = object(published).getJsonNumber("id").longValue();
        Await.until("the practice indexed", Duration.ofSeconds(60), () -> api().get("/public/search?q="
                        + URLEncoder.encode(PRACTICE_WORD, StandardCharsets.UTF_8), null).body().contains(PRACTICE_WORD));
        return new Data(Campaigns.schoolId("atk-1"), document, roundId, review, practice);
    }

    /** Opens a page and runs axe over it once its main content is there. */
    private void check(String name, String path) {
        browser.open(page(path));
        browser.find("main");
        violations.addAll(browser.axe(name));
    }

    @Test
    void everyPageOfTheWalkHasNoCriticalOrSeriousViolation() {
        Data data = prepare();

        check("start page", "/");
        check("search with results", "/search.xhtml?q=" + URLEncoder.encode(PRACTICE_WORD, StandardCharsets.UTF_8));
        check("practices", "/practices.xhtml");
        check("a practice", "/practice.xhtml?id=" + data.practice());

        logIn("operator", DemoUsers.PASSWORD);
        check("dashboard (operator)", "/app/dashboard.xhtml");
        check("campaigns", "/app/campaigns.xhtml");
        check("identification", "/app/identification.xhtml?campaign=" + YEAR);
        check("schools", "/app/schools.xhtml");
        check("a school", "/app/school.xhtml?id=" + data.school());
        check("expertise rounds (operator)", "/app/expertise.xhtml?campaign=" + YEAR);
        check("a round", "/app/expertise-round.xhtml?id=" + data.round());
        check("checklists", "/app/checklists.xhtml");
        check("people", "/app/people.xhtml");
        check("audit", "/app/audit.xhtml");
        logOut();

        logIn("coordinator", DemoUsers.PASSWORD);
        check("pairs", "/app/pairs.xhtml");
        check("risk profile", "/app/risk-profile.xhtml?campaign=" + YEAR + "&school=" + data.school());
        logOut();

        logIn("curator", DemoUsers.PASSWORD);
        check("document queue", "/app/document-queue.xhtml");
        logOut();

        logIn("school", DemoUsers.PASSWORD);
        check("documents board", "/app/documents.xhtml?campaign=" + YEAR);
        check("a document", "/app/document.xhtml?id=" + data.document());
        check("notifications", "/app/notifications.xhtml");
        logOut();

        logIn("expert", DemoUsers.PASSWORD);
        check("expertise rounds (expert)", "/app/expertise.xhtml");
        check("review sheet", "/app/review.xhtml?id=" + data.review());
        assertARefusalIsNextToItsFieldAndAnnounced();
        violations.addAll(browser.axe("review sheet with a refused mark"));
        logOut();

        Axe.assertNoSeriousViolations("walk", violations);
    }

    @Test
    void theSkipLinkIsTheFirstThingTheKeyboardReachesAndMovesTheFocusToTheContent() {
        browser.open(page("/"));
        browser.find("main");
        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement first = browser.driver().switchTo().activeElement();
        assertEquals("skipLink", first.getAttribute("id"), "the first focusable element");
        assertEquals("Перейти к содержанию", first.getText(), "visible once it has the focus");
        first.sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).withMessage("the focus on the content")
                .until(d -> "content".equals(d.switchTo().activeElement().getAttribute("id")));
        assertEquals("MAIN", browser.driver().switchTo().activeElement().getTagName().toUpperCase());

        logIn("school", DemoUsers.PASSWORD);
        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertEquals("skipLink", browser.driver().switchTo().activeElement().getAttribute("id"),
                "on a page after login too");
        logOut();
    }

    /**
     * The switch on every page turns the version for the visually impaired on, a cookie keeps it for a visitor and
     * across a login: type 150 % or 200 %, black on white or white on black, no images or decorative icons, wider
     * spacing; the main pages pass axe in it, and a refusal reads as in the normal version.
     */
    @Test
    void theVersionForTheVisuallyImpairedIsRememberedAndPassesTheCheckToo() {
        Data data = prepare();
        browser.open(page("/"));
        assertEquals("Версия для слабовидящих", browser.text("#visionOn"));
        browser.click("#visionOn");
        awaitHtmlClass("lv-150");
        assertEquals("150-light", browser.driver().manage().getCookieNamed("portal-vision").getValue());
        assertEquals(page("/"), browser.url(), "the same page again");
        assertEquals("24px", css("html", "font-size"), "150 % of 16 px");
        assertEquals("rgba(0, 0, 0, 1)", css("body", "color"), "black");
        assertEquals("rgba(255, 255, 255, 1)", css("body", "background-color"), "on white");
        assertTrue(Double.parseDouble(css("body", "letter-spacing").replace("px", "")) > 0, "wider letter spacing");
        assertEquals("Обычная версия", browser.text("#visionOff"));
        check("start page (low vision)", "/");
        check("search (low vision)", "/search.xhtml?q=" + URLEncoder.encode(PRACTICE_WORD, StandardCharsets.UTF_8));
        check("a practice (low vision)", "/practice.xhtml?id=" + data.practice());

        browser.click("#visionDark");
        awaitHtmlClass("lv-dark");
        assertEquals("rgba(255, 255, 255, 1)", css("body", "color"), "white");
        assertEquals("rgba(0, 0, 0, 1)", css("body", "background-color"), "on black");
        browser.click("#visionSize200");
        awaitHtmlClass("lv-200");
        assertEquals("32px", css("html", "font-size"), "200 % of 16 px");
        assertEquals("true", browser.find("#visionSize200").getAttribute("aria-current"), "the chosen size is marked");
        check("practices (low vision, white on black, 200 %)", "/practices.xhtml");

        logIn("coordinator", DemoUsers.PASSWORD);
        assertTrue(htmlClass().contains("lv-dark"), "kept across the login: " + htmlClass());
        browser.click("#visionLight");
        awaitHtmlClass("lv-light");
        check("dashboard (low vision)", "/app/dashboard.xhtml");
        check("risk profile (low vision)", "/app/risk-profile.xhtml?campaign=" + YEAR + "&school=" + data.school());
        assertEquals(0L, ((JavascriptExecutor) browser.driver()).executeScript("return Array.from(document.querySelectorAll("
                + "'img, canvas, .portal-bell .pi, .ui-button-text-icon-left .ui-button-icon-left'))"
                + ".filter(function (e) { return e.getClientRects().length > 0; }).length;"),
                "no image, chart or decorative icon shown");
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser.driver()).executeScript("return Array.from("
                + "document.querySelectorAll('canvas[aria-label]')).every(function (c) {"
                + " var next = c.nextElementSibling; return next && next.className === 'lv-alt'"
                + " && next.textContent === c.getAttribute('aria-label'); });"), "a chart is replaced by its text");
        check("pairs (low vision)", "/app/pairs.xhtml");
        logOut();

        logIn("school", DemoUsers.PASSWORD);
        check("documents board (low vision)", "/app/documents.xhtml?campaign=" + YEAR);
        check("a document (low vision)", "/app/document.xhtml?id=" + data.document());
        logOut();

        logIn("expert", DemoUsers.PASSWORD);
        check("review sheet (low vision)", "/app/review.xhtml?id=" + data.review());
        assertARefusalIsNextToItsFieldAndAnnounced();
        violations.addAll(browser.axe("review sheet with a refused mark (low vision)"));
        browser.click("#visionOff");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).withMessage("the normal version again")
                .until(d -> !htmlClass().contains("lv"));
        assertNull(browser.driver().manage().getCookieNamed("portal-vision"), "the cookie is gone");
        assertEquals("16px", css("html", "font-size"));
        logOut();

        Axe.assertNoSeriousViolations("low-vision", violations);
    }

    /**
     * On the score sheet, a mark outside the scale: the refusal stands next to its field, in a live region a screen
     * reader announces, the field is marked invalid and described by the refusal, and what was typed stays.
     */
    private void assertARefusalIsNextToItsFieldAndAnnounced() {
        String field = "#sheet [id$=':2:scale']";
        WebElement input = browser.find(field);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys("5");
        browser.click("#sheet\\:save");
        browser.awaitText("от 0 до 2");
        WebElement message = browser.find("#sheet [id$=':2:scaleMessage']");
        assertTrue(message.getText().contains("от 0 до 2"), message.getText());
        assertTrue(List.of("polite", "assertive").contains(message.getAttribute("aria-live")),
                "announced: aria-live=" + message.getAttribute("aria-live"));
        WebElement refused = browser.find(field);
        assertEquals("true", refused.getAttribute("aria-invalid"), "the field is marked invalid");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).withMessage("the field described by its refusal")
                .until(d -> String.valueOf(d.findElement(By.cssSelector(field)).getAttribute("aria-describedby"))
                        .contains(message.getAttribute("id")));
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser.driver()).executeScript(
                "return arguments[0].closest('fieldset') === arguments[1].closest('fieldset');", refused, message),
                "next to its field, in the criterion's own group");
        assertEquals("5", refused.getDomProperty("value"), "what was typed stays");
    }

    private String htmlClass() {
        return String.valueOf(browser.driver().findElement(By.tagName("html")).getAttribute("class"));
    }

    private void awaitHtmlClass(String name) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).withMessage("the page in " + name)
                .until(d -> java.util.Arrays.asList(htmlClass().split(" ")).contains(name));
    }

    private String css(String selector, String property) {
        return browser.driver().findElement(By.cssSelector(selector)).getCssValue(property);
    }
}
