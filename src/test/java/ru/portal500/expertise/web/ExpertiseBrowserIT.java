package ru.portal500.expertise.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.it.Await;
import ru.portal500.it.ApiBrowserTest;
import ru.portal500.it.Campaigns;
import ru.portal500.it.PortalApi;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static ru.portal500.it.Docx.docx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The expertise pages in a real browser: the expert finds the review on «Экспертиза», reads the DOCX's text beside
 * the checklist (opening the page is no download), is told which required criteria a submit still lacks, types a
 * mark into every scale criterion (one with a decimal comma, one out of the scale first), answers yes/no and a
 * choice, comments, saves the draft, finds it after a reload, submits through the confirm dialog and gets the
 * conclusion, with the total rounded; the operator follows the round. Campaign 2093.
 */
class ExpertiseBrowserIT extends ApiBrowserTest {

    private static final int YEAR = 2093;

    /** The concept checklist's criteria by position on the page (0-based): its scale criteria K1–K5, K7, K9, K10. */
    private static final Map<Integer, String> SCALE_MARKS = Map.of(0, "1", 1, "1,5", 2, "0", 3, "0", 4, "0", 6, "0",
            8, "0", 9, "0");
    private static final int CHOICE_K6 = 5;
    private static final int YES_NO_K8 = 7;
    private static final int YES_NO_K11 = 10;
    private static final int COMMENT_K12 = 11;

    private long document;

    private long prepareRound() {
        Campaigns campaigns = new Campaigns(api());
        campaigns.plan(YEAR);
        campaigns.status(YEAR, "atk-1", "LOW_RESULTS");
        String school = freshToken("school");
        HttpResponse<String> uploaded = api().upload("/regions/64/campaigns/" + YEAR
                + "/schools/atkarsky/atk-1/documents/CONCEPT/versions?name="
                + URLEncoder.encode("Концепция развития.docx", StandardCharsets.UTF_8),
                docx("Миссия школы: качество образования для каждого ученика.",
                        "Цель 1: <b>повысить</b> результаты ВПР по математике."), school);
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        document = object(uploaded).getJsonNumber("document").longValue();
        Await.until("the DOCX's text extracted", Duration.ofSeconds(60), () -> !"PENDING".equals(documentRecord()
                        .getJsonArray("versions").getJsonObject(0).getString("extraction")));
        assertEquals(200, api().post("/documents/" + document + "/submission", "", school).statusCode());
        String operator = freshToken("operator");
        long checklist = ((JsonArray) PortalApi.json(api().get("/regions/64/checklists", operator)))
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("code").equals("CONCEPT")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        HttpResponse<String> round = api().post("/regions/64/campaigns/" + YEAR + "/expertise/rounds",
                "{\"kind\":\"REGIONAL\",\"title\":\"Экспертиза концепций в браузере\",\"checklist\":" + checklist
                        + ",\"reviewsPerDocument\":1,\"due\":\"" + LocalDate.now().plusDays(10) + "\"}", operator);
        assertEquals(201, round.statusCode(), round.body());
        long id = object(round).getJsonNumber("id").longValue();
        assertEquals(201, api().post("/expertise/rounds/" + id + "/assignment", "", operator).statusCode());
        return id;
    }

    @Test
    void aCoordinatorOpensAMunicipalRoundChoosingTheMunicipalityByName() {
        assertEquals(201, new Campaigns(api()).plan(2069).statusCode());
        assertEquals(200, api().get("/regions/64/checklists", freshToken("operator")).statusCode(),
                "the region's checklists are there");
        logIn("coordinator", DemoUsers.PASSWORD);
        browser.open(page("/app/expertise.xhtml?campaign=2069"));
        browser.awaitText("Новая экспертиза");
        assertEquals(List.of("Муниципальная"), options("rounds:kind"), "a coordinator opens municipal rounds only");
        assertEquals(List.of("для муниципальной экспертизы", "Аткарский муниципальный район"), options("rounds:municipality"),
                "the coordinator's own municipality, by its name");
        browser.choose("rounds:municipality", "Аткарский муниципальный район");
        browser.type("#rounds\\:title", "Муниципальная экспертиза концепций");
        String checklist = options("rounds:checklist").stream().filter(o -> o.startsWith("Экспертиза концепции")).findFirst()
                .orElseThrow();
        browser.choose("rounds:checklist", checklist);
        browser.type("#rounds\\:due_input", LocalDate.now().plusDays(20)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        browser.find("#rounds\\:due_input").sendKeys(Keys.ESCAPE);
        browser.click("#rounds\\:create");
        browser.awaitText("Экспертиза создана.");
        assertTrue(browser.text("#rounds").contains("Муниципальная экспертиза концепций"), browser.text("#rounds"));
    }

    private List<String> options(String selectId) {
        return browser.options(selectId);
    }

    private JsonObject documentRecord() {
        return (JsonObject) PortalApi.json(api().get("/documents/" + document, freshToken("school")));
    }

    private long downloads() {
        return documentRecord().getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("kind").equals("DOWNLOADED")).count();
    }

    /** A field of the criterion at a position (0-based) of the checklist's repeat, whatever the repeat's own id. */
    private static String field(int criterion, String name) {
        return "#sheet [id$=':" + criterion + ":" + name + "']";
    }

    /** The visible input of a scale criterion. */
    private static String scale(int criterion) {
        return field(criterion, "scale");
    }

    /** Types a mark as a person does: into the number field, replacing what it showed. */
    private void typeMark(int criterion, String mark) {
        WebElement input = browser.find(scale(criterion));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(mark);
    }

    /** Clicks the label of a PrimeFaces radio item (the input itself is hidden). */
    private void pick(int criterion, String radio, int item) {
        browser.click("#sheet label[for$=':" + criterion + ":" + radio + ":" + item + "']");
    }

    private boolean checked(int criterion, String radio, int item) {
        return browser.driver().findElement(By.cssSelector(field(criterion, radio + ":" + item))).isSelected();
    }

    private String value(String css) {
        return browser.find(css).getDomProperty("value");
    }

    @Test
    void theExpertScoresBesideTheDocumentAndTheOperatorFollowsTheRound() {
        long round = prepareRound();

        logIn("expert", DemoUsers.PASSWORD);
        browser.open(page("/app/expertise.xhtml"));
        browser.awaitText("Мои экспертизы");
        // Other test classes of the run assign the expert reviews too: the one of this round, by its row.
        browser.driver().findElement(By.xpath("//tr[td[contains(., 'Экспертиза концепций в браузере')]]"
                + "//a[contains(., 'Концепция')]")).click();
        browser.awaitUrlContaining("/app/review.xhtml?id=");
        browser.awaitText("Экспертиза концепций в браузере");
        String reviewPage = browser.url();

        // Nothing typed yet: the submit names the required criteria still unanswered, by number.
        browser.type("#sheet\\:recommendations", "Уточнить целевые показатели");
        browser.click("#sheet\\:submit");
        browser.click(".ui-confirmdialog-yes");
        browser.awaitText("Не заполнены обязательные критерии № 1, 2, 4, 10");

        // A mark typed into every scale criterion, one with a decimal comma; yes/no, a choice, comments.
        SCALE_MARKS.forEach(this::typeMark);
        pick(CHOICE_K6, "choice", 1);
        pick(YES_NO_K8, "yesNo", 0);
        pick(YES_NO_K11, "yesNo", 1);
        browser.type(field(0, "comment"), "Самоанализ есть, но без данных ВПР");
        browser.type(field(COMMENT_K12, "comment"), "Показать куратору раздел о рисках");
        // The total follows the marks as they are typed, before anything is saved.
        new FluentWait<>(browser).withTimeout(Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(250))
                .withMessage("the total follows the typed marks")
                .until(b -> !b.text("#sheet\\:totals").contains(": 0 / 24"));
        browser.click("#sheet\\:save");
        browser.awaitText("Черновик сохранён.");

        // A mark outside the scale is refused next to its field, in Russian; what was typed stays.
        typeMark(2, "5");
        browser.click("#sheet\\:save");
        browser.awaitText("от 0 до 2");
        assertTrue(browser.text(field(2, "scaleMessage")).contains("от 0 до 2"), "the message is next to the field");
        assertEquals("5", value(scale(2)), "the typed mark stays in its field");
        assertEquals("1,5", value(scale(1)), "the other marks stay");
        // Letters are no mark: said next to the field as soon as it is left, kept as typed, the field marked
        // invalid, and the total no longer counts the mark the field held before.
        typeMark(2, "2");
        browser.click(field(0, "comment"));
        String counted = new FluentWait<>(browser).withTimeout(Duration.ofSeconds(30))
                .pollingEvery(Duration.ofMillis(250)).withMessage("the valid mark counted, its message gone")
                .until(b -> b.text(field(2, "scaleMessage")).isBlank() ? b.text("#sheet\\:totals") : null);
        typeMark(2, "два");
        browser.click(field(0, "comment"));
        browser.awaitText("Оценка — число, например 1 или 1,5.");
        assertTrue(browser.text(field(2, "scaleMessage")).contains("Оценка — число"), "next to its field");
        assertEquals("два", value(scale(2)), "what was typed stays");
        assertEquals("true", browser.find(scale(2)).getAttribute("aria-invalid"), "the field is marked invalid");
        new FluentWait<>(browser).withTimeout(Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(250))
                .withMessage("the total without the refused mark (it was «" + counted + "»)")
                .until(b -> !b.text("#sheet\\:totals").equals(counted));
        typeMark(2, "0");
        browser.click("#sheet\\:save");
        browser.awaitText("Черновик сохранён.");

        // After a reload the draft is there, as it was saved.
        browser.open(reviewPage);
        browser.awaitText("Экспертиза концепций в браузере");
        SCALE_MARKS.forEach((criterion, mark) -> assertEquals(mark, value(scale(criterion)), "criterion " + criterion));
        assertTrue(checked(CHOICE_K6, "choice", 1) && checked(YES_NO_K8, "yesNo", 0)
                && checked(YES_NO_K11, "yesNo", 1), "the choices are kept");
        assertEquals("Самоанализ есть, но без данных ВПР", value(field(0, "comment")));
        assertEquals("Показать куратору раздел о рисках", value(field(COMMENT_K12, "comment")));
        assertEquals("Уточнить целевые показатели", value("#sheet\\:recommendations"));

        // The total for people: 2 + 1,5 + 1 + 1 of 24 weighted points, rounded to one decimal with a comma.
        String totals = browser.text("#sheet\\:totals");
        assertTrue(totals.contains("5,5 / 24") && totals.contains("(22,9 %)"), totals);

        // The DOCX is read in the pane as text, and opening the page three times downloaded nothing.
        String pane = browser.text("#documentText");
        assertTrue(pane.contains("Миссия школы: качество образования для каждого ученика.")
                && pane.contains("Цель 1: <b>повысить</b> результаты ВПР"), "the text, escaped: " + pane);
        assertTrue(browser.driver().findElements(By.tagName("iframe")).isEmpty(), "no iframe that downloads a DOCX");
        assertEquals(0, downloads(), "opening the review page is not a download");

        browser.click("#sheet\\:submit");
        browser.click(".ui-confirmdialog-yes");
        browser.awaitText("Заключение отправлено.");
        assertEquals("Отправлена", browser.text("#state"));
        WebElement conclusion = browser.find("#sheet\\:conclusion");
        assertTrue(conclusion.getAttribute("href").contains("kind=CONCLUSION"), conclusion.getAttribute("href"));
        assertTrue(browser.text("#sheet\\:totals").contains("(22,9 %)"), browser.text("#sheet\\:totals"));
        assertFalse(browser.driver().findElement(By.cssSelector(scale(0))).isEnabled(), "the sheet is locked");
        List<WebElement> save = browser.driver().findElements(By.cssSelector("#sheet\\:save"));
        assertTrue(save.isEmpty(), "no save after the submit");
        logOut();

        logIn("operator", DemoUsers.PASSWORD);
        browser.open(page("/app/expertise-round.xhtml?id=" + round));
        browser.awaitText("Экспертиза концепций в браузере");
        String text = browser.pageText();
        assertTrue(text.contains("Елена Экспертова") || text.contains("expert"), text);
        assertTrue(text.contains("Отправлена"), "the review's state: " + text);
        assertTrue(text.contains("22,9"), "the mean rounded: " + text);
        assertFalse(text.contains("22.91666"), "no raw share: " + text);
        // The document's own page lists the conclusion (it broke for everyone once a conclusion existed).
        browser.open(page("/app/document.xhtml?id=" + document));
        browser.awaitText("Экспертные заключения");
        String conclusions = browser.text("#conclusions");
        assertTrue(conclusions.contains("Экспертиза концепций в браузере") && conclusions.contains("PDF"), conclusions);
        browser.open(page("/app/expertise.xhtml?campaign=" + YEAR));
        browser.awaitText("Экспертиза концепций в браузере");
        browser.open(page("/app/expertise-round.xhtml?id=999999"));
        browser.awaitText("Страница не найдена");
    }
}
