package ru.portal500.similarity.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.it.ApiBrowserTest;
import ru.portal500.it.Await;
import ru.portal500.it.Campaigns;
import ru.portal500.similarity.CopiedProgramme;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The organiser's eligibility check with a re-entered case (issue 17): atk-1 enters two cases in one contest, the second
 * being four fifths of the first under a new title (an entry is its own owner: the same school's case entered again
 * is seen). In the list of entries to check the organiser sees the share
 * beside the entry and whose case it repeats; on the entry's page the passages side by side; a decision without a
 * reason is refused in words and nothing is recorded, with a reason it is shown with who took it; the list and the
 * entry fit a phone 390 px wide.
 */
class NearCopiesBrowserIT extends ApiBrowserTest {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Saratov"));

    private static long version(HttpResponse<String> response) {
        assertTrue(response.statusCode() < 300, response.body());
        return object(response).getJsonNumber("version").longValue();
    }

    /** A published contest taking entries today, open to the region's schools, asking for the problem only. */
    private JsonObject contest() {
        HttpResponse<String> created = api().post("/contests", "{\"region\":\"64\",\"schoolYear\":2027,\"title\":"
                + "\"Кейсы с совпадениями " + RUN + "\"}", token("organiser"));
        long id = object(created).getJsonNumber("id").longValue();
        long version = version(api().put("/contests/" + id, "{\"openToRegion\":true,\"requiredFields\":[\"PROBLEM\"],"
                + "\"requiredFiles\":[],\"version\":" + version(created) + "}", token("organiser")));
        version = version(api().post("/contests/" + id + "/nominations", "{\"title\":\"Управленческие практики\","
                + "\"version\":" + version + "}", token("organiser")));
        version = version(api().put("/contests/" + id + "/stages", "{\"entriesOpen\":\"" + TODAY + "\",\"entriesClose\":\""
                + TODAY.plusDays(30) + "\",\"eligibilityCheck\":\"" + TODAY.plusDays(37) + "\",\"judging\":\""
                + TODAY.plusDays(51) + "\",\"results\":\"" + TODAY.plusDays(58) + "\",\"version\":" + version + "}",
                token("organiser")));
        HttpResponse<String> published = api().post("/contests/" + id + "/call", "{\"version\":" + version + "}",
                token("organiser"));
        assertEquals(200, published.statusCode(), published.body());
        return object(published);
    }

    /** Enters the contest as the school's team member {@code user}, with the text as problem and summary; the entry's id. */
    private long submitted(JsonObject contest, String user, String title, String text) {
        long contestId = contest.getJsonNumber("id").longValue();
        long nomination = contest.getJsonArray("nominations").getJsonObject(0).getJsonNumber("id").longValue();
        long school = array(api().get("/contests/" + contestId + "/entries/entrants", token(user)))
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("kind").equals("SCHOOL")).findFirst()
                .orElseThrow().getJsonNumber("school").longValue();
        HttpResponse<String> opened = api().post("/contests/" + contestId + "/entries", Json.createObjectBuilder()
                .add("school", school).add("kind", "SCHOOL").add("nomination", nomination).add("title", title).build()
                .toString(), token(user));
        long id = object(opened).getJsonNumber("id").longValue();
        int half = text.length() / 3;
        int cut = text.indexOf(' ', half);
        long version = version(api().put("/entries/" + id, Json.createObjectBuilder().add("nomination", nomination)
                .add("title", title).add("problem", text.substring(0, cut).strip())
                .add("summary", text.substring(cut).strip()).add("level", "BASIC")
                .add("version", version(opened)).build().toString(), token(user)));
        version = version(api().post("/entries/" + id + "/authors", "{\"username\":\"" + user + "\",\"version\":"
                + version + "}", token(user)));
        HttpResponse<String> submitted = api().post("/entries/" + id + "/submit", "{\"version\":" + version + "}",
                token(user));
        assertEquals(200, submitted.statusCode(), submitted.body());
        return id;
    }

    @Test
    void theOrganiserSeesAReEnteredCaseInTheEligibilityCheckAndDecides() {
        api().get("/me/profile", token("school"));
        JsonObject contest = contest();
        long contestId = contest.getJsonNumber("id").longValue();
        String originalTitle = "Наставничество в малой школе " + RUN;
        submitted(contest, "school", originalTitle, CopiedProgramme.CASE);
        long copy = submitted(contest, "school", "Новый взгляд на развитие " + RUN, CopiedProgramme.copiedCase());
        Await.until("the re-entered case is held and found", Duration.ofSeconds(60), () -> {
            HttpResponse<String> seen = api().get("/near-copies/entry/" + copy, token("organiser"));
            return seen.statusCode() == 200 && !object(seen).getJsonArray("copies").isEmpty();
        });

        logIn("organiser", DemoUsers.PASSWORD);
        browser.open(page("/app/contest-entries.xhtml?id=" + contestId));
        browser.awaitText("Новый взгляд на развитие " + RUN);
        String list = browser.text("#entries");
        assertTrue(list.contains("Совпадения: ") && list.contains("— работа «" + originalTitle + "»"),
                "the share and whose case it repeats, beside the entry: " + list);
        for (int width : List.of(390, 1366)) {
            browser.atWidth(width);
            browser.open(page("/app/contest-entries.xhtml?id=" + contestId));
            browser.awaitText("Новый взгляд на развитие " + RUN);
            browser.assertNoHorizontalScroll("the entries to check at " + width + " px");
        }

        browser.open(page("/app/entry.xhtml?id=" + copy));
        browser.awaitText("Совпадения с другими текстами портала");
        String panel = browser.text("#nearCopies");
        assertTrue(panel.matches("(?s).*\\b(7[5-9]|8[0-9]|9[0-5]) %.*"), "most of the case: " + panel);
        assertTrue(panel.contains("работа «" + originalTitle + "»"), panel);
        browser.click("#nearCopies summary");
        browser.awaitText("Здесь:");
        String passages = browser.text("#nearCopies .near-copy-passage");
        assertTrue(passages.contains("Там:") && passages.contains("клуб наставников"), passages);

        browser.click("#nearCopies .ui-radiobutton-box");
        browser.click("#nearCopies button[id$='decide']");
        browser.awaitText("Напишите причину решения");
        assertTrue(!browser.text("#nearCopies").contains("Заимствование допустимо:"), "nothing recorded");
        browser.type("#nearCopies textarea[id$='reason']", "Обе школы — одна сетевая пара, кейс общий, авторы указаны.");
        browser.click("#nearCopies button[id$='decide']");
        browser.awaitText("Решение о совпадении записано.");
        String decided = browser.text("#nearCopies .near-copy-decision");
        assertTrue(decided.contains("Заимствование допустимо") && decided.contains("одна сетевая пара")
                && decided.contains("Анна Организаторова"), decided);

        browser.atWidth(390);
        browser.open(page("/app/entry.xhtml?id=" + copy));
        browser.awaitText("Совпадения с другими текстами портала");
        browser.click("#nearCopies summary");
        browser.assertNoHorizontalScroll("the entry with its near-copies at 390 px");
        browser.assertNothingOverlaps("the entry with its near-copies at 390 px");
        browser.atWidth(1366);
    }

    /**
     * The municipality's coordinator, on the page of atk-3's concept that is four fifths of atk-1's: the near-copy
     * named with atk-1's school, the decision «не принято» with a reason sends the waiting document back, and the
     * page, opened afresh, says so at its top. Campaign 2058.
     */
    @Test
    void theCoordinatorReturnsACopiedConceptFromItsPage() {
        int year = 2058;
        Campaigns campaigns = new Campaigns(api());
        campaigns.plan(year);
        campaigns.status(year, "atk-1", "LOW_RESULTS");
        campaigns.status(year, "atk-3", "LOW_RESULTS");
        long original = campaigns.submittedConcept(year, "atk-1", "school", CopiedProgramme.ORIGINAL);
        long copy = campaigns.submittedConcept(year, "atk-3", "curator", CopiedProgramme.copied());
        Await.until("atk-3's concept found a near-copy of atk-1's", Duration.ofSeconds(60), () -> {
            HttpResponse<String> seen = api().get("/near-copies/document/" + copy, token("coordinator"));
            return seen.statusCode() == 200 && object(seen).getJsonArray("copies").getValuesAs(JsonObject.class)
                    .stream().anyMatch(c -> c.getBoolean("named") && c.getJsonNumber("id").longValue() == original);
        });

        logIn("coordinator", DemoUsers.PASSWORD);
        browser.open(page("/app/document.xhtml?id=" + copy));
        browser.awaitText("Совпадения с другими текстами портала");
        assertTrue(browser.text("#nearCopies").contains("СОШ № 1 г. Аткарска"), browser.text("#nearCopies"));
        browser.find("#nearCopies .ui-radiobutton-box");
        browser.driver().findElements(org.openqa.selenium.By.cssSelector("#nearCopies .near-copy")).stream()
                .filter(c -> c.getText().contains("СОШ № 1 г. Аткарска")).findFirst().orElseThrow()
                .findElements(org.openqa.selenium.By.cssSelector(".ui-radiobutton-box")).get(1).click();
        String reason = "Четыре пятых концепции — текст школы № 1; опишите свою школу.";
        org.openqa.selenium.WebElement copyBlock = browser.driver().findElements(
                org.openqa.selenium.By.cssSelector("#nearCopies .near-copy")).stream()
                .filter(c -> c.getText().contains("СОШ № 1 г. Аткарска")).findFirst().orElseThrow();
        copyBlock.findElement(org.openqa.selenium.By.cssSelector("textarea")).sendKeys(reason);
        copyBlock.findElement(org.openqa.selenium.By.cssSelector("button[id$='decide']")).click();
        browser.awaitText("Документ возвращён школе на доработку с этой причиной.");
        assertTrue(browser.text("#documentState").contains("На доработке"), browser.text("#documentState"));
        assertTrue(browser.text("#nearCopies").contains("Не принято") && browser.text("#nearCopies").contains(reason),
                browser.text("#nearCopies"));
        assertEquals("RETURNED", object(api().get("/documents/" + copy, token("curator"))).getJsonObject("document")
                .getString("state"));
        browser.atWidth(390);
        browser.open(page("/app/document.xhtml?id=" + copy));
        browser.awaitText("Совпадения с другими текстами портала");
        browser.assertNoHorizontalScroll("a document with its near-copies at 390 px");
        browser.atWidth(1366);
    }
}
