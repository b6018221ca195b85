package ru.portal500.contests;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import ru.portal500.documents.SampleDocuments;
import ru.portal500.it.ApiHarness;
import ru.portal500.it.PortalApi;
import ru.portal500.it.RealmAdmin;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A contest ready for judging, made through the API as its people would: the region's organiser publishes a call of
 * one nomination scored with the contest checklist, atk-1's team enters, the organiser admits the entries and then
 * closes the entries (moving the stages' days back, as an organiser may), so that judging can open. Shared by the
 * judging's API and browser tests.
 */
public final class JudgingFixture {

    public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Saratov"));

    private final PortalApi api;
    private final Function<String, String> token;
    private final String run;

    public JudgingFixture(PortalApi api, Function<String, String> token, String run) {
        this.api = api;
        this.token = token;
        this.run = run;
    }

    public static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    public static long version(JsonObject json) {
        return json.getJsonNumber("version").longValue();
    }

    /** A juror of region 64 (an expert of the region), with their person record made. */
    public void juror(String username) {
        RealmAdmin.createUser(username, "Жюри", "Конкурсное");
        assertEquals(204, api.post("/grants", "{\"username\":\"" + username + "\",\"role\":\"expert\","
                + "\"scope\":\"/64\"}", token.apply("operator")).statusCode());
        assertEquals(200, api.get("/me/profile", ApiHarness.freshToken(username)).statusCode());
    }

    public long contestChecklist() {
        return ApiHarness.array(api.get("/regions/64/checklists", token.apply("organiser")))
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("code").equals("CONTEST_CASE"))
                .findFirst().map(c -> c.getJsonNumber("id").longValue())
                .orElseThrow(() -> new AssertionError("region 64 has the default checklist of contest cases"));
    }

    /** A published contest of one nomination scored with the contest checklist, two reviews an entry. */
    public JsonObject contest(String title) {
        return contest(title, List.of("Кейсы"));
    }

    /** The same with these nominations, each scored with the contest checklist. */
    public JsonObject contest(String title, List<String> nominations) {
        HttpResponse<String> created = api.post("/contests", "{\"region\":\"64\",\"schoolYear\":2027,\"title\":\""
                + title + "\"}", token.apply("organiser"));
        assertEquals(201, created.statusCode(), created.body());
        long id = id(ApiHarness.object(created));
        HttpResponse<String> changed = api.put("/contests/" + id, "{\"openToRegion\":true,\"teamMax\":3,"
                + "\"reviewsPerEntry\":2,\"divergencePoints\":20,\"blind\":false,\"version\":"
                + version(ApiHarness.object(created)) + "}", token.apply("organiser"));
        assertEquals(200, changed.statusCode(), changed.body());
        long version = version(ApiHarness.object(changed));
        for (String title0 : nominations) {
            HttpResponse<String> nomination = api.post("/contests/" + id + "/nominations", "{\"title\":\"" + title0
                    + "\",\"checklist\":" + contestChecklist() + ",\"version\":" + version + "}",
                    token.apply("organiser"));
            assertEquals(201, nomination.statusCode(), nomination.body());
            version = version(ApiHarness.object(nomination));
        }
        HttpResponse<String> scheduled = api.put("/contests/" + id + "/stages", stages(TODAY, TODAY.plusDays(20),
                version), token.apply("organiser"));
        assertEquals(200, scheduled.statusCode(), scheduled.body());
        HttpResponse<String> published = api.post("/contests/" + id + "/call", "{\"version\":"
                + version(ApiHarness.object(scheduled)) + "}", token.apply("organiser"));
        assertEquals(200, published.statusCode(), published.body());
        return ApiHarness.object(published);
    }

    public static long nomination(JsonObject contest) {
        return contest.getJsonArray("nominations").getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** The stages with entries from {@code open} to {@code close}, the check a day, judging two weeks. */
    public static String stages(LocalDate open, LocalDate close, long version) {
        return "{\"callPublished\":\"" + open + "\",\"entriesOpen\":\"" + open + "\",\"entriesClose\":\"" + close
                + "\",\"eligibilityCheck\":\"" + close.plusDays(1) + "\",\"judging\":\"" + close.plusDays(14)
                + "\",\"results\":\"" + close.plusDays(15) + "\",\"version\":" + version + "}";
    }

    /** atk-1's school id, as its team may enter it (the team's person record made, homed at atk-1). */
    public long school(long contest) {
        assertEquals(200, api.get("/me/profile", token.apply("school")).statusCode(), "the team's person record");
        JsonArray entrants = ApiHarness.array(api.get("/contests/" + contest + "/entries/entrants",
                token.apply("school")));
        return entrants.getJsonObject(0).getJsonNumber("school").longValue();
    }

    /** An entry of atk-1's team, submitted and admitted. */
    public long admittedEntry(long contest, long school, long nomination, String title) {
        HttpResponse<String> opened = api.post("/contests/" + contest + "/entries", Json.createObjectBuilder()
                .add("school", school).add("kind", "SCHOOL").add("nomination", nomination).add("title", title)
                .build().toString(), token.apply("school"));
        assertEquals(201, opened.statusCode(), opened.body());
        JsonObject entry = ApiHarness.object(opened);
        HttpResponse<String> described = api.put("/entries/" + id(entry), Json.createObjectBuilder()
                .add("nomination", nomination).add("title", title).add("problem", "Низкая учебная мотивация")
                .add("summary", "Школа ввела час чтения.").add("version", version(entry)).build().toString(),
                token.apply("school"));
        assertEquals(200, described.statusCode(), described.body());
        HttpResponse<String> author = api.post("/entries/" + id(entry) + "/authors", "{\"username\":\"school\","
                + "\"version\":" + version(ApiHarness.object(described)) + "}", token.apply("school"));
        assertEquals(200, author.statusCode(), author.body());
        HttpResponse<String> file = api.upload("/entries/" + id(entry) + "/files?name="
                + URLEncoder.encode("Кейс " + title + ".docx", StandardCharsets.UTF_8) + "&version="
                + version(ApiHarness.object(author)), SampleDocuments.docx(List.of(title, "Итоги года " + run)),
                ApiHarness.freshToken("school"));
        assertEquals(200, file.statusCode(), file.body());
        HttpResponse<String> submitted = api.post("/entries/" + id(entry) + "/submit", "{\"version\":"
                + version(ApiHarness.object(file)) + "}", token.apply("school"));
        assertEquals(200, submitted.statusCode(), submitted.body());
        HttpResponse<String> admitted = api.post("/entries/" + id(entry) + "/decision", "{\"decision\":\"ADMIT\","
                + "\"version\":" + version(ApiHarness.object(submitted)) + "}", token.apply("organiser"));
        assertEquals(200, admitted.statusCode(), admitted.body());
        return id(entry);
    }

    /** The organiser closes the entries: yesterday was their last day. */
    public void closeEntries(long contest) {
        JsonObject now = ApiHarness.object(api.get("/contests/" + contest, token.apply("organiser")));
        HttpResponse<String> closed = api.put("/contests/" + contest + "/stages", stages(TODAY.minusDays(3),
                TODAY.minusDays(1), version(now)), token.apply("organiser"));
        assertEquals(200, closed.statusCode(), closed.body());
    }

    /** Answers to the contest checklist: every scale criterion the same mark, the required comment written. */
    public static JsonObject answers(int mark) {
        JsonObjectBuilder answers = Json.createObjectBuilder();
        for (String code : List.of("P1", "P2", "R1", "R2", "R3")) {
            answers.add(code, Json.createObjectBuilder().add("scale", mark));
        }
        return answers.add("C1", Json.createObjectBuilder().add("comment", "Сильная сторона: данные мониторинга."))
                .build();
    }
}
