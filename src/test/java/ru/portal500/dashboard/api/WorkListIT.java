package ru.portal500.dashboard.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.it.ApiBrowserTest;
import ru.portal500.it.Campaigns;
import ru.portal500.it.PortalApi;
import ru.portal500.it.RealmAdmin;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The work list through the API and the real database, built by the people who make the work: a school submits a
 * document (its curator and its coordinator find it to check, and the curator's unread notice is counted), the
 * curator returns it (the school finds it returned), the school resubmits, the operator sets up a round (it waits
 * for experts) and names the expert (the expert finds the review with its due date); the coordinator of another
 * municipality and of another region find none of it. The curator opens their dashboard in the browser and
 * follows an item to its page. Campaign years 2082–2084 belong to this class.
 */
class WorkListIT extends ApiBrowserTest {

    private static final ZoneId SARATOV = ZoneId.of("Europe/Saratov");
    private static final String OTHER_COORDINATOR = "worklist-balashov";

    private JsonObject work(String user) {
        HttpResponse<String> response = api().get("/me/work", token(user));
        assertEquals(200, response.statusCode(), response.body());
        return object(response);
    }

    private static Optional<JsonObject> group(JsonObject work, String kind) {
        return work.getJsonArray("groups").getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getString("kind").equals(kind)).findFirst();
    }

    /** The item of the group that links to the page, if the group lists it. */
    private static Optional<JsonObject> item(JsonObject work, String kind, String link) {
        return group(work, kind).flatMap(g -> g.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("link").equals(link)).findFirst());
    }

    /** Every link of every group: what the caller is shown at all. */
    private static Set<String> links(JsonObject work) {
        return Set.copyOf(work.getJsonArray("groups").getValuesAs(JsonObject.class).stream()
                .flatMap(g -> g.getJsonArray("items").getValuesAs(JsonObject.class).stream())
                .map(i -> i.getString("link")).toList());
    }

    private long submittedConcept(int year, String text) {
        HttpResponse<String> uploaded = api().upload("/regions/64/campaigns/" + year + "/schools/atkarsky/atk-1"
                + "/documents/CONCEPT/versions?name=" + URLEncoder.encode("Концепция.txt", StandardCharsets.UTF_8),
                text.getBytes(StandardCharsets.UTF_8), token("school"));
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        long id = object(uploaded).getJsonNumber("document").longValue();
        submit(id);
        return id;
    }

    private void submit(long document) {
        HttpResponse<String> submitted = api().post("/documents/" + document + "/submission", "", token("school"));
        assertEquals(200, submitted.statusCode(), submitted.body());
    }

    private long conceptChecklist() {
        return PortalApi.json(api().get("/regions/64/checklists", token("operator"))).asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("code").equals("CONCEPT"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private long unreadOf(String user) {
        return object(api().get("/notifications/unread-count", freshToken(user))).getJsonNumber("unread").longValue();
    }

    @Test
    void eachPersonFindsTheWorkOthersMadeForThemAndNobodyElseFindsIt() {
        int year = 2082;
        Campaigns campaigns = new Campaigns(api());
        campaigns.plan(year);
        campaigns.status(year, "atk-1", "LOW_RESULTS");
        assertEquals(401, api().get("/me/work", null).statusCode(), "no token, no work list");

        long document = submittedConcept(year, "Концепция развития школы: миссия, цели, показатели.");
        String documentPage = "/app/document.xhtml?id=" + document;
        JsonObject curators = work("curator");
        JsonObject toCheck = item(curators, "documents.toCheck", documentPage)
                .orElseThrow(() -> new AssertionError("the curator checks it: " + curators));
        assertEquals("Концепция развития", toCheck.getString("title"));
        assertTrue(toCheck.getString("detail").contains("МБОУ «СОШ № 1 г. Аткарска»"), toCheck.toString());
        assertEquals(LocalDate.now(SARATOV).toString(), toCheck.getString("since"), "submitted today, Saratov time");
        assertEquals(JsonValue.NULL, toCheck.get("due"), "the campaign has no dates: due is there, and null");
        JsonObject checkGroup = group(curators, "documents.toCheck").orElseThrow();
        assertEquals("Документы на проверку", checkGroup.getString("label"));
        assertEquals(checkGroup.getJsonArray("items").size(), checkGroup.getInt("count"), "a short group lists all");
        assertEquals(curators.getJsonArray("groups").getValuesAs(JsonObject.class).stream()
                .mapToInt(g -> g.getInt("count")).sum(), curators.getInt("total"));
        assertTrue(item(work("coordinator"), "documents.toCheck", documentPage).isPresent(), "the coordinator too");

        JsonObject notices = group(curators, "notifications.unread").orElseThrow(() -> new AssertionError(
                "the curator was told of the submission: " + curators));
        // Counted as the bell counts: compared when nothing arrived in between (a contest's call published by another
        // test may reach the curator's school team at any moment).
        ru.portal500.it.Await.until("the work list counting the unread notifications as the bell does",
                java.time.Duration.ofSeconds(30), () -> {
                    long before = unreadOf("curator");
                    long listed = group(work("curator"), "notifications.unread").map(g -> g.getJsonNumber("count")
                            .longValue()).orElse(0L);
                    return before == unreadOf("curator") && listed == before;
                });
        assertTrue(item(curators, "notifications.unread", documentPage).isPresent(), notices.toString());

        assertEquals(200, api().post("/documents/" + document + "/return",
                "{\"text\":\"Добавьте целевые показатели\"}", token("curator")).statusCode());
        assertTrue(item(work("school"), "documents.returned", documentPage).isPresent(),
                "the school finds it returned for revision");
        assertFalse(item(work("curator"), "documents.toCheck", documentPage).isPresent(), "checked: not work any more");

        HttpResponse<String> revised = api().upload("/documents/" + document + "/versions?name="
                        + URLEncoder.encode("Концепция v2.txt", StandardCharsets.UTF_8),
                "Концепция развития школы: миссия, цели, целевые показатели на год.".getBytes(StandardCharsets.UTF_8),
                token("school"));
        assertEquals(201, revised.statusCode(), revised.body());
        submit(document);
        assertFalse(item(work("school"), "documents.returned", documentPage).isPresent(), "resubmitted");

        LocalDate due = LocalDate.now().plusDays(30);
        HttpResponse<String> created = api().post("/regions/64/campaigns/" + year + "/expertise/rounds",
                "{\"kind\":\"REGIONAL\",\"title\":\"Экспертиза концепций " + year + "\",\"checklist\":"
                        + conceptChecklist() + ",\"reviewsPerDocument\":1,\"due\":\"" + due + "\"}", token("operator"));
        assertEquals(201, created.statusCode(), created.body());
        long round = object(created).getJsonNumber("id").longValue();
        String roundPage = "/app/expertise-round.xhtml?id=" + round;
        JsonObject toStaff = item(work("operator"), "rounds.toStaff", roundPage)
                .orElseThrow(() -> new AssertionError("the operator staffs the round"));
        assertEquals("Без экспертов: 1 документ", toStaff.getString("detail"));
        assertEquals(due.toString(), toStaff.getString("due"));
        assertFalse(item(work("coordinator"), "rounds.toStaff", roundPage).isPresent(),
                "a coordinator does not organise a regional round");

        HttpResponse<String> assigned = api().post("/expertise/rounds/" + round + "/reviews",
                "{\"document\":" + document + ",\"expert\":\"expert\"}", token("operator"));
        assertEquals(201, assigned.statusCode(), assigned.body());
        String reviewPage = "/app/review.xhtml?id=" + object(assigned).getJsonNumber("id").longValue();
        JsonObject review = item(work("expert"), "reviews.toScore", reviewPage)
                .orElseThrow(() -> new AssertionError("the expert scores it"));
        assertEquals(due.toString(), review.getString("due"));
        assertEquals("Концепция развития", review.getString("title"));
        assertFalse(item(work("operator"), "rounds.toStaff", roundPage).isPresent(), "staffed");

        RealmAdmin.createUser(OTHER_COORDINATOR, "Борис", "Балашовский");
        String grant = "{\"username\":\"" + OTHER_COORDINATOR + "\",\"role\":\"municipal-coordinator\","
                + "\"scope\":\"/64/balashovsky\"}";
        assertEquals(204, api().post("/grants", grant, token("operator")).statusCode());
        try {
            for (String stranger : List.of(OTHER_COORDINATOR, "coordinator23")) {
                Set<String> theirs = links(work(stranger));
                for (String link : List.of(documentPage, roundPage, reviewPage)) {
                    assertFalse(theirs.contains(link), stranger + " is shown " + link);
                }
            }
        } finally {
            api().delete("/grants", grant, token("operator"));
        }
    }

    @Test
    void theCuratorFollowsAnItemOfTheirDashboardToTheDocument() {
        int year = 2083;
        Campaigns campaigns = new Campaigns(api());
        campaigns.plan(year);
        campaigns.status(year, "atk-1", "LOW_RESULTS");
        long document = submittedConcept(year, "Концепция развития школы на 2083 год.");

        logIn("curator", DemoUsers.PASSWORD);
        assertEquals("Здравствуйте, Сергей Кураторов!", browser.text("#greeting"));
        assertTrue(browser.text("#workTitle").contains("Ваша работа"));
        String check = "section[data-kind='documents.toCheck']";
        assertTrue(browser.text(check + " h3").startsWith("Документы на проверку: "), browser.text(check + " h3"));
        WebElement link = browser.find(check + " a[href$='/app/document.xhtml?id=" + document + "']");
        assertEquals("Концепция развития", link.getText());
        String line = browser.driver().findElement(By.xpath("//a[contains(@href, '/app/document.xhtml?id=" + document
                + "') and ancestor::section[@data-kind='documents.toCheck']]/ancestor::li")).getText();
        assertTrue(line.contains("ждёт с " + LocalDate.now(SARATOV).format(java.time.format.DateTimeFormatter
                .ofPattern("dd.MM.yyyy"))), line);
        link.click();
        browser.awaitUrlContaining("/app/document.xhtml?id=" + document);
        browser.awaitText("Концепция развития");
        assertTrue(browser.find("#actions\\:approve").isDisplayed(), "the page where the check is done");
    }

    @Test
    void theOperatorOpensTheIdentificationFromTheMenuAndATeacherIsToldWhatWillComeHere() {
        new Campaigns(api()).plan(2084);
        logIn("operator", DemoUsers.PASSWORD);
        browser.menu("/app/identification.xhtml");
        browser.awaitUrlContaining("/app/identification.xhtml?campaign=");
        assertTrue(browser.text("h1").startsWith("Выявление ШНОР: 500+ "), browser.text("h1"));
        logOut();

        logIn("teacher", DemoUsers.PASSWORD);
        assertTrue(browser.text("#workEmpty").startsWith("Сейчас ничего не ждёт вашего участия. Когда появится работа"),
                browser.text("#workEmpty"));
        assertTrue(browser.driver().findElements(By.cssSelector("#workTotal, section.portal-work")).isEmpty(),
                "no count of nothing");
        assertEquals("Педагог", browser.text("#roles"));
    }
}
