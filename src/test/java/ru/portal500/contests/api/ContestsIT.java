package ru.portal500.contests.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import ru.portal500.it.ApiTest;
import ru.portal500.it.RealmAdmin;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A contest through the API on the real war, with its role matrix: the region's contest organiser creates, edits and
 * publishes it; a school team, an expert and a jury member of the region are refused (403, on record), a teacher
 * who acts in no region too; another region's organiser does not find it (404); a published call is read without
 * logging in, a draft is not found; two organisers editing the nominations at once: one of them is told 409.
 */
class ContestsIT extends ApiTest {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Saratov"));

    private JsonObject created(String title) {
        HttpResponse<String> created = api().post("/contests", "{\"region\":\"64\",\"schoolYear\":2027,\"title\":\""
                + title + "\",\"description\":\"Кейсы управленческих команд и педагогов\"}", token("organiser"));
        assertEquals(201, created.statusCode(), created.body());
        return object(created);
    }

    private static long id(JsonObject contest) {
        return contest.getJsonNumber("id").longValue();
    }

    private static long version(JsonObject contest) {
        return contest.getJsonNumber("version").longValue();
    }

    private String stages(long version) {
        return "{\"entriesOpen\":\"" + TODAY.plusDays(1) + "\",\"entriesClose\":\"" + TODAY.plusDays(30)
                + "\",\"eligibilityCheck\":\"" + TODAY.plusDays(37) + "\",\"judging\":\"" + TODAY.plusDays(51)
                + "\",\"results\":\"" + TODAY.plusDays(58) + "\",\"version\":" + version + "}";
    }

    @Test
    void theRegionsOrganiserCreatesEditsAndPublishesAContestThatEveryoneThenReads() {
        JsonObject contest = created("Панорама методических кейсов " + RUN);
        long id = id(contest);
        assertEquals("DRAFT", contest.getString("state"));
        assertEquals(5, contest.getInt("minEntries"), "five entries per nomination unless the organiser says otherwise");

        HttpResponse<String> changed = api().put("/contests/" + id, "{\"minEntries\":6,\"openToTeachers\":true,"
                + "\"tieBreak\":[\"TOTAL\",\"CRITERION:K3\",\"EARLIER_SUBMISSION\"],\"requiredFields\":[\"PROBLEM\"],"
                + "\"version\":" + version(contest) + "}", token("organiser"));
        assertEquals(200, changed.statusCode(), changed.body());
        contest = object(changed);
        assertEquals(6, contest.getInt("minEntries"));
        assertEquals("Кейсы управленческих команд и педагогов", contest.getString("description"), "left out, kept");

        HttpResponse<String> outOfBounds = api().put("/contests/" + id, "{\"teamMin\":4,\"teamMax\":2,\"version\":"
                + version(contest) + "}", token("organiser"));
        assertEquals(400, outOfBounds.statusCode(), outOfBounds.body());
        assertTrue(object(outOfBounds).getString("message").startsWith("Число авторов в заявке"), outOfBounds.body());

        HttpResponse<String> incomplete = api().post("/contests/" + id + "/call", "{\"version\":" + version(contest)
                + "}", token("organiser"));
        assertEquals(400, incomplete.statusCode(), incomplete.body());
        String why = object(incomplete).getString("message");
        assertTrue(why.startsWith("Объявить конкурс пока нельзя: нет ни одной номинации; не задан срок этапа"), why);
        assertTrue(why.contains("«Последний день приёма заявок»"), why);

        HttpResponse<String> first = api().post("/contests/" + id + "/nominations", "{\"title\":\"Управленческие"
                + " практики\",\"version\":" + version(contest) + "}", token("organiser"));
        assertEquals(201, first.statusCode(), first.body());
        HttpResponse<String> second = api().post("/contests/" + id + "/nominations", "{\"title\":\"Педагогические"
                + " практики\",\"version\":" + version(object(first)) + "}", token("organiser"));
        assertEquals(201, second.statusCode(), second.body());
        HttpResponse<String> backwards = api().put("/contests/" + id + "/stages", "{\"entriesOpen\":\""
                + TODAY.plusDays(10) + "\",\"entriesClose\":\"" + TODAY.plusDays(5) + "\",\"version\":"
                + version(object(second)) + "}", token("organiser"));
        assertEquals(400, backwards.statusCode(), backwards.body());
        assertTrue(object(backwards).getString("message").startsWith("Этап «Последний день приёма заявок»"),
                backwards.body());
        HttpResponse<String> scheduled = api().put("/contests/" + id + "/stages", stages(version(object(second))),
                token("organiser"));
        assertEquals(200, scheduled.statusCode(), scheduled.body());

        String draftPage = api().page("/contest.xhtml?id=" + id).body();
        assertEquals(404, api().get("/public/contests/" + id, null).statusCode(), "a draft is nobody's business yet");
        assertFalse(draftPage.contains("Панорама методических кейсов " + RUN), "nor is its page");

        HttpResponse<String> published = api().post("/contests/" + id + "/call", "{\"version\":"
                + version(object(scheduled)) + "}", token("organiser"));
        assertEquals(200, published.statusCode(), published.body());
        assertEquals("CALL_PUBLISHED", object(published).getString("state"));
        assertEquals(TODAY.toString(), object(published).getJsonObject("stages").getString("callPublished"));

        HttpResponse<String> read = api().get("/public/contests/" + id, null);
        assertEquals(200, read.statusCode(), read.body());
        JsonObject call = object(read);
        assertEquals(List.of("Управленческие практики", "Педагогические практики"), call.getJsonArray("nominations")
                .getValuesAs(JsonObject.class).stream().map(n -> n.getString("title")).toList());
        assertEquals("Europe/Saratov", call.getString("timeZone"));
        assertFalse(call.containsKey("version"), "the public view is the call, not the organiser's record");
        HttpResponse<String> page = api().page("/contest.xhtml?id=" + id);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Панорама методических кейсов " + RUN), "the public page without a login");
        assertTrue(page.body().contains("Педагогические практики"));
        assertTrue(page.body().contains("МСК+1"), "dates in the region's time, labelled");

        assertEquals(404, api().get("/public/contests/" + id + "/regulations", null).statusCode(), "none yet");
        HttpResponse<String> hostile = api().put("/contests/" + id + "/regulations?name=page.html&version="
                + version(object(published)), "<html><script>alert(1)</script></html>", token("organiser"));
        assertEquals(400, hostile.statusCode(), hostile.body());
        HttpResponse<String> regulations = api().put("/contests/" + id + "/regulations?name="
                + URLEncoder.encode("Положение о конкурсе.txt", StandardCharsets.UTF_8) + "&version="
                + version(object(published)), "Положение о региональном конкурсе методических кейсов", token("organiser"));
        assertEquals(200, regulations.statusCode(), regulations.body());
        assertEquals("Положение о конкурсе.txt", object(regulations).getString("regulations"));
        HttpResponse<String> file = api().get("/public/contests/" + id + "/regulations", null);
        assertEquals(200, file.statusCode());
        assertEquals("Положение о региональном конкурсе методических кейсов", file.body(), "read by anyone");

        HttpResponse<String> history = api().get("/contests/" + id + "/history.csv", token("organiser"));
        assertEquals(200, history.statusCode(), history.body());
        for (String line : List.of(";organiser;Панорама методических кейсов " + RUN + ";Конкурс создан;",
                ";Минимум заявок в номинации;Изменена настройка конкурса;5;6;",
                ";Управленческие практики;Добавлена номинация;",
                ";Последний день приёма заявок;Изменён срок этапа;;" + TODAY.plusDays(30).format(
                        java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")) + ";",
                ";Конкурс объявлен;Черновик;Объявлен;",
                ";Загружено положение о конкурсе;;Положение о конкурсе.txt;")) {
            assertTrue(history.body().contains(line), line + " in\n" + history.body());
        }
        JsonArray listed = array(api().get("/contests?region=64", token("organiser")));
        assertTrue(listed.getValuesAs(JsonObject.class).stream().anyMatch(c -> id(c) == id), listed.toString());
    }

    @Test
    void othersOfTheRegionAreRefusedAndAnotherRegionsOrganiserFindsNothing() {
        long id = id(created("Конкурс для проверки прав " + RUN));
        for (String user : List.of("school", "expert", "jury")) {
            assertEquals(404, api().get("/contests/" + id, token(user)).statusCode(), user + " reads: a draft is not"
                    + " found, so that even its existence does not show");
            assertEquals(404, api().put("/contests/" + id, "{\"title\":\"Чужой\",\"version\":0}", token(user))
                    .statusCode(), user + " edits");
            assertEquals(403, api().post("/contests", "{\"region\":\"64\",\"schoolYear\":2027,\"title\":\"Свой\"}",
                    token(user)).statusCode(), user + " creates");
            assertEquals(403, api().get("/contests?region=64", token(user)).statusCode(), user + " lists");
        }
        assertEquals(403, api().post("/contests", "{\"region\":\"64\",\"schoolYear\":2027,\"title\":\"Свой\"}",
                token("teacher")).statusCode(), "a teacher organises nothing");
        assertEquals(404, api().get("/contests/" + id, token("teacher")).statusCode(),
                "a teacher acts in no region: the contest is not in their scope");
        JsonArray refusals = array(api().get("/audit?type=ACCESS_DENIED&actor=jury", freshToken("operator")));
        assertTrue(refusals.getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.toString().contains("contests.organise")), refusals.toString());

        String organiser23 = "contest-org23-" + RUN;
        RealmAdmin.createUser(organiser23, "Ольга", "Кубанская");
        assertEquals(204, api().post("/grants", "{\"username\":\"" + organiser23
                + "\",\"role\":\"contest-organiser\",\"scope\":\"/23\"}", token("operator23")).statusCode());
        String other = freshToken(organiser23);
        assertEquals(404, api().get("/contests/" + id, other).statusCode(), "another region's contest is not found");
        assertEquals(404, api().put("/contests/" + id + "/stages", stages(0), other).statusCode());
        assertEquals(404, api().get("/contests/" + id + "/history.csv", other).statusCode());
        assertEquals(403, api().post("/contests", "{\"region\":\"64\",\"schoolYear\":2027,\"title\":\"Чужой\"}", other)
                .statusCode(), "nor does it create contests in region 64");
        HttpResponse<String> own = api().post("/contests", "{\"region\":\"23\",\"schoolYear\":2027,\"title\":\"Кубанские"
                + " кейсы " + RUN + "\"}", other);
        assertEquals(201, own.statusCode(), own.body());
        assertEquals(404, api().get("/contests/" + id(object(own)), token("organiser")).statusCode());
        assertTrue(array(api().get("/contests?region=64", token("organiser"))).getValuesAs(JsonObject.class).stream()
                .noneMatch(c -> c.getString("region").equals("23")));
        assertEquals(404, api().get("/public/contests/999999999", null).statusCode());
    }

    @Test
    void aPersonGivenOneContestOrganisesThatContestAndNoOther() {
        long given = id(created("Конкурс с приглашённым организатором " + RUN));
        long other = id(created("Конкурс без него " + RUN));
        String lead = "contest-lead-" + RUN;
        RealmAdmin.createUser(lead, "Лидия", "Приглашённая");
        assertEquals(204, api().post("/grants", "{\"username\":\"" + lead
                + "\",\"role\":\"contest-organiser\",\"scope\":\"/64/_contests/" + given + "\"}",
                token("organiser")).statusCode());
        String token = freshToken(lead);

        HttpResponse<String> found = api().get("/contests/" + given, token);
        assertEquals(200, found.statusCode(), "the contest they were given is found, though they hold no place in"
                + " region 64: " + found.body());
        JsonObject read = object(found);
        assertEquals(given, id(read));
        HttpResponse<String> staged = api().put("/contests/" + given + "/stages", stages(version(read)), token);
        assertEquals(200, staged.statusCode(), staged.body());
        HttpResponse<String> history = api().get("/contests/" + given + "/history.csv", token);
        assertEquals(200, history.statusCode());
        assertTrue(history.body().contains("Лидия Приглашённая"), "their change is in the history:\n" + history.body());

        assertEquals(404, api().get("/contests/" + other, token).statusCode(), "another contest of the region");
        assertEquals(403, api().post("/contests", "{\"region\":\"64\",\"schoolYear\":2027,\"title\":\"Свой\"}",
                token).statusCode(), "a contest's organiser does not create contests of the region");
    }

    @Test
    void twoOrganisersEditingTheNominationsAtOnceOneIsToldTheOtherWasFaster() {
        JsonObject contest = created("Конкурс двух организаторов " + RUN);
        long id = id(contest);
        long read = version(contest);
        String organiser = token("organiser");
        CompletableFuture<HttpResponse<String>> a = CompletableFuture.supplyAsync(() -> api().post("/contests/" + id
                + "/nominations", "{\"title\":\"Номинация А\",\"version\":" + read + "}", organiser));
        CompletableFuture<HttpResponse<String>> b = CompletableFuture.supplyAsync(() -> api().post("/contests/" + id
                + "/nominations", "{\"title\":\"Номинация Б\",\"version\":" + read + "}", organiser));
        List<HttpResponse<String>> both = List.of(a.join(), b.join());
        assertEquals(List.of(201, 409), both.stream().map(HttpResponse::statusCode).sorted().toList(),
                both.stream().map(HttpResponse::body).toList().toString());
        HttpResponse<String> loser = both.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
        assertTrue(object(loser).getString("message").startsWith("Конкурс только что изменил другой организатор"),
                loser.body());
        JsonObject now = object(api().get("/contests/" + id, token("organiser")));
        assertEquals(1, now.getJsonArray("nominations").size(), "the winner's nomination, nothing half-written: " + now);

        HttpResponse<String> stale = api().post("/contests/" + id + "/nominations", "{\"title\":\"Номинация В\","
                + "\"version\":" + read + "}", token("organiser"));
        assertEquals(409, stale.statusCode(), "a list read before the change is stale: " + stale.body());
        long nomination = now.getJsonArray("nominations").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> removed = api().delete("/contests/" + id + "/nominations/" + nomination + "",
                "{\"version\":" + version(now) + "}", token("organiser"));
        assertEquals(200, removed.statusCode(), removed.body());
        assertEquals(0, object(removed).getJsonArray("nominations").size());
        assertEquals(409, api().delete("/contests/" + id + "/nominations/" + nomination,
                "{\"version\":" + version(now) + "}", token("organiser")).statusCode());
    }
}
