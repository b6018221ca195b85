package ru.portal500.search.web;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.it.ApiBrowserTest;
import ru.portal500.it.Await;
import ru.portal500.it.Campaigns;
import ru.portal500.it.PortalApi;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * «Почему найдено» on the real war: through {@code GET /api/search/explain} (regional operators only; 400 in Russian
 * for an empty query; 404 for an unknown item and for a school's document of a region the operator does not serve;
 * per typed word its forms, a synonym with its group, the fields and words as written, the share of the score), and on
 * the search settings page: the operator types a query, picks a hit, reads the table (no serious axe finding), and sends the word that found
 * nothing to the synonym form; at 390 px the page does not scroll sideways. A query the search reads in the other layout is
 * explained as read, by the API as on the page; a query that cannot find says why, as the search page says it. Its own words (nothing else uses
 * «метеостанция синоптиков»); campaign 2073.
 */
class SearchExplainBrowserIT extends ApiBrowserTest {

    private static final int YEAR = 2073;
    private static final String TITLE = "Школьная метеостанция юных синоптиков";
    private static final String QUERY = "метеостанции синоптик снегомер";

    private static String practiceId;

    /** The practice the tests explain (published once, by the operator, as a person would). */
    private String practice() {
        if (practiceId == null) {
            HttpResponse<String> published = api().post("/regions/64/practices", "{\"title\":\"" + TITLE + "\","
                    + "\"summary\":\"Ученики ведут метеостанцию и записывают наблюдения синоптиков в дневник погоды; "
                    + "школа с низкими образовательными результатами сделала из этого проект.\","
                    + "\"level\":\"BASIC\",\"source\":\"EXPERT_PICK\",\"riskFactors\":[10]}", token("operator"));
            assertEquals(201, published.statusCode(), published.body());
            practiceId = "practice:" + object(published).getJsonNumber("id").longValue();
            Await.until("the practice found within a minute", Duration.ofMinutes(1), () -> api().get("/public/search?q="
                            + URLEncoder.encode("метеостанция синоптиков", StandardCharsets.UTF_8), null),
                    r -> r.statusCode() == 200 && r.body().contains(practiceId + "\""));
        }
        return practiceId;
    }

    private HttpResponse<String> explain(String query, String id, String user) {
        return api().get("/search/explain?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&id="
                + URLEncoder.encode(id, StandardCharsets.UTF_8), token(user));
    }

    private static JsonObject word(JsonObject explanation, String typed) {
        return explanation.getJsonArray("words").stream().map(JsonValue::asJsonObject)
                .filter(w -> w.getString("typed").equals(typed)).findFirst().orElseThrow(() -> new AssertionError(explanation));
    }

    @Test
    void theApiExplainsAHitToTheOperatorAndRefusesWhatItShould() {
        String id = practice();
        HttpResponse<String> ok = explain("ШНОР " + QUERY, id, "operator");
        assertEquals(200, ok.statusCode(), ok.body());
        JsonObject e = object(ok);
        assertEquals(TITLE, e.getString("title"));
        assertTrue(e.getInt("rank") >= 1, ok.body());
        JsonObject station = word(e, "метеостанции");
        assertEquals("метеостанц", station.getJsonArray("forms").getJsonObject(0).getJsonArray("terms").getString(0));
        List<String> fields = station.getJsonArray("occurrences").stream().map(o -> o.asJsonObject().getString("field")).toList();
        assertEquals(List.of("title", "text"), fields, ok.body());
        assertTrue(station.getJsonArray("occurrences").getJsonObject(1).toString().contains("метеостанцию"),
                "the word as the text writes it: " + station);
        assertTrue(station.getJsonNumber("share").doubleValue() > 0);
        JsonObject abbreviation = word(e, "ШНОР");
        assertTrue(abbreviation.toString().contains("школы с низкими образовательными результатами"),
                "the synonym with its group: " + abbreviation);
        assertTrue(abbreviation.toString().contains("низкими"), abbreviation.toString());
        JsonObject missing = word(e, "снегомер");
        assertTrue(missing.getJsonArray("occurrences").isEmpty(), missing.toString());
        assertEquals(0, missing.getJsonNumber("score").doubleValue(), 1e-9);

        // «метеостанции» typed with the English layout on: explained as the search reads it, and named
        HttpResponse<String> layout = explain("vtntjcnfywbb", id, "operator");
        assertEquals(200, layout.statusCode(), layout.body());
        JsonObject read = object(layout);
        assertEquals("метеостанции", read.getJsonObject("readAs").getString("searched"), layout.body());
        assertEquals("KEYBOARD_LAYOUT", read.getJsonObject("readAs").getString("how"));
        assertTrue(read.getJsonNumber("score").doubleValue() > 0, "found, as the search finds it: " + layout.body());
        assertFalse(word(read, "метеостанции").getJsonArray("occurrences").isEmpty(), layout.body());
        assertFalse(e.containsKey("readAs") && !e.isNull("readAs"), "a query searched as typed names no reading");

        HttpResponse<String> empty = explain("  ", id, "operator");
        assertEquals(400, empty.statusCode(), empty.body());
        assertEquals("Введите запрос: без слов объяснять нечего.", object(empty).getString("message"));
        assertEquals(404, explain(QUERY, "practice:987654321", "operator").statusCode(), "an unknown item");
        assertEquals(403, explain(QUERY, id, "coordinator").statusCode(), "regional operators only");
        assertEquals(401, explain(QUERY, id, null).statusCode(), "not for visitors");

        // a school's document of region 64: its operator sees why it is found, region 23's operator gets a plain 404
        Campaigns campaigns = new Campaigns(api());
        campaigns.plan(YEAR);
        campaigns.status(YEAR, "atk-1", "LOW_RESULTS");
        HttpResponse<String> uploaded = api().upload("/regions/64/campaigns/" + YEAR
                        + "/schools/atkarsky/atk-1/documents/CONCEPT/versions?name=concept.txt",
                "Концепция: метеостанция синоптиков во дворе школы".getBytes(StandardCharsets.UTF_8), token("school"));
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        String document = "document:" + object(uploaded).getJsonNumber("document").longValue();
        Await.until("the document explained to its region's operator within a minute", Duration.ofMinutes(1),
                () -> explain(QUERY, document, "operator"), r -> r.statusCode() == 200);
        HttpResponse<String> hidden = explain(QUERY, document, "operator23");
        assertEquals(404, hidden.statusCode(), hidden.body());
        assertFalse(hidden.body().contains("Концепция") || hidden.body().contains("метеостанц"), hidden.body());
    }

    @Test
    void anOperatorSeesWhyAHitIsFoundAndSendsTheMissingWordToTheSynonymForm() {
        practice();
        logIn("operator", DemoUsers.PASSWORD);
        browser.open(page("/app/search-settings.xhtml"));
        browser.type("#explain\\:q", QUERY);
        browser.click("#explain\\:search");
        browser.awaitText(TITLE);
        WebElement hit = browser.driver().findElements(By.cssSelector(".explain-hit")).stream()
                .filter(h -> h.getText().equals(TITLE)).findFirst().orElseThrow();
        hit.click();
        browser.find(".search-explain");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelector('.search-explain').scrollIntoView()");
        browser.screenshot("search-explain-laptop");
        String table = browser.text(".search-explain");
        assertTrue(table.contains("Слово запроса") && table.contains("Вклад в оценку"), table);
        assertTrue(table.contains("основа «метеостанц»"), table);
        assertTrue(table.contains("заголовок: «метеостанция» — 1 раз"), table);
        assertTrue(table.contains("текст: «метеостанцию» — 1 раз"), table);
        assertTrue(table.contains("в материале нет"), "the word that found nothing: " + table);
        assertTrue(browser.text("#explainSummary").startsWith("Место в результатах: "), browser.text("#explainSummary"));
        assertTrue(browser.text("[id='explain:unmatched']").contains("«снегомер»"), browser.text("[id='explain:unmatched']"));

        ru.portal500.it.Axe.assertNoSeriousViolations("search settings", browser.axe("search settings with an explanation"));

        browser.atWidth(390);
        browser.assertNoHorizontalScroll("search settings with an explanation");
        Object hidden = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return [...document.querySelectorAll('.search-explain td')]"
                        + ".filter(c => c.getBoundingClientRect().right > window.innerWidth + 1).length");
        assertEquals(0L, hidden, "on a phone every cell of the explanation is on the screen, none behind a sideways swipe");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelector('.search-explain').scrollIntoView()");
        browser.screenshot("search-explain-phone");

        browser.click(".search-explain button[id$='propose']");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).withMessage("the word in the synonym form")
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class) // the form is replaced by the update
                .until(d -> d.findElement(By.id("synonyms:phrases")).getAttribute("value").startsWith("снегомер"));
        browser.awaitText("Слово «снегомер» подставлено в форму группы синонимов");
        assertEquals("synonyms:phrases", browser.driver().switchTo().activeElement().getAttribute("id"),
                "the cursor waits in the form");

        // «метеостанция» typed with the English layout on: the hits and their explanation are the reading's, and say so
        browser.atWidth(1366);
        browser.open(page("/app/search-settings.xhtml"));
        browser.type("#explain\\:q", "vtntjcnfywbz");
        browser.click("#explain\\:search");
        browser.awaitText("Показаны результаты по запросу «метеостанция»");
        browser.driver().findElements(By.cssSelector(".explain-hit")).stream()
                .filter(h -> h.getText().equals(TITLE)).findFirst().orElseThrow().click();
        browser.find(".search-explain");
        String read = browser.text(".search-explain");
        assertTrue(read.contains("основа «метеостанц»") && read.contains("заголовок: «метеостанция» — 1 раз"), read);

        // a query that cannot find says why, in the search page's words
        browser.type("#explain\\:q", "что как где");
        browser.click("#explain\\:search");
        browser.awaitText("Запрос состоит только из служебных слов — добавьте слово о том, что ищете.");
        assertFalse(browser.pageText().contains("Запрос ничего не находит"), "not the generic message: " + browser.pageText());
        browser.type("#explain\\:q", "ЦДНИТТ");
        browser.click("#explain\\:search");
        browser.awaitText("Сокращение «ЦДНИТТ» поиску неизвестно — напишите его полностью, словами.");
        assertFalse(browser.pageText().contains("Запрос ничего не находит"), "not the generic message: " + browser.pageText());
    }
}
