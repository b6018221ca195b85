package ru.portal500.roadmaps.api;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import ru.portal500.it.ApiTest;
import ru.portal500.it.Campaigns;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Roadmaps on the real war (issue 18), per role: atk-1's team keeps its roadmap and fills it from a CP1251 plan
 * table (read back first, nothing applied while a line has a problem); its curator returns it and confirms it; two
 * checkers confirming at once get one confirmation; a change after it shows as drift; evidence and a completion
 * confirmed; the municipality's coordinator reads the school's and keeps the municipality's; the operator keeps the
 * region's; another region and a forged id find nothing. Campaign 2055.
 */
class RoadmapsIT extends ApiTest {

    private static final int YEAR = 2055;
    private static final Charset CP1251 = Charset.forName("windows-1251");

    private HttpResponse<String> get(String path, String user) {
        return api().get("/roadmaps" + path, token(user));
    }

    private HttpResponse<String> post(String path, String json, String user) {
        return api().post("/roadmaps" + path, json, token(user));
    }

    private JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return object(response);
    }

    private static String measure(String title, String start, String due, Long risk) {
        return "{\"title\":\"" + title + "\",\"start\":" + (start == null ? "null" : "\"" + start + "\"")
                + ",\"due\":\"" + due + "\",\"responsible\":\"Заместитель директора по УВР\",\"riskFactorId\":"
                + risk + ",\"result\":\"Протокол\"}";
    }

    private static List<JsonObject> measures(JsonObject roadmap) {
        return roadmap.getJsonArray("measures").getValuesAs(JsonObject.class);
    }

    @Test
    void aSchoolKeepsItsRoadmapItsCuratorChecksItAndOthersSeeWhatTheirRoleGives() {
        Campaigns campaigns = new Campaigns(api());
        campaigns.plan(YEAR);
        campaigns.status(YEAR, "atk-1", "LOW_RESULTS");
        long atk1 = Campaigns.schoolId("atk-1");
        String profile = "/regions/64/campaigns/" + YEAR + "/schools/atkarsky/atk-1/risk-profile";
        api().put(profile, "{\"factors\":[" + java.util.stream.IntStream.rangeClosed(1, 10)
                .mapToObj(i -> "{\"position\":" + i + ",\"significance\":\"высокая\"}")
                .collect(java.util.stream.Collectors.joining(",")) + "]}", token("school"));
        assertEquals(200, api().post(profile + "/verification", "", token("curator")).statusCode());
        assertEquals(200, api().put(profile + "/choice", "{\"chosen\":[2,3]}", token("school")).statusCode());

        // Not begun: the team may begin it, the curator reads it, other regions and roles find nothing.
        String place = "/school/" + atk1 + "?year=" + YEAR;
        JsonObject none = ok(get(place, "school"));
        assertTrue(!none.containsKey("id") || none.isNull("id"), none.toString());
        assertEquals("NOT_STARTED", none.getString("state"));
        assertEquals(2, none.getJsonArray("uncovered").size(), "both chosen risks still to be addressed");
        assertEquals(200, get(place, "curator").statusCode());
        assertEquals(200, get(place, "coordinator").statusCode());
        assertEquals(404, get(place, "coordinator23").statusCode(), "another region's coordinator");
        assertEquals(404, get(place, "operator23").statusCode(), "another region's operator");
        assertEquals(403, get(place, "expert").statusCode(), "an expert has no business with roadmaps");
        assertEquals(403, post(place, "", "curator").statusCode(), "the curator checks, the team keeps");
        long id = ok(post(place, "", "school")).getJsonNumber("id").longValue();
        assertEquals(id, ok(post(place, "", "school")).getJsonNumber("id").longValue(), "begun once");

        // Measures: bad dates are refused in words; the curator does not write.
        HttpResponse<String> impossible = post("/" + id + "/measures", measure("Педсовет", null, "31.02." + YEAR, null),
                "school");
        assertEquals(400, impossible.statusCode(), impossible.body());
        assertTrue(object(impossible).getString("message").contains("«31.02." + YEAR + "» — не дата"), impossible.body());
        HttpResponse<String> backwards = post("/" + id + "/measures",
                measure("Педсовет", "30.04." + YEAR, "01.04." + YEAR, null), "school");
        assertEquals(400, backwards.statusCode());
        assertTrue(object(backwards).getString("message").contains("30.04." + YEAR), backwards.body());
        assertEquals(403, post("/" + id + "/measures", measure("Педсовет", null, YEAR + "-04-30", null), "curator")
                .statusCode());
        List<JsonObject> risks = none.getJsonArray("uncovered").getValuesAs(JsonObject.class);
        long risk2 = risks.get(0).getJsonNumber("id").longValue();
        long risk3 = risks.get(1).getJsonNumber("id").longValue();
        HttpResponse<String> added = post("/" + id + "/measures",
                measure("Курсы повышения квалификации", "01.09." + (YEAR - 1), "31.12." + (YEAR - 1), risk2), "school");
        assertEquals(201, added.statusCode(), added.body());

        // A plan table in CP1251: a vague term is refused with its line and column and nothing is applied.
        String header = "Дорожная карта школы\n№;Мероприятие;Сроки;Ответственные;Результат/показатель\n";
        byte[] vague = (header + "1;Педсовет по итогам ВПР;в течение года;Директор;Протокол\n")
                .getBytes(CP1251);
        HttpResponse<String> refused = api().upload("/roadmaps/" + id + "/import?mode=add", vague, token("school"));
        assertEquals(422, refused.statusCode(), refused.body());
        JsonObject problem = object(refused).getJsonArray("problems").getJsonObject(0);
        assertEquals(3, problem.getInt("line"), problem.toString());
        assertTrue(problem.getString("message").contains("в течение года"), problem.toString());
        assertEquals(1, measures(ok(get("/" + id, "school"))).size(), "nothing applied");
        byte[] table = (header + "1;Педсовет по итогам ВПР;до 30 апреля;Директор;Протокол\n"
                + "2;Открытые уроки;март–апрель;Руководители МО;Не менее 5 уроков\n").getBytes(CP1251);
        JsonObject preview = ok(api().upload("/roadmaps/" + id + "/import?mode=preview", table, token("school")));
        assertEquals(false, preview.getBoolean("applied"));
        JsonObject first = preview.getJsonArray("lines").getJsonObject(0);
        assertEquals(YEAR + "-04-30", first.getString("due"), "read back for confirmation: " + first);
        assertEquals("до 30 апреля", first.getString("termAsWritten"));
        assertEquals(1, measures(ok(get("/" + id, "school"))).size(), "a preview applies nothing");
        assertEquals(403, api().upload("/roadmaps/" + id + "/import?mode=add", table, token("curator")).statusCode());
        JsonObject imported = ok(api().upload("/roadmaps/" + id + "/import?mode=add&name=plan.csv", table,
                token("school")));
        assertTrue(imported.getBoolean("applied"));
        JsonObject roadmap = ok(get("/" + id, "school"));
        assertEquals(3, measures(roadmap).size());
        assertEquals(YEAR + "-03-01", measures(roadmap).get(2).getString("start"));

        // Submission needs every chosen risk addressed.
        HttpResponse<String> uncovered = post("/" + id + "/submission", "", "school");
        assertEquals(400, uncovered.statusCode());
        assertTrue(object(uncovered).getString("message").contains(risks.get(1).getString("title")), uncovered.body());
        long lessons = measures(roadmap).get(2).getJsonNumber("id").longValue();
        assertEquals(200, api().put("/roadmaps/" + id + "/measures/" + lessons,
                measure("Открытые уроки", "01.03." + YEAR, "30.04." + YEAR, risk3), token("school")).statusCode());
        assertEquals(403, post("/" + id + "/submission", "", "curator").statusCode());
        assertEquals("SUBMITTED", ok(post("/" + id + "/submission", "", "school")).getString("state"));
        assertEquals(400, api().put("/roadmaps/" + id + "/measures/" + lessons,
                measure("Открытые уроки", null, "30.05." + YEAR, risk3), token("school")).statusCode(),
                "nothing changes while the curator checks it");

        // The curator returns it with a comment (none: refused), the school submits again.
        assertEquals(400, post("/" + id + "/return", "{\"text\":\"  \"}", "curator").statusCode());
        assertEquals(403, post("/" + id + "/return", "{\"text\":\"Нет\"}", "school").statusCode());
        assertEquals("RETURNED", ok(post("/" + id + "/return",
                "{\"text\":\"Добавьте показатель к открытым урокам\"}", "curator")).getString("state"));
        assertEquals(200, post("/" + id + "/submission", "", "school").statusCode());

        // Two checkers confirming at once: one confirmation, the other told so.
        String curatorToken = token("curator");
        String coordinatorToken = token("coordinator");
        CompletableFuture<HttpResponse<String>> byCurator = CompletableFuture.supplyAsync(
                () -> api().post("/roadmaps/" + id + "/confirmation", "", curatorToken));
        CompletableFuture<HttpResponse<String>> byCoordinator = CompletableFuture.supplyAsync(
                () -> api().post("/roadmaps/" + id + "/confirmation", "", coordinatorToken));
        List<Integer> codes = List.of(byCurator.join().statusCode(), byCoordinator.join().statusCode());
        assertTrue(codes.contains(200) && (codes.contains(409) || codes.contains(400)), codes.toString());
        JsonObject confirmed = ok(get("/" + id, "coordinator"));
        assertEquals("CONFIRMED", confirmed.getString("state"));
        assertEquals(1, confirmed.getJsonArray("confirmations").size());
        assertEquals(0, confirmed.getJsonArray("uncovered").size());

        // A change after the confirmation: on record, waiting for the next, and the drift shows it.
        JsonObject moved = ok(api().put("/roadmaps/" + id + "/measures/" + lessons,
                measure("Открытые уроки", "01.03." + YEAR, "31.05." + YEAR, risk3), token("school")));
        assertEquals("CHANGED", moved.getString("state"));
        JsonObject shift = moved.getJsonArray("drift").getJsonObject(0);
        assertEquals("MOVED", shift.getString("kind"));
        assertEquals(YEAR + "-04-30", shift.getString("baselineDue"));

        // Evidence and completion: a link, the report, the curator's confirmation.
        long courses = measures(moved).get(0).getJsonNumber("id").longValue();
        String base = "/" + id + "/measures/" + courses;
        assertEquals(400, post(base + "/completion", "{\"doneOn\":\"01.12.2026\"}", "school").statusCode(),
                "no evidence yet");
        assertEquals(400, post(base + "/evidence", "{\"link\":\"javascript:alert(1)\"}", "school").statusCode());
        assertEquals(200, post(base + "/evidence", "{\"link\":\"https://atk1.example.ru/kursy\"}", "school")
                .statusCode());
        String yesterday = java.time.LocalDate.now().minusDays(1).toString();
        assertEquals(400, post(base + "/completion", "{\"doneOn\":\"" + java.time.LocalDate.now().plusDays(1)
                + "\"}", "school").statusCode(), "not done tomorrow");
        assertEquals(200, post(base + "/completion", "{\"doneOn\":\"" + yesterday + "\"}", "school")
                .statusCode());
        assertEquals(403, post(base + "/completion/confirmation", "", "school").statusCode());
        JsonObject done = ok(post(base + "/completion/confirmation", "", "curator"));
        JsonObject courseLine = measures(done).get(0);
        assertEquals("CONFIRMED", courseLine.getString("completion"));
        assertEquals("DONE", courseLine.getString("status"), "done yesterday, long before its due date");

        // Another school's team, another region and a forged id find nothing.
        assertEquals(404, get("/" + id, "coordinator23").statusCode());
        assertEquals(404, get("/" + id, "operator23").statusCode());
        assertEquals(404, get("/9" + id + "99", "operator").statusCode());
        assertNotEquals(200, post("/" + id + "/measures/999999/completion/confirmation", "", "curator").statusCode());
    }

    @Test
    void theMunicipalityAndTheRegionKeepTheirOwn() {
        Campaigns campaigns = new Campaigns(api());
        campaigns.plan(YEAR);
        long atkarsky = Campaigns.municipalityId("atkarsky");
        String place = "/municipality/" + atkarsky + "?year=" + YEAR;
        assertEquals(404, get(place, "school").statusCode(), "a school's team does not keep the municipality's");
        assertEquals(404, get(place, "coordinator23").statusCode());
        assertEquals(200, get(place, "operator").statusCode());
        long id = ok(post(place, "", "coordinator")).getJsonNumber("id").longValue();
        HttpResponse<String> added = post("/" + id + "/measures",
                measure("Семинар для директоров ШНОР", null, "30.04." + YEAR, null), "coordinator");
        assertEquals(201, added.statusCode(), added.body());
        assertEquals(400, post("/" + id + "/submission", "", "coordinator").statusCode(),
                "a municipality's roadmap goes to no curator");
        assertEquals("CONFIRMED", ok(post("/" + id + "/confirmation", "", "coordinator")).getString("state"));
        assertEquals(404, get("/" + id, "school").statusCode());
        assertEquals(404, get("/" + id, "curator").statusCode());

        String region = "/region/64?year=" + YEAR;
        assertEquals(404, get(region, "coordinator").statusCode(), "the region's roadmap is its operators'");
        assertEquals(404, get(region, "operator23").statusCode());
        long regional = ok(post(region, "", "operator")).getJsonNumber("id").longValue();
        assertEquals(201, post("/" + regional + "/measures",
                measure("Региональная конференция", null, "30.05." + YEAR, null), "operator").statusCode());
        assertEquals(404, get("/" + regional, "coordinator").statusCode());
    }
}
