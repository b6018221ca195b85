package ru.portal500.contests.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import ru.portal500.documents.SampleDocuments;
import ru.portal500.it.ApiTest;
import ru.portal500.it.RealmAdmin;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Entries through the API on the real war, with their role matrix: a school's team opens a draft, fills it, names
 * its authors (a person of another school is refused), attaches files (a hostile one is refused), submits it
 * (incomplete: every missing thing named); another school's team, the organiser and a juror do not find the draft;
 * the organiser finds the submitted entry with the same file flagged, returns it for completion (the entrant is
 * told), admits it after the resubmission; another region's organiser and the contest's juror cannot decide; a
 * nomination with entries is not removed; the history names each step.
 */
class EntriesIT extends ApiTest {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Saratov"));

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    private static long version(JsonObject json) {
        return json.getJsonNumber("version").longValue();
    }

    /** A published contest taking entries today, open to every school of region 64, asking for a presentation. */
    private JsonObject contestTakingEntries() {
        HttpResponse<String> created = api().post("/contests", "{\"region\":\"64\",\"schoolYear\":2027,\"title\":"
                + "\"Кейсы " + RUN + "\"}", token("organiser"));
        assertEquals(201, created.statusCode(), created.body());
        long id = id(object(created));
        HttpResponse<String> changed = api().put("/contests/" + id, "{\"openToRegion\":true,\"teamMax\":3,"
                + "\"requiredFields\":[\"PROBLEM\"],\"requiredFiles\":[\"Презентация\"],\"version\":"
                + version(object(created)) + "}", token("organiser"));
        assertEquals(200, changed.statusCode(), changed.body());
        HttpResponse<String> first = api().post("/contests/" + id + "/nominations", "{\"title\":\"Управленческие"
                + " практики\",\"version\":" + version(object(changed)) + "}", token("organiser"));
        HttpResponse<String> second = api().post("/contests/" + id + "/nominations", "{\"title\":\"Педагогические"
                + " практики\",\"version\":" + version(object(first)) + "}", token("organiser"));
        HttpResponse<String> scheduled = api().put("/contests/" + id + "/stages", "{\"entriesOpen\":\"" + TODAY
                + "\",\"entriesClose\":\"" + TODAY.plusDays(30) + "\",\"eligibilityCheck\":\"" + TODAY.plusDays(37)
                + "\",\"judging\":\"" + TODAY.plusDays(51) + "\",\"results\":\"" + TODAY.plusDays(58)
                + "\",\"version\":" + version(object(second)) + "}", token("organiser"));
        assertEquals(200, scheduled.statusCode(), scheduled.body());
        HttpResponse<String> published = api().post("/contests/" + id + "/call", "{\"version\":"
                + version(object(scheduled)) + "}", token("organiser"));
        assertEquals(200, published.statusCode(), published.body());
        return object(published);
    }

    private static long nomination(JsonObject contest, int index) {
        return contest.getJsonArray("nominations").getJsonObject(index).getJsonNumber("id").longValue();
    }

    private HttpResponse<String> attach(long entry, long version, String name, String required, byte[] file) {
        return api().upload("/entries/" + entry + "/files?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + (required == null ? "" : "&required=" + URLEncoder.encode(required, StandardCharsets.UTF_8))
                + "&version=" + version, file, freshToken("school"));
    }

    private JsonObject opened(long contest, long school, long nomination, String title) {
        HttpResponse<String> opened = api().post("/contests/" + contest + "/entries", Json.createObjectBuilder()
                .add("school", school).add("kind", "SCHOOL").add("nomination", nomination).add("title", title).build()
                .toString(), token("school"));
        assertEquals(201, opened.statusCode(), opened.body());
        return object(opened);
    }

    private JsonObject completed(JsonObject entry, long nomination, byte[] presentation) {
        HttpResponse<String> described = api().put("/entries/" + id(entry), Json.createObjectBuilder()
                .add("nomination", nomination).add("title", entry.getString("title"))
                .add("problem", "Низкая учебная мотивация").add("summary", "Школа ввела час чтения.")
                .add("level", "BASIC").add("links", Json.createArrayBuilder().add("https://school.example/case"))
                .add("version", version(entry)).build().toString(), token("school"));
        assertEquals(200, described.statusCode(), described.body());
        HttpResponse<String> author = api().post("/entries/" + id(entry) + "/authors", "{\"username\":\"school\","
                + "\"version\":" + version(object(described)) + "}", token("school"));
        assertEquals(200, author.statusCode(), author.body());
        HttpResponse<String> file = attach(id(entry), version(object(author)), "Презентация кейса.docx",
                "Презентация", presentation);
        assertEquals(200, file.statusCode(), file.body());
        return object(file);
    }

    @Test
    void aSchoolEntersTheOrganiserChecksAndNobodyElseSeesOrDecides() {
        api().get("/me/profile", token("school"));
        JsonObject contest = contestTakingEntries();
        long contestId = id(contest);

        ru.portal500.it.Await.until("the call announced to the teams of the region's schools",
                java.time.Duration.ofMinutes(1), () -> api().get("/notifications", freshToken("school")).body()
                        .contains("Объявлен конкурс «Кейсы " + RUN + "»"));

        JsonArray entrants = array(api().get("/contests/" + contestId + "/entries/entrants", token("school")));
        assertEquals(1, entrants.size(), entrants.toString());
        long school = entrants.getJsonObject(0).getJsonNumber("school").longValue();
        assertEquals("SCHOOL", entrants.getJsonObject(0).getString("kind"));

        JsonObject draft = opened(contestId, school, nomination(contest, 0), "Час чтения " + RUN);
        assertEquals("DRAFT", draft.getString("state"));
        long entryId = id(draft);

        for (String user : List.of("curator", "organiser", "jury", "expert")) {
            assertEquals(404, api().get("/entries/" + entryId, token(user)).statusCode(),
                    user + " does not find another's draft");
        }
        assertEquals(401, api().get("/entries/" + entryId, null).statusCode());
        assertEquals(404, api().put("/entries/" + entryId, "{\"nomination\":" + nomination(contest, 0)
                + ",\"title\":\"Чужой\",\"version\":0}", token("organiser")).statusCode(),
                "the organiser does not find, let alone change, a draft");

        HttpResponse<String> incomplete = api().post("/entries/" + entryId + "/submit", "{\"version\":"
                + version(draft) + "}", token("school"));
        assertEquals(400, incomplete.statusCode(), incomplete.body());
        String why = object(incomplete).getString("message");
        assertTrue(why.startsWith("Заявку нельзя подать: не заполнено поле «Краткое описание»"), why);
        assertTrue(why.contains("не приложен файл «Презентация»") && why.contains("авторов 0, а нужно от 1 до 3"),
                why);

        HttpResponse<String> stranger = api().post("/entries/" + entryId + "/authors", "{\"username\":\"curator\","
                + "\"version\":" + version(draft) + "}", token("school"));
        assertEquals(400, stranger.statusCode(), stranger.body());
        assertTrue(object(stranger).getString("message").startsWith("«curator» не работает в школе"),
                stranger.body());

        HttpResponse<String> hostile = attach(entryId, version(draft), "page.html", null,
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, hostile.statusCode(), hostile.body());
        assertEquals(0, object(api().get("/entries/" + entryId, token("school"))).getJsonArray("files").size(),
                "nothing half-saved");

        byte[] presentation = SampleDocuments.docx(List.of("Час чтения " + RUN, "Итоги года: рост читательской"
                + " грамотности."));
        JsonObject complete = completed(draft, nomination(contest, 0), presentation);
        HttpResponse<String> submitted = api().post("/entries/" + entryId + "/submit", "{\"version\":"
                + version(complete) + "}", token("school"));
        assertEquals(200, submitted.statusCode(), submitted.body());
        assertEquals("SUBMITTED", object(submitted).getString("state"));

        JsonObject twin = completed(opened(contestId, school, nomination(contest, 1), "Тот же файл " + RUN),
                nomination(contest, 1), presentation);
        assertEquals(200, api().post("/entries/" + id(twin) + "/submit", "{\"version\":" + version(twin) + "}",
                token("school")).statusCode());
        JsonArray toCheck = array(api().get("/contests/" + contestId + "/entries", token("organiser")));
        assertEquals(2, toCheck.size(), "the contest's two submitted entries, and nothing of other contests: " + toCheck);
        assertTrue(toCheck.getValuesAs(JsonObject.class).stream()
                .allMatch(e -> e.getJsonNumber("contestId").longValue() == contestId), toCheck.toString());
        JsonObject listed = toCheck.getValuesAs(JsonObject.class).stream().filter(e -> id(e) == entryId).findFirst()
                .orElseThrow();
        assertTrue(listed.getJsonArray("sameFiles").toString().contains("совпадает с файлом заявки № " + id(twin)),
                listed.toString());

        assertEquals(403, api().get("/contests/" + contestId + "/entries", token("jury")).statusCode(),
                "a juror of the region is not the contest's organiser");
        assertEquals(404, api().post("/entries/" + entryId + "/decision", "{\"decision\":\"ADMIT\",\"version\":"
                + version(object(submitted)) + "}", token("jury")).statusCode(), "nor decides");
        String organiser23 = "entries-org23-" + RUN;
        RealmAdmin.createUser(organiser23, "Ольга", "Кубанская");
        assertEquals(204, api().post("/grants", "{\"username\":\"" + organiser23
                + "\",\"role\":\"contest-organiser\",\"scope\":\"/23\"}", token("operator23")).statusCode());
        assertEquals(404, api().post("/entries/" + entryId + "/decision", "{\"decision\":\"ADMIT\",\"version\":"
                + version(object(submitted)) + "}", freshToken(organiser23)).statusCode(), "another region's");

        String organisersWork = api().get("/me/work", freshToken("organiser")).body();
        assertTrue(organisersWork.contains("contests.toCheck") && organisersWork.contains("Час чтения " + RUN),
                "the submitted entry is in the organiser's work: " + organisersWork);

        HttpResponse<String> noReason = api().post("/entries/" + entryId + "/decision", "{\"decision\":\"RETURN\","
                + "\"due\":\"" + TODAY.plusDays(3) + "\",\"version\":" + version(object(submitted)) + "}",
                token("organiser"));
        assertEquals(400, noReason.statusCode(), noReason.body());
        HttpResponse<String> returned = api().post("/entries/" + entryId + "/decision", "{\"decision\":\"RETURN\","
                + "\"reason\":\"Приложите итоги года\",\"due\":\"" + TODAY.plusDays(3) + "\",\"version\":"
                + version(object(submitted)) + "}", token("organiser"));
        assertEquals(200, returned.statusCode(), returned.body());
        assertEquals("RETURNED", object(returned).getString("state"));
        String told = api().get("/notifications", freshToken("school")).body();
        assertTrue(told.contains("возвращена на доработку") && told.contains("Приложите итоги года"), told);

        String schoolsWork = api().get("/me/work", freshToken("school")).body();
        assertTrue(schoolsWork.contains("contests.returned") && schoolsWork.contains("Час чтения " + RUN),
                "the returned entry is in its team's work: " + schoolsWork);

        HttpResponse<String> again = api().post("/entries/" + entryId + "/submit", "{\"version\":"
                + version(object(returned)) + "}", token("school"));
        assertEquals(200, again.statusCode(), again.body());
        HttpResponse<String> stale = api().post("/entries/" + entryId + "/decision", "{\"decision\":\"ADMIT\","
                + "\"version\":" + version(object(returned)) + "}", token("organiser"));
        assertEquals(409, stale.statusCode(), "decided on what was read before the resubmission");
        HttpResponse<String> admitted = api().post("/entries/" + entryId + "/decision", "{\"decision\":\"ADMIT\","
                + "\"version\":" + version(object(again)) + "}", token("organiser"));
        assertEquals(200, admitted.statusCode(), admitted.body());
        HttpResponse<String> frozen = api().put("/entries/" + entryId, "{\"nomination\":" + nomination(contest, 0)
                + ",\"title\":\"Иначе\",\"version\":" + version(object(admitted)) + "}", token("school"));
        assertEquals(400, frozen.statusCode(), frozen.body());
        assertFalse(object(api().get("/entries/" + entryId, token("school"))).getString("title").equals("Иначе"));

        JsonObject now = object(api().get("/contests/" + contestId, token("organiser")));
        HttpResponse<String> removal = api().delete("/contests/" + contestId + "/nominations/"
                + nomination(contest, 0), "{\"version\":" + version(now) + "}", token("organiser"));
        assertEquals(400, removal.statusCode(), removal.body());
        assertTrue(object(removal).getString("message").startsWith("В номинации «Управленческие практики» уже есть"
                + " заявки"), removal.body());

        String history = new String(api().download("/contests/" + contestId + "/history.csv", token("organiser"))
                .body(), StandardCharsets.UTF_8);
        assertTrue(history.contains("Возвращена на доработку") && history.contains("Приложите итоги года")
                && history.contains("Допущена к экспертизе"), history);

        HttpResponse<String> jury = api().post("/contests/" + contestId + "/roles", "{\"username\":\"jury\","
                + "\"role\":\"jury-member\"}", token("organiser"));
        assertEquals(400, jury.statusCode(), "a juror's role comes with a seat only: " + jury.body());
        assertEquals("contests.roles.error.juryBySeat", object(jury).getString("error"));
        HttpResponse<String> second = api().post("/contests/" + contestId + "/roles", "{\"username\":\"jury\","
                + "\"role\":\"contest-organiser\"}", token("organiser"));
        assertEquals(204, second.statusCode(), second.body());
        assertTrue(api().get("/contests/" + contestId + "/roles", token("organiser")).body()
                .contains("\"username\":\"jury\""), "the contest's roles list its second organiser");
        assertEquals(400, api().delete("/contests/" + contestId + "/roles", "{\"username\":\"jury\","
                + "\"role\":\"jury-member\"}", token("organiser")).statusCode(), "nor is a juror's role taken here");
        assertEquals(204, api().delete("/contests/" + contestId + "/roles", "{\"username\":\"jury\","
                + "\"role\":\"contest-organiser\"}", token("organiser")).statusCode());
        assertEquals(403, api().post("/contests/" + contestId + "/roles", "{\"username\":\"school\","
                + "\"role\":\"contest-organiser\"}", token("school")).statusCode(), "an entrant gives no roles");
        assertEquals(404, api().get("/contests/" + contestId + "/roles", freshToken(organiser23)).statusCode());
        HttpResponse<String> stranger23 = api().post("/contests/" + contestId + "/roles", "{\"username\":\"operator23\","
                + "\"role\":\"contest-organiser\"}", token("organiser"));
        assertEquals(400, stranger23.statusCode(), "another region's person is given no role here: " + stranger23.body());
        assertFalse(api().get("/contests/" + contestId + "/roles", token("organiser")).body().contains("operator23"));
        assertEquals(400, api().post("/contests/" + contestId + "/roles", "{\"username\":\"jury\","
                + "\"role\":\"regional-operator\"}", token("organiser")).statusCode(), "only the contest's roles");
    }
}
