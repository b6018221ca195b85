package ru.portal500.search.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import ru.portal500.it.ApiTest;
import ru.portal500.it.Await;
import ru.portal500.it.KeycloakTokens;
import ru.portal500.it.PortalApi;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A region's own synonyms on the real war: region 64's operator adds a group, and the new abbreviation finds
 * a practice that holds only its expansion — for people of region 64 and searches narrowed to it, not for
 * anyone else; region 23's operator can neither read nor change the group; a group that cannot work is
 * refused with the phrase at fault, in Russian. Its own practice and words (nothing else uses «ЗЛЮКВ»).
 */
class SearchSynonymsIT extends ApiTest {

    private static final String ABBREVIATION = "ЗЛЮКВ";
    private static final String EXPANSION = "зелёная лаборатория юных кварцевых волшебников";
    private static final String SYNONYMS = "/regions/64/search/synonyms";

    private String practiceId = "none";

    /** One token per user for the whole test: Keycloak's brute-force protection locks out rapid repeated logins. */
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    @Override
    protected String token(String user) {
        return user == null ? null : TOKENS.computeIfAbsent(user, KeycloakTokens::accessToken);
    }

    /** The ids of the top hits (the index may hold items of earlier runs: the test looks for its own). */
    private List<String> hits(String query, String user, String filter) {
        HttpResponse<String> response = api().get("/public/search?limit=50&q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8) + filter, token(user));
        assertEquals(200, response.statusCode(), response.body());
        return PortalApi.json(response).asJsonObject().getJsonArray("hits").stream()
                .map(hit -> hit.asJsonObject().getString("id")).toList();
    }

    private boolean finds(String query, String user, String filter) {
        return hits(query, user, filter).contains(practiceId);
    }

    private boolean finds(String query, String user) {
        return finds(query, user, "");
    }

    private String group(String... phrases) {
        StringBuilder json = new StringBuilder("{\"phrases\":[");
        for (int i = 0; i < phrases.length; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(phrases[i]).append('"');
        }
        return json.append("]}").toString();
    }

    private String refusal(String json) {
        HttpResponse<String> response = api().post(SYNONYMS, json, token("operator"));
        assertEquals(400, response.statusCode(), response.body());
        return PortalApi.json(response).asJsonObject().getString("message");
    }

    @Test
    void theOperatorsGroupMakesTheAbbreviationFindItsExpansionInTheRegionOnly() throws Exception {
        HttpResponse<String> practice = api().post("/regions/64/practices", "{\"title\":\"Летний лагерь для "
                + "пятиклассников\",\"summary\":\"Каждую субботу работала " + EXPANSION + ": опыты с кристаллами.\","
                + "\"level\":\"BASIC\",\"source\":\"EXPERT_PICK\",\"riskFactors\":[10]}", token("operator"));
        assertEquals(201, practice.statusCode(), practice.body());
        practiceId = "practice:" + PortalApi.json(practice).asJsonObject().getJsonNumber("id").longValue();
        awaitFound("кварцевых волшебников");
        assertFalse(finds(ABBREVIATION, "operator"), "before the group, the abbreviation does not find it");

        HttpResponse<String> added = api().post(SYNONYMS, group(ABBREVIATION, " " + EXPANSION + " "), token("operator"));
        assertEquals(201, added.statusCode(), added.body());
        JsonObject view = PortalApi.json(added).asJsonObject();
        long id = view.getJsonNumber("id").longValue();
        assertEquals(EXPANSION, view.getJsonArray("phrases").getString(1), "phrases are stored tidied");
        assertEquals("operator", view.getString("createdBy"));
        assertTrue(view.containsKey("createdAt") && view.containsKey("changedAt"), added.body());

        assertTrue(finds(ABBREVIATION, "operator"), "the region's operator finds it at once");
        assertTrue(finds(ABBREVIATION.toLowerCase(), "coordinator"), "so does everyone acting in the region");
        assertTrue(finds(ABBREVIATION, null, "&region=64"), "a visitor's search narrowed to the region");
        assertFalse(finds(ABBREVIATION, null), "a visitor's country-wide search uses the built-in list only");
        assertFalse(finds(ABBREVIATION, "coordinator23"), "another region's people do not get the group");
        assertTrue(finds(ABBREVIATION, "coordinator23", "&region=64"), "unless they narrow the search to region 64");

        HttpResponse<String> list = api().get(SYNONYMS, token("operator"));
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.body().contains(ABBREVIATION), list.body());
        String audit = api().get("/audit?type=SYNONYM_GROUP_ADDED", token("operator")).body();
        assertTrue(audit.contains("synonym group " + id) && audit.contains(ABBREVIATION), audit);

        String otherOperator = token("operator23");
        String other = group("ХХХ", "что-то другое");
        assertEquals(403, api().get(SYNONYMS, otherOperator).statusCode(), "another region's list is closed");
        assertEquals(403, api().post(SYNONYMS, other, otherOperator).statusCode());
        assertEquals(403, api().put(SYNONYMS + "/" + id, other, otherOperator).statusCode());
        assertEquals(403, api().delete(SYNONYMS + "/" + id, "", otherOperator).statusCode());
        assertEquals(404, api().put("/regions/23/search/synonyms/" + id, other, otherOperator).statusCode(),
                "the group's id through the own region is not found");
        assertEquals(404, api().delete("/regions/23/search/synonyms/" + id, "", otherOperator).statusCode());
        HttpResponse<String> ownList = api().get("/regions/23/search/synonyms", otherOperator);
        assertEquals(200, ownList.statusCode(), ownList.body());
        assertFalse(ownList.body().contains(ABBREVIATION), ownList.body());
        assertEquals(403, api().get(SYNONYMS, token("coordinator")).statusCode(), "the operator's list only");
        assertEquals(List.of(ABBREVIATION, EXPANSION), PortalApi.json(api().get(SYNONYMS, token("operator")))
                .asJsonArray().stream().map(JsonValue::asJsonObject).filter(g -> g.getJsonNumber("id").longValue() == id)
                .findFirst().orElseThrow().getJsonArray("phrases").getValuesAs(JsonString::getString),
                "the group is untouched");
        assertTrue(finds(ABBREVIATION, "operator"));

        HttpResponse<String> changed = api().put(SYNONYMS + "/" + id, group(ABBREVIATION, "пурпурные единороги"),
                token("operator"));
        assertEquals(200, changed.statusCode(), changed.body());
        assertFalse(finds(ABBREVIATION, "operator"), "the changed group counts at once: the old expansion is gone");

        assertEquals(204, api().delete(SYNONYMS + "/" + id, "", token("operator")).statusCode());
        assertFalse(api().get(SYNONYMS, token("operator")).body().contains(ABBREVIATION));
        assertEquals(404, api().delete(SYNONYMS + "/" + id, "", token("operator")).statusCode());
    }

    @Test
    void aGroupThatCannotWorkIsRefusedWithThePhraseAtFault() {
        assertEquals("В группе нужны хотя бы две фразы: сокращение и его расшифровка, например «ЦОКО» и "
                + "«центр оценки качества образования».", refusal(group("ЖЖЖ")));
        assertEquals("В группе нужны хотя бы две фразы: сокращение и его расшифровка, например «ЦОКО» и "
                + "«центр оценки качества образования».", refusal("{}"));
        assertEquals("Во фразе «и в на» нет слов, по которым можно искать: в ней только служебные слова "
                + "(и, в, на, для…) или знаки.", refusal(group("ЖЖЖ", "и в на")));
        assertEquals("Фразы «школа» и «школы» поиск не различает (это формы одних и тех же слов; служебные слова и "
                + "знаки не в счёт) — в группе нужны хотя бы две разные фразы.", refusal(group("школа", "школы")));
        assertEquals("Фраза «" + "ж".repeat(59) + "…» длиннее 200 знаков — сократите её.",
                refusal(group("ЖЖЖ", "ж".repeat(250))));
        JsonArray groups = PortalApi.json(api().get(SYNONYMS, token("operator"))).asJsonArray();
        assertTrue(groups.stream().noneMatch(g -> g.toString().contains("ЖЖЖ")), "nothing refused was stored");
    }

    private void awaitFound(String query) {
        Await.until("«" + query + "» found within a minute", Duration.ofMinutes(1), () -> finds(query, null));
    }
}
