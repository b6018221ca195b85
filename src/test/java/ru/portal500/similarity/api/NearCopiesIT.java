package ru.portal500.similarity.api;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import ru.portal500.it.ApiTest;
import ru.portal500.it.Await;
import ru.portal500.it.Campaigns;
import ru.portal500.similarity.CopiedProgramme;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Near-copies on the real war (issue 17): atk-3 uploads a concept that is 80 % of atk-1's; the expert reviewing
 * atk-3's sees the share and the passages (its own side only: atk-1's document is not theirs to open), and per role
 * who sees what — the municipality's coordinator sees atk-1's document named with its passages, atk-1's team sees
 * atk-3's as «документ другой школы» with no title, school or passage of it, another region finds nothing, a
 * contest organiser is refused; a decision needs a reason, only the checker records one, and the coordinator's
 * «returned» returns the submitted document. Campaign 2079.
 */
class NearCopiesIT extends ApiTest {

    private static final int YEAR = 2079;

    private JsonObject nearCopies(String path, String user) {
        HttpResponse<String> response = api().get("/near-copies/" + path, token(user));
        assertEquals(200, response.statusCode(), path + " as " + user + ": " + response.body());
        return object(response);
    }

    /** Whether a field is missing or null (JSON-B leaves null fields out). */
    private static boolean absent(JsonObject json, String field) {
        return !json.containsKey(field) || json.isNull(field);
    }

    /** The copy the answer names by its ref. */
    private static JsonObject byRef(JsonObject view, String ref) {
        return view.getJsonArray("copies").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("ref").equals(ref)).findFirst()
                .orElseThrow(() -> new AssertionError("no copy " + ref + " in " + view));
    }

    /** The first copy the answer gives under the label (other tests' texts may be copies too). */
    private static JsonObject labelled(JsonObject view, String label) {
        return view.getJsonArray("copies").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("label").equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no copy «" + label + "» in " + view));
    }

    /** The copy naming the document once both texts are read and held (extraction runs after the upload's commit). */
    private JsonObject namingDocument(String path, String user, long document) {
        JsonObject view = Await.until("near-copies of " + path + " as " + user + " naming document " + document,
                Duration.ofSeconds(60), () -> nearCopies(path, user), v -> v.getString("judgement").equals("JUDGED")
                        && v.getJsonArray("copies").getValuesAs(JsonObject.class).stream()
                        .anyMatch(c -> c.getBoolean("named") && c.getJsonNumber("id").longValue() == document));
        return view.getJsonArray("copies").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getBoolean("named") && c.getJsonNumber("id").longValue() == document).findFirst()
                .orElseThrow();
    }

    @Test
    void aProgrammeThatIsEightyPercentAnothersIsShownToEachAsTheyMaySeeIt() {
        Campaigns campaigns = new Campaigns(api());
        campaigns.plan(YEAR);
        campaigns.status(YEAR, "atk-1", "LOW_RESULTS");
        campaigns.status(YEAR, "atk-3", "LOW_RESULTS");
        long original = campaigns.submittedConcept(YEAR, "atk-1", "school", CopiedProgramme.ORIGINAL);
        long copy = campaigns.submittedConcept(YEAR, "atk-3", "curator", CopiedProgramme.copied());

        // The municipality's coordinator reads both schools' documents: atk-1's is named, with its passages.
        JsonObject named = namingDocument("document/" + copy, "coordinator", original);
        JsonObject byCoordinator = nearCopies("document/" + copy, "coordinator");
        assertTrue(named.getBoolean("named"), named.toString());
        assertEquals(original, named.getJsonNumber("id").longValue());
        assertTrue(named.getString("label").contains("СОШ № 1 г. Аткарска"), named.getString("label"));
        assertTrue(named.getInt("percent") >= 75 && named.getInt("percent") <= 85,
                "about 80 % of atk-3's text is atk-1's: " + named);
        assertEquals("EXACT", named.getString("basis"));
        JsonObject passage = named.getJsonArray("passages").getJsonObject(0);
        assertTrue(passage.getString("here").contains("три ведущих направления"), passage.toString());
        assertEquals(passage.getString("here"), passage.getString("there"), "the same words on both sides");
        assertTrue(byCoordinator.getBoolean("mayDecide"), "the coordinator checks the municipality's documents");

        // The expert reviewing atk-3's concept sees the share and the passages; the region's expert reads the region's
        // documents, so atk-1's is named and its side shown.
        long checklist = array(api().get("/regions/64/checklists", token("operator"))).getValuesAs(JsonObject.class)
                .stream().filter(c -> c.getString("code").equals("CONCEPT")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        HttpResponse<String> round = api().post("/regions/64/campaigns/" + YEAR + "/expertise/rounds",
                "{\"kind\":\"REGIONAL\",\"title\":\"Экспертиза концепций " + YEAR + "\",\"checklist\":" + checklist
                        + ",\"reviewsPerDocument\":1,\"due\":\"" + LocalDate.now().plusDays(30) + "\"}", token("operator"));
        assertEquals(201, round.statusCode(), round.body());
        HttpResponse<String> assigned = api().post("/expertise/rounds/" + object(round).getJsonNumber("id")
                + "/assignment", "", token("operator"));
        assertEquals(201, assigned.statusCode(), assigned.body());
        long review = array(assigned).getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("document").longValue() == copy).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        HttpResponse<String> asExpert = api().get("/near-copies/review/" + review, token("expert"));
        assertEquals(200, asExpert.statusCode(), asExpert.body());
        JsonObject seen = byRef(object(asExpert), named.getString("ref"));
        assertTrue(seen.getInt("percent") >= 75, seen.toString());
        assertTrue(seen.getBoolean("named"), "the region's expert reads atk-1's concept anyway: " + seen);
        assertEquals(original, seen.getJsonNumber("id").longValue());
        JsonObject expertsPassage = seen.getJsonArray("passages").getJsonObject(0);
        assertTrue(expertsPassage.getString("here").contains("три ведущих направления"), expertsPassage.toString());
        assertEquals(expertsPassage.getString("here"), expertsPassage.getString("there"));
        assertTrue(object(asExpert).getBoolean("mayDecide"), "the expert records a decision in their review");
        assertFalse(nearCopies("document/" + copy, "expert").getBoolean("mayDecide"),
                "outside a review of theirs an expert reads the document but does not decide");

        // Atk-1's team sees that its concept is largely in another school's, and nothing of that school: no title,
        // school, id or passage of it, only its own side.
        HttpResponse<String> bySchool = api().get("/near-copies/document/" + original, token("school"));
        assertEquals(200, bySchool.statusCode(), bySchool.body());
        JsonObject other = labelled(object(bySchool), "документ другой школы");
        assertFalse(other.getBoolean("named"));
        assertEquals("документ другой школы", other.getString("label"));
        assertTrue(absent(other, "id") && absent(other, "page"), other.toString());
        assertTrue(other.getInt("percent") >= 75, "most of atk-1's concept is in atk-3's: " + other);
        JsonObject ownSide = other.getJsonArray("passages").getJsonObject(0);
        assertTrue(ownSide.getString("here").contains("три ведущих направления"), ownSide.toString());
        assertTrue(absent(ownSide, "there"), "nothing of the other text");
        String copyTitle = object(api().get("/documents/" + copy, token("curator"))).getJsonObject("document")
                .getString("title");
        String aboutTheOther = jakarta.json.Json.createObjectBuilder(other).remove("passages").build().toString();
        assertFalse(aboutTheOther.contains(copyTitle) || aboutTheOther.contains("СОШ № 3"), aboutTheOther);
        assertFalse(bySchool.body().contains("СОШ № 3") || bySchool.body().contains("сельский уклад")
                || bySchool.body().contains("/app/document") || bySchool.body().contains("\"document:"),
                "nothing of atk-3 anywhere in the answer: " + bySchool.body());
        assertFalse(object(bySchool).getBoolean("mayDecide"), "a school does not judge copies");

        // Another region's people and a contest organiser find nothing.
        assertEquals(404, api().get("/near-copies/document/" + copy, token("coordinator23")).statusCode());
        assertEquals(404, api().get("/near-copies/document/" + copy, token("operator23")).statusCode());
        assertEquals(404, api().get("/near-copies/review/" + review, token("operator23")).statusCode());
        int organiser = api().get("/near-copies/document/" + copy, token("organiser")).statusCode();
        assertTrue(organiser == 403 || organiser == 404, "a contest organiser: " + organiser);
        assertEquals(404, api().get("/near-copies/document/999999999", token("coordinator")).statusCode());

        // Decisions: only the checker, with a reason, of a pair that is there.
        String ref = named.getString("ref");
        HttpResponse<String> bySchoolDecision = api().post("/near-copies/document/" + original + "/decisions",
                "{\"ref\":\"" + other.getString("ref") + "\",\"verdict\":\"ACCEPTED_REUSE\",\"reason\":\"Наш текст\"}",
                token("school"));
        assertEquals(403, bySchoolDecision.statusCode(), bySchoolDecision.body());
        HttpResponse<String> noReason = api().post("/near-copies/document/" + copy + "/decisions",
                "{\"ref\":\"" + ref + "\",\"verdict\":\"RETURNED\",\"reason\":\"   \"}", token("coordinator"));
        assertEquals(400, noReason.statusCode(), noReason.body());
        assertTrue(object(noReason).getString("message").contains("Напишите причину"), noReason.body());
        HttpResponse<String> forged = api().post("/near-copies/document/" + copy + "/decisions",
                "{\"ref\":\"0123456789abcdef\",\"verdict\":\"RETURNED\",\"reason\":\"Копия\"}", token("coordinator"));
        assertEquals(400, forged.statusCode(), forged.body());
        HttpResponse<String> badVerdict = api().post("/near-copies/document/" + copy + "/decisions",
                "{\"ref\":\"" + ref + "\",\"verdict\":\"MAYBE\",\"reason\":\"Копия\"}", token("coordinator"));
        assertEquals(400, badVerdict.statusCode(), badVerdict.body());
        assertEquals("SUBMITTED", object(api().get("/documents/" + copy, token("curator"))).getJsonObject("document")
                .getString("state"), "nothing was applied by the refused decisions");

        HttpResponse<String> returned = api().post("/near-copies/document/" + copy + "/decisions",
                "{\"ref\":\"" + ref + "\",\"verdict\":\"RETURNED\",\"reason\":\"Четыре пятых текста — концепция школы № 1;"
                        + " опишите свою школу.\"}", token("coordinator"));
        assertEquals(200, returned.statusCode(), returned.body());
        JsonObject decision = byRef(object(returned), ref).getJsonObject("decision");
        assertNotNull(decision, returned.body());
        assertEquals("RETURNED", decision.getString("verdict"));
        assertEquals("RETURNED", object(api().get("/documents/" + copy, token("curator"))).getJsonObject("document")
                .getString("state"), "the submitted document went back for revision");
        JsonObject expertAfter = byRef(object(api().get("/near-copies/review/" + review, token("expert"))), ref);
        assertEquals("RETURNED", expertAfter.getJsonObject("decision").getString("verdict"),
                "whoever sees the near-copy sees the decision");

        // The index is derived data: rebuilt from the database with the search index, it finds the same.
        assertEquals(403, api().get("/near-copies/index", token("coordinator")).statusCode());
        int rebuilds = object(api().get("/near-copies/index", token("operator"))).getInt("rebuilds");
        assertEquals(200, api().post("/search/index/rebuild", "", token("operator")).statusCode());
        JsonObject state = Await.until("the near-copy index rebuilt", Duration.ofMinutes(2),
                () -> object(api().get("/near-copies/index", token("operator"))),
                s -> s.getInt("rebuilds") > rebuilds && !s.getBoolean("rebuilding"));
        assertTrue(state.getInt("held") >= 2, state.toString());
        JsonObject again = byRef(nearCopies("document/" + copy, "coordinator"), ref);
        assertEquals(named.getInt("percent"), again.getInt("percent"), again.toString());
        assertEquals(ref, again.getString("ref"));
    }
}
