package ru.portal500.search.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.it.Await;
import ru.portal500.it.BrowserTest;
import ru.portal500.it.Campaigns;
import ru.portal500.it.KeycloakTokens;
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
 * The search page in Chromium: a visitor finds the practice bank by word forms, sees highlighted snippets and facet
 * counts, narrows by a facet, pages, opens "similar", picks a typing suggestion, searches with Enter and lands on the
 * results' heading (the results before the facets); a school's document is found
 * on the page by its municipality's coordinator and not by a visitor; a query typed with the wrong keyboard layout or in
 * Latin letters is searched as meant and says so (with a link that searches it as typed, and from there a link back), on a
 * phone too, a query too long is searched by its beginning and says how much, and a query of stop words or of an
 * unknown abbreviation says why it finds nothing. Campaign 2094.
 */
class SearchBrowserIT extends BrowserTest {

    private static final int PRACTICES = 12;
    private static final int PARENT_PRACTICES = 8;

    @Test
    void aVisitorFindsNarrowsPagesAndSortsThePracticeBank() throws InterruptedException {
        PortalApi api = new PortalApi(base);
        for (int n = 1; n <= PRACTICES; n++) {
            boolean parents = n <= PARENT_PRACTICES;
            HttpResponse<String> published = api.post("/regions/64/practices", "{\"municipality\":\"atkarsky\","
                    + "\"title\":\"Школьная пасека № " + n + ": " + (parents ? "родители и дети на пасеке" : "учителя учатся у пчеловодов") + "\","
                    + "\"summary\":\"На пришкольном участке школа завела пасеку; пчеловодство объединило " + (parents
                    ? "родителей и учеников: семьи приходят в школу по выходным." : "учителей: наставники ведут занятия.") + "\","
                    + "\"level\":\"" + (parents ? "ALL" : "BASIC") + "\",\"source\":\"EXPERT_PICK\",\"riskFactors\":[" + (parents ? 9 : 5) + "]}",
                    KeycloakTokens.accessToken("operator"));
            assertEquals(201, published.statusCode(), published.body());
        }
        awaitTotal(api, "пасека", null, PRACTICES);

        browser.open(page("/search.xhtml?q=" + URLEncoder.encode("пасеки", StandardCharsets.UTF_8)));
        assertEquals("Найдено: " + PRACTICES, browser.text("#total"), "another word form finds them all");
        assertEquals(10, hits().size(), "ten on a page");
        assertTrue(browser.find(".search-hit h3 mark").getText().toLowerCase().startsWith("пасек"), "the title's match is marked");
        assertTrue(browser.find(".search-snippet mark").getText().toLowerCase().startsWith("пасек"), "the snippet's too");
        String facets = browser.text(".search-facets");
        assertTrue(facets.contains("Низкий уровень вовлеченности родителей (" + PARENT_PRACTICES + ")"), facets);
        assertTrue(facets.contains("Несформированность внутришкольной системы повышения квалификации ("
                + (PRACTICES - PARENT_PRACTICES) + ")"), facets);
        assertTrue(facets.contains("Вся школа (" + PARENT_PRACTICES + ")"), facets);

        browser.click(".search-results .portal-toolbar button"); // on the first page: "next" only
        browser.awaitText("← Назад");
        assertEquals(PRACTICES - 10, hits().size(), "the second page");

        browser.driver().findElement(By.xpath("//label[starts-with(normalize-space(.), 'Несформированность внутришкольной')]")).click();
        browser.awaitText("Найдено: " + (PRACTICES - PARENT_PRACTICES));
        assertEquals(PRACTICES - PARENT_PRACTICES, hits().size(), "narrowed to the factor, from the first page");
        assertTrue(hits().stream().allMatch(h -> h.getText().contains("пчеловодов")), "only that factor's practices");

        browser.open(page("/search.xhtml?q=" + URLEncoder.encode("пасека", StandardCharsets.UTF_8)));
        browser.choose("search:sort", "Сначала новые"); // published the same day: the order among them is by relevance
        afterUpdate(() -> browser.click("#search\\:go"));
        assertEquals("Найдено: " + PRACTICES, browser.text("#total"));
        assertEquals("Сначала новые", browser.text("#search\\:sort_label"), "the order chosen stays chosen");

        afterUpdate(() -> hits().get(0).findElement(By.linkText("Похожие")).click());
        String similar = browser.text(".search-similar");
        assertTrue(similar.contains("Школьная пасека"), "similar practices under the hit: " + similar);

        afterUpdate(() -> browser.pickSuggestion("search:q", "Школьная пас", "Школьная пасека № 3: родители и дети на пасеке"));
        assertTrue(hits().get(0).getText().startsWith("Школьная пасека № 3"), "the picked title searched, best first");

        // Enter in the box searches; the focus moves to the results' heading, which says how many were found.
        browser.open(page("/search.xhtml"));
        WebElement box = browser.find("#search\\:q_input");
        afterUpdate(() -> box.sendKeys("пасеки", Keys.ENTER));
        assertEquals("Найдено: " + PRACTICES, browser.text("#total"), "Enter searched");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).withMessage("the focus on the results' heading")
                .until(d -> "total".equals(d.switchTo().activeElement().getAttribute("id")));
        assertEquals("H2", browser.find("#total").getTagName().toUpperCase(), "a heading a screen reader reads out");
        // The results come first in the page's order (a screen reader and a phone meet them before the facets).
        assertEquals(Boolean.TRUE, ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return !!(document.querySelector('.search-results').compareDocumentPosition("
                        + "document.querySelector('.search-facets')) & Node.DOCUMENT_POSITION_FOLLOWING)"),
                "the facets follow the results");

        // Two words and no suggestion picked: Enter searches for what the box shows, as «Найти» does.
        String twoWords = "родители пчеловодство";
        browser.open(page("/search.xhtml"));
        WebElement typed = browser.find("#search\\:q_input");
        typed.sendKeys(twoWords);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).withMessage("the suggestion panel")
                .until(d -> d.findElement(By.cssSelector("#search\\:q_panel")).isDisplayed());
        afterUpdate(() -> typed.sendKeys(Keys.ENTER));
        String byEnter = browser.text("#total");
        assertEquals(twoWords, browser.find("#search\\:q_input").getAttribute("value"), "the box keeps the words");
        assertFalse(browser.pageText().contains("Запрос пуст"), "Enter sent the words: " + byEnter);
        afterUpdate(() -> browser.click("#search\\:go"));
        String byButton = browser.text("#total");
        assertFalse(browser.pageText().contains("Запрос пуст"), "«Найти» sent the words: " + byButton);
        assertFalse(("Найдено: 0").equals(byButton), "the words are in the practices");
        assertEquals(byButton, byEnter, "Enter finds what «Найти» finds");
    }

    @Test
    void aSchoolsDocumentIsFoundOnThePageByItsCoordinatorNotByAVisitor() throws InterruptedException {
        PortalApi api = new PortalApi(base);
        Campaigns campaigns = new Campaigns(api);
        campaigns.plan(2094);
        campaigns.status(2094, "atk-1", "LOW_RESULTS");
        HttpResponse<String> uploaded = api.upload("/regions/64/campaigns/2094/schools/atkarsky/atk-1/documents/CONCEPT/versions?name=concept.txt",
                "Концепция: школьные медоносы и пчелиная дисциплина на уроках".getBytes(StandardCharsets.UTF_8),
                KeycloakTokens.accessToken("school"));
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        awaitTotal(api, "медоносы", "school", 1);

        browser.open(page("/search.xhtml?q=" + URLEncoder.encode("медоносы", StandardCharsets.UTF_8)));
        assertEquals("медоносы", browser.find("#search\\:q_input").getAttribute("value"), "the query read as typed");
        assertEquals("Найдено: 0", browser.text("#total"), "a visitor does not find the school's document");
        assertFalse(browser.pageText().contains("Концепция"), "nor any trace of it");

        logIn("coordinator", DemoUsers.PASSWORD);
        browser.open(page("/search.xhtml?q=" + URLEncoder.encode("медонос", StandardCharsets.UTF_8)));
        assertEquals("Найдено: 1", browser.text("#total"), "the municipality's coordinator does");
        assertTrue(browser.find(".search-snippet mark").getText().toLowerCase().startsWith("медонос"));
        assertTrue(browser.text(".search-facets").contains("Документ школы (1)"), browser.text(".search-facets"));
        String about = browser.text(".search-hit .portal-muted");
        assertTrue(about.contains("Концепция развития, 2093/94"), "the document's type and school year: " + about);
        logOut();
    }

    @Test
    void aQueryTypedWithTheWrongLayoutOrInLatinLettersIsSearchedAsMeantAndSaysSo() throws InterruptedException {
        PortalApi api = new PortalApi(base);
        HttpResponse<String> published = api.post("/regions/64/practices", "{\"municipality\":\"atkarsky\","
                + "\"title\":\"Школьный планетарий: наставники ведут кружок астрономии\","
                + "\"summary\":\"В школе открыли планетарий; старшеклассники ведут занятия для младших.\","
                + "\"level\":\"ALL\",\"source\":\"EXPERT_PICK\",\"riskFactors\":[5]}",
                KeycloakTokens.accessToken("operator"));
        assertEquals(201, published.statusCode(), published.body());
        awaitTotal(api, "планетарий", null, 1);
        // another test of the shared deployment may have published a planetarium of its own
        int planetaria = PortalApi.json(api.get("/public/search?q=" + URLEncoder.encode("планетарий", StandardCharsets.UTF_8), null))
                .asJsonObject().getJsonNumber("total").intValue();

        browser.atWidth(390); // a phone: the notice and its link must read well
        try {
            // «gkfytnfhbq» is «планетарий» typed with the English layout on
            browser.open(page("/search.xhtml?q=gkfytnfhbq"));
            String readAs = browser.text(".search-read-as");
            assertTrue(readAs.contains("Показаны результаты по запросу «планетарий»"), readAs);
            assertTrue(readAs.contains("Искать «gkfytnfhbq»"), "the link that searches as typed: " + readAs);
            assertEquals("Найдено: " + planetaria, browser.text("#total"), "what «планетарий» finds");
            assertTrue(hits().get(0).getText().startsWith("Школьный планетарий"), hits().get(0).getText());
            assertEquals("gkfytnfhbq", browser.find("#search\\:q_input").getAttribute("value"), "the box keeps what was typed");
            browser.assertNoHorizontalScroll("search, read in the other layout");

            afterUpdate(() -> browser.click("#search\\:asTyped"));
            assertEquals("Найдено: 0", browser.text("#total"), "as typed it finds nothing");
            assertTrue(browser.driver().findElements(By.cssSelector(".search-read-as")).isEmpty(), "and is read as typed");
            assertTrue(browser.text(".search-nothing").startsWith("Ничего не найдено"), "the page says so");
            String asTyped = browser.text(".search-as-typed");
            assertTrue(asTyped.contains("Слова искались так, как набраны: «gkfytnfhbq».")
                    && asTyped.contains("Искать «планетарий»"), "the way back to the reading: " + asTyped);
            browser.assertNoHorizontalScroll("search as typed");
            afterUpdate(() -> browser.click("#search\\:asRead"));
            assertEquals("Найдено: " + planetaria, browser.text("#total"), "back to what «планетарий» finds");
            assertTrue(browser.text(".search-read-as").contains("Показаны результаты по запросу «планетарий»"));
            assertTrue(browser.driver().findElements(By.cssSelector(".search-as-typed")).isEmpty());

            // Latin letters, typed into the box
            browser.open(page("/search.xhtml"));
            WebElement box = browser.find("#search\\:q_input");
            afterUpdate(() -> box.sendKeys("shkolnyi planetariy", Keys.ENTER));
            String transliterated = browser.text(".search-read-as");
            assertTrue(transliterated.contains("латиницей") && transliterated.contains("«школьный планетарий»"), transliterated);
            assertTrue(hits().get(0).getText().startsWith("Школьный планетарий"), hits().get(0).getText());
            browser.assertNoHorizontalScroll("search, read from Latin letters");

            // Enter searches the words typed while suggestions are shown, not the first suggestion's title
            browser.open(page("/search.xhtml"));
            browser.find("#search\\:q_input").sendKeys("планетарий");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d ->
                    d.findElements(By.cssSelector("#search\\:q_panel li")).stream().anyMatch(WebElement::isDisplayed));
            afterUpdate(() -> browser.find("#search\\:q_input").sendKeys(Keys.ENTER));
            assertEquals("планетарий", browser.find("#search\\:q_input").getAttribute("value"), "the words typed, not a title");
            assertEquals("Найдено: " + planetaria, browser.text("#total"), "what «планетарий» finds");

            // one letter off: searched corrected, and searched as typed the correction is offered
            browser.open(page("/search.xhtml?q=" + URLEncoder.encode("школьный плонетарий", StandardCharsets.UTF_8)));
            String misspelt = browser.text(".search-read-as");
            assertTrue(misspelt.contains("опечатка") && misspelt.contains("«школьный планетарий»"), misspelt);
            assertTrue(hits().get(0).getText().startsWith("Школьный планетарий"), hits().get(0).getText());
            afterUpdate(() -> browser.click("#search\\:asTyped"));
            assertTrue(browser.driver().findElements(By.cssSelector(".search-read-as")).isEmpty(), "read as typed");
            assertTrue(browser.text(".search-dym").contains("школьный планетарий"), browser.text(".search-dym"));
            browser.assertNoHorizontalScroll("search, misspelt");

            // a link with a query of 2,001 characters: the beginning is searched and the page says how much
            browser.open(page("/search.xhtml?q=" + URLEncoder.encode("планетарий ".repeat(182).strip(), StandardCharsets.UTF_8)));
            assertEquals("Запрос слишком длинный (2001 знак): учтены только первые 296 знаков — до слов «…планетарий планетарий "
                    + "планетарий планетарий»; остальное не искалось.", browser.text(".search-notice"));
            assertEquals("Найдено: " + planetaria, browser.text("#total"), "what the part kept finds");
            assertEquals(null, browser.find("#search\\:q_input").getAttribute("maxlength"), "the box cuts nothing silently");
            browser.assertNoHorizontalScroll("search, a long query");

            browser.open(page("/search.xhtml?q=" + URLEncoder.encode("что как где", StandardCharsets.UTF_8)));
            assertTrue(browser.pageText().contains("Запрос состоит только из служебных слов — добавьте слово о том, что ищете."),
                    browser.pageText());
            browser.open(page("/search.xhtml?q=" + URLEncoder.encode("ЦДНИТТ", StandardCharsets.UTF_8)));
            String unknown = browser.text(".search-notice");
            assertTrue(unknown.contains("Сокращение «ЦДНИТТ» поиску неизвестно"), unknown);
            assertTrue(browser.driver().findElements(By.cssSelector(".search-settings-link")).isEmpty(),
                    "a visitor keeps no synonyms");
            browser.assertNoHorizontalScroll("search, an unknown abbreviation");
        } finally {
            browser.atWidth(1366);
        }
        logIn("operator", DemoUsers.PASSWORD);
        browser.open(page("/search.xhtml?q=" + URLEncoder.encode("ЦДНИТТ", StandardCharsets.UTF_8)));
        WebElement settings = browser.find(".search-settings-link");
        assertTrue(settings.getAttribute("href").endsWith("/app/search-settings.xhtml"), settings.getAttribute("href"));
        logOut();
    }

    /** Does what updates the form by Ajax and waits until the update has replaced it. */
    private void afterUpdate(Runnable action) {
        WebElement before = browser.find("#total");
        action.run();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(before));
    }

    private List<WebElement> hits() {
        return browser.driver().findElements(By.cssSelector(".search-hit"));
    }

    private static void awaitTotal(PortalApi api, String query, String user, int atLeast) {
        Await.until("«" + query + "» found " + atLeast + " times within a minute", Duration.ofMinutes(1),
                () -> api.get("/public/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                        user == null ? null : KeycloakTokens.accessToken(user)),
                response -> response.statusCode() == 200
                        && PortalApi.json(response).asJsonObject().getJsonNumber("total").intValue() >= atLeast);
    }
}
