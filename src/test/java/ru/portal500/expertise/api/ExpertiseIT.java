package ru.portal500.expertise.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import ru.portal500.it.ApiTest;
import ru.portal500.it.Campaigns;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Expertise through the API on the real war: the region's default checklists, a regional round assigned
 * automatically to the region's expert, drafts with optimistic locking, marks out of range, the submit with its
 * conclusion (the school reads its own copy, nobody else's), the report and its XLSX, a document sent back; conflicts
 * of interest refused by hand; a mutual round where schools never review themselves. Campaigns 2091–2092.
 */
class ExpertiseIT extends ApiTest {

    private long conceptChecklist() {
        HttpResponse<String> list = api().get("/regions/64/checklists", token("operator"));
        assertEquals(200, list.statusCode(), list.body());
        return array(list).getValuesAs(JsonObject.class).stream().filter(c -> c.getString("code").equals("CONCEPT"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private long round(int year, String kind, int reviews, long checklist) {
        HttpResponse<String> created = api().post("/regions/64/campaigns/" + year + "/expertise/rounds",
                "{\"kind\":\"" + kind + "\",\"title\":\"Экспертиза концепций " + year + "\",\"checklist\":" + checklist
                        + ",\"reviewsPerDocument\":" + reviews + ",\"due\":\"" + LocalDate.now().plusDays(30) + "\"}",
                token("operator"));
        assertEquals(201, created.statusCode(), created.body());
        return object(created).getJsonNumber("id").longValue();
    }

    /** Answers to every scored criterion of the checklist: the highest mark, or (low) the lowest. */
    private static String answers(JsonObject checklist, boolean low) {
        StringBuilder json = new StringBuilder("{");
        for (JsonObject section : checklist.getJsonArray("sections").getValuesAs(JsonObject.class)) {
            for (JsonObject c : section.getJsonArray("criteria").getValuesAs(JsonObject.class)) {
                String mark = switch (c.getString("type")) {
                    case "SCALE" -> "{\"scale\":" + (low ? c.getJsonNumber("min") : c.getJsonNumber("max")) + "}";
                    case "YES_NO" -> "{\"yes\":" + !low + "}";
                    case "CHOICE" -> {
                        List<JsonObject> options = c.getJsonArray("options").getValuesAs(JsonObject.class);
                        JsonObject chosen = options.stream().reduce((a, b) -> (a.getJsonNumber("points").doubleValue()
                                >= b.getJsonNumber("points").doubleValue()) != low ? a : b).orElseThrow();
                        yield "{\"choice\":\"" + chosen.getString("code") + "\"}";
                    }
                    default -> "{\"comment\":\"Замечаний нет\"}";
                };
                json.append(json.length() > 1 ? "," : "").append('"').append(c.getString("code")).append("\":").append(mark);
            }
        }
        return json.append('}').toString();
    }

    @Test
    void aRegionalRoundFromAssignmentToTheSchoolsConclusion() {
        int year = 2091;
        new Campaigns(api()).plan(year);
        new Campaigns(api()).status(year, "atk-1", "LOW_RESULTS");
        long document = new Campaigns(api()).submittedConcept(year, "atk-1", "school",
                "Концепция развития школы: цели, задачи, мониторинг.");
        long round = round(year, "REGIONAL", 1, conceptChecklist());
        assertEquals(403, api().post("/expertise/rounds/" + round + "/assignment", "", token("coordinator")).statusCode(),
                "a coordinator does not organise a regional round");
        assertEquals(404, api().get("/expertise/rounds/" + round, token("operator23")).statusCode(),
                "another region's operator does not find it");

        HttpResponse<String> assigned = api().post("/expertise/rounds/" + round + "/assignment", "", token("operator"));
        assertEquals(201, assigned.statusCode(), assigned.body());
        JsonObject review = array(assigned).getJsonObject(0);
        assertEquals("expert", review.getString("reviewer"), "the region's one expert");
        long id = review.getJsonNumber("id").longValue();
        assertEquals(400, api().post("/expertise/rounds/" + round + "/assignment", "", token("operator")).statusCode(),
                "nothing left to assign");

        assertTrue(array(api().get("/expertise/reviews", token("expert"))).getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getJsonNumber("id").longValue() == id), "the expert finds it among their reviews");
        assertEquals(404, api().get("/expertise/reviews/999999", token("expert")).statusCode(), "a forged id");
        assertEquals(403, api().get("/expertise/reviews/" + id, token("operator")).statusCode(), "not the reviewer");
        JsonObject sheet = object(api().get("/expertise/reviews/" + id, token("expert")));
        JsonObject checklist = sheet.getJsonObject("checklist");
        long read = sheet.getJsonObject("review").getJsonNumber("version").longValue();
        assertEquals(200, api().get("/expertise/reviews/" + id + "/document", token("expert")).statusCode());
        HttpResponse<String> lateConflict = api().post("/expertise/reviews/" + id + "/conflict",
                "{\"reason\":\"Работала в этой школе\"}", token("expert"));
        assertEquals(400, lateConflict.statusCode(), "a conflict is declared before opening: " + lateConflict.body());

        String firstCode = checklist.getJsonArray("sections").getJsonObject(0).getJsonArray("criteria")
                .getJsonObject(0).getString("code");
        HttpResponse<String> outOfRange = api().put("/expertise/reviews/" + id + "/draft", "{\"answers\":{\"" + firstCode
                + "\":{\"scale\":1000,\"choice\":\"nonsense\",\"yes\":\"maybe\"}},\"version\":" + read + "}", token("expert"));
        assertEquals(400, outOfRange.statusCode(), outOfRange.body());
        HttpResponse<String> draft = api().put("/expertise/reviews/" + id + "/draft", "{\"answers\":" + answers(checklist,
                false) + ",\"recommendations\":\"Уточнить показатели\",\"version\":" + read + "}", token("expert"));
        assertEquals(200, draft.statusCode(), draft.body());
        long version = object(draft).getJsonNumber("version").longValue();
        HttpResponse<String> stale = api().put("/expertise/reviews/" + id + "/draft", "{\"answers\":{},\"version\":"
                + read + "}", token("expert"));
        assertEquals(409, stale.statusCode(), "a form saved in another window is not overwritten: " + stale.body());
        HttpResponse<String> incomplete = api().post("/expertise/reviews/" + id + "/submission",
                "{\"answers\":{},\"version\":" + version + "}", token("expert"));
        assertEquals(400, incomplete.statusCode(), "required criteria unanswered: " + incomplete.body());
        assertTrue(incomplete.body().contains("Не заполнены обязательные критерии"), incomplete.body());

        HttpResponse<String> submitted = api().post("/expertise/reviews/" + id + "/submission", "{\"answers\":"
                + answers(checklist, false) + ",\"recommendations\":\"Уточнить показатели\",\"version\":" + version + "}",
                token("expert"));
        assertEquals(200, submitted.statusCode(), submitted.body());
        assertEquals("SUBMITTED", object(submitted).getString("state"));
        assertEquals("CONFORMS", object(submitted).getString("verdict"));
        assertEquals(400, api().post("/expertise/reviews/" + id + "/submission", "{\"answers\":{},\"version\":"
                + object(submitted).getJsonNumber("version") + "}", token("expert")).statusCode(), "locked");

        HttpResponse<String> forSchool = api().get("/expertise/reviews/" + id + "/conclusion?copy=school", token("school"));
        assertEquals(200, forSchool.statusCode(), forSchool.body());
        assertTrue(forSchool.body().startsWith("%PDF"), "a PDF");
        assertEquals(403, api().get("/expertise/reviews/" + id + "/conclusion?copy=full", token("school")).statusCode(),
                "the school reads its own copy only");
        assertEquals(404, api().get("/expertise/reviews/" + id + "/conclusion?copy=school", token("coordinator23"))
                .statusCode(), "another region");

        JsonObject report = object(api().get("/expertise/rounds/" + round, token("operator")));
        assertEquals(100, report.getInt("conformingPercent", -1), report.toString());
        assertEquals(1, report.getJsonObject("total").getInt("done"));
        HttpResponse<String> xlsx = api().get("/expertise/rounds/" + round + "/report.xlsx", token("operator"));
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.body().startsWith("PK"), "an XLSX workbook");

        assertEquals(204, api().post("/expertise/rounds/" + round + "/documents/" + document + "/return",
                "{\"comment\":\"Доработать по рекомендациям эксперта\"}", token("operator")).statusCode());
        assertEquals("RETURNED", object(api().get("/documents/" + document, token("school")))
                .getJsonObject("document").getString("state"));
    }

    @Test
    void conflictsOfInterestAreRefusedAndSchoolsNeverReviewThemselves() {
        int year = 2092;
        Campaigns campaigns = new Campaigns(api());
        campaigns.plan(year);
        campaigns.status(year, "atk-1", "LOW_RESULTS");
        campaigns.status(year, "atk-3", "LOW_RESULTS");
        long atk1 = campaigns.submittedConcept(year, "atk-1", "school", "Концепция школы № 1.");
        long atk3 = campaigns.submittedConcept(year, "atk-3", "curator", "Концепция школы № 3.");
        long checklist = conceptChecklist();

        String grant = "{\"username\":\"curator\",\"role\":\"expert\",\"scope\":\"/64\"}";
        assertEquals(204, api().post("/grants", grant, token("operator")).statusCode());
        try {
            long regional = round(year, "REGIONAL", 1, checklist);
            HttpResponse<String> curated = api().post("/expertise/rounds/" + regional + "/reviews",
                    "{\"document\":" + atk1 + ",\"expert\":\"curator\"}", token("operator"));
            assertEquals(400, curated.statusCode(), "the curator of atk-1 does not review it");
            assertTrue(object(curated).getString("message").contains("Конфликт интересов"), curated.body());
            assertEquals(400, api().post("/expertise/rounds/" + regional + "/reviews",
                    "{\"document\":" + atk3 + ",\"expert\":\"curator\"}", token("operator")).statusCode(),
                    "nor the school whose team they are in");
            assertEquals(201, api().post("/expertise/rounds/" + regional + "/reviews",
                    "{\"document\":" + atk3 + ",\"expert\":\"expert\"}", token("operator")).statusCode());
        } finally {
            api().delete("/grants", grant, token("operator"));
        }

        long mutual = round(year, "MUTUAL", 1, checklist);
        HttpResponse<String> assigned = api().post("/expertise/rounds/" + mutual + "/assignment", "", token("operator"));
        assertEquals(201, assigned.statusCode(), assigned.body());
        List<JsonObject> reviews = array(assigned).getValuesAs(JsonObject.class);
        assertEquals(2, reviews.size(), "one review per document");
        for (JsonObject r : reviews) {
            assertNotEquals(r.getString("school"), r.getString("reviewerSchool"), "never its own document");
        }
        List<JsonObject> mine = array(api().get("/expertise/reviews", token("school"))).getValuesAs(JsonObject.class);
        JsonObject ofAtk1 = mine.stream().filter(r -> r.getJsonNumber("round").longValue() == mutual).findFirst()
                .orElseThrow(() -> new AssertionError("atk-1's team finds its review: " + mine));
        long reviewId = ofAtk1.getJsonNumber("id").longValue();
        assertEquals(400, api().post("/expertise/reviews/" + reviewId + "/decline", "{\"reason\":\"  \"}",
                token("school")).statusCode(), "a reason is required");
        HttpResponse<String> declined = api().post("/expertise/reviews/" + reviewId + "/decline",
                "{\"reason\":\"Нет специалиста по этому профилю\"}", token("school"));
        assertEquals(200, declined.statusCode(), declined.body());
        assertEquals("DECLINED", object(declined).getString("state"));
        assertTrue(array(api().get("/expertise/rounds/" + mutual + "/reviews", token("operator")))
                .getValuesAs(JsonObject.class).stream().noneMatch(r -> r.getString("state").equals("ASSIGNED")
                        && r.getString("reviewerSchool").equals(r.getString("school"))),
                "no replacement reviews its own document (atk-3 is the only other school)");
    }
}
