package ru.portal500.shared.web;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.it.Await;
import ru.portal500.it.ApiBrowserTest;
import ru.portal500.it.Campaigns;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static ru.portal500.it.Docx.docx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What people read and confirm (issue 12): «Согласовать» asks first and «Нет» changes nothing; the comparison
 * of two versions shows the changes in context, counted and coloured; the API answers each field once; the
 * security log speaks Russian sentences. Campaign year 2066 belongs to this class.
 */
class PlainWordsBrowserIT extends ApiBrowserTest {

    private static final int YEAR = 2066;
    private static final String ATK1 = "/regions/64/campaigns/" + YEAR + "/schools/atkarsky/atk-1/documents";

    private static List<String> paragraphs(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "Раздел " + i + ". Мероприятие номер " + i
                + " программы развития школы на 2026 год.").toList();
    }

    private void awaitExtraction(long document, int version) {
        Await.until("the text of version " + version + " was extracted", Duration.ofSeconds(90),
                () -> !"PENDING".equals(object(api().get("/documents/" + document, freshToken("school")))
                        .getJsonArray("versions").getJsonObject(version - 1).getString("extraction")));
    }

    private String state(long document) {
        return object(api().get("/documents/" + document, freshToken("curator"))).getJsonObject("document").getString("state");
    }

    /** A concept with two versions, submitted to the curator: section 3 reworded, 10 removed, a new one at the end. */
    private long submittedConcept() throws Exception {
        Campaigns campaigns = new Campaigns(api());
        campaigns.plan(YEAR);
        campaigns.status(YEAR, "atk-1", "LOW_RESULTS");
        List<String> first = paragraphs(20);
        HttpResponse<String> created = api().upload(ATK1 + "/CONCEPT/versions?name="
                + URLEncoder.encode("Концепция.docx", StandardCharsets.UTF_8), docx(first.toArray(String[]::new)), freshToken("school"));
        assertEquals(201, created.statusCode(), created.body());
        long id = object(created).getJsonNumber("document").longValue();
        awaitExtraction(id, 1);
        List<String> second = new ArrayList<>(first);
        second.set(2, second.get(2).replace("2026", "2027"));
        second.remove(9);
        second.add("Раздел 21. Наставничество для молодых учителей.");
        HttpResponse<String> next = api().upload("/documents/" + id + "/versions?name="
                + URLEncoder.encode("Концепция v2.docx", StandardCharsets.UTF_8), docx(second.toArray(String[]::new)), freshToken("school"));
        assertEquals(201, next.statusCode(), next.body());
        awaitExtraction(id, 2);
        assertEquals(200, api().post("/documents/" + id + "/submission", "", freshToken("school")).statusCode());
        return id;
    }

    @Test
    void approvingAsksFirstAndTheComparisonShowsTheChangesInContext() throws Exception {
        long id = submittedConcept();
        logIn("curator", DemoUsers.PASSWORD);
        browser.open(page("/app/document.xhtml?id=" + id));
        browser.awaitText("Согласовать");

        browser.click("#actions\\:approve");
        browser.awaitText("Согласовать документ «Концепция развития»?");
        browser.click(".ui-confirmdialog-no");
        new FluentWait<>(browser.driver()).withTimeout(Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector(".ui-confirmdialog")).stream().noneMatch(WebElement::isDisplayed));
        assertEquals("SUBMITTED", state(id), "«Нет» leaves the document under check");
        assertTrue(browser.text("#documentState").contains("На проверке"), browser.text("#documentState"));

        browser.click("#actions\\:approve");
        browser.awaitText("Согласовать документ «Концепция развития»?");
        browser.click(".ui-confirmdialog-yes");
        browser.awaitText("Документ согласован.");
        assertEquals("APPROVED", state(id));

        browser.click("#versions\\:compare");
        browser.awaitText("Абзацев добавлено: 1, удалено: 1, изменено: 1.");
        String diff = browser.text("#versions\\:diff");
        assertTrue(diff.contains("… неизменённых абзацев: 2 …") && diff.contains("… неизменённых абзацев: 6 …"), diff);
        assertFalse(diff.contains("Раздел 15."), "an unchanged paragraph far from the changes is collapsed: " + diff);
        assertTrue(diff.contains("Раздел 9.") && diff.contains("Раздел 11."), "two paragraphs of context: " + diff);
        WebElement removed = browser.find("#versions\\:diff .diff-removed del");
        assertTrue(removed.getText().startsWith("Раздел 10."), removed.getText());
        assertEquals("line-through", removed.getCssValue("text-decoration-line"));
        assertEquals("rgba(183, 28, 28, 1)", removed.getCssValue("color"), "removed text is red");
        assertEquals("rgba(27, 94, 32, 1)", browser.find("#versions\\:diff .diff-added ins").getCssValue("color"),
                "added text is green");
        List<String> changedWords = browser.driver().findElements(By.cssSelector("#versions\\:diff .diff-changed del, "
                + "#versions\\:diff .diff-changed ins")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("2026", "2027"), changedWords, "only the changed word of section 3 is marked");
    }

    @Test
    void theApiAnswersEachFieldOnce() throws Exception {
        long id = submittedConcept();
        HttpResponse<String> diff = api().get("/documents/" + id + "/diff?from=1&to=2", freshToken("curator"));
        assertEquals(200, diff.statusCode(), diff.body());
        for (JsonValue change : array(diff)) {
            assertEquals(Set.of("kind", "paragraphs"), change.asJsonObject().keySet(), diff.body());
        }
        HttpResponse<String> news = api().get("/notifications", freshToken("curator"));
        assertEquals(200, news.statusCode(), news.body());
        assertFalse(array(news).isEmpty(), "the curator was told of the submission");
        for (JsonValue notification : array(news)) {
            assertEquals(Set.of("id", "text", "link", "createdAt", "read"), notification.asJsonObject().keySet(), news.body());
        }
    }

    @Test
    void theSecurityLogSpeaksRussian() {
        assertEquals(403, api().get("/regions/64/schools", freshToken("teacher")).statusCode(), "a teacher has no place in the region");
        HttpResponse<String> log = api().get("/audit?type=ACCESS_DENIED&actor=teacher", freshToken("operator"));
        assertEquals(200, log.statusCode(), log.body());
        JsonObject refusal = array(log).getValuesAs(JsonObject.class).stream()
                .filter(e -> "schools.list".equals(e.getString("target", ""))).findFirst()
                .orElseThrow(() -> new AssertionError("the teacher's refusal is on record: " + log.body()));
        String text = refusal.getString("text", "");
        assertTrue(text.contains("Отказано") && text.contains("список школ") && text.contains("teacher"), text);
        assertFalse(text.contains("schools.list") || text.contains("not allowed"), text);

        logIn("operator", DemoUsers.PASSWORD);
        browser.open(page("/app/audit.xhtml"));
        browser.awaitText("Журнал безопасности");
        String page = browser.text("#audit\\:events");
        assertTrue(page.contains(text), page);
        assertTrue(page.contains("этот компьютер"), "the loopback address is named: " + page);
        for (String technical : List.of("schools.list", "missing role", "not allowed in this scope", "0:0:0:0:0:0:0:1",
                "not found in the caller's scope", "browser")) {
            assertFalse(page.contains(technical), technical + " on the page: " + page);
        }
    }
}
