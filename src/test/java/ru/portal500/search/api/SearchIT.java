package ru.portal500.search.api;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import ru.portal500.it.ApiTest;
import ru.portal500.it.Await;
import ru.portal500.it.Campaigns;
import ru.portal500.it.KeycloakTokens;
import ru.portal500.it.PortalApi;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search on the real war: a practice is found by anyone (word forms, abbreviations), a school's document
 * only by those who may open it — no hit, snippet, facet count or suggestion leaks. Campaign 2081.
 */
class SearchIT extends ApiTest {

    private HttpResponse<String> search(String query, String user) {
        return api().get("/public/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                user == null ? null : KeycloakTokens.accessToken(user));
    }

    private long total(String query, String user) {
        HttpResponse<String> response = search(query, user);
        assertEquals(200, response.statusCode(), response.body());
        return PortalApi.json(response).asJsonObject().getJsonNumber("total").longValue();
    }

    private void await(String query, String user) {
        Await.until("«" + query + "» found within a minute", Duration.ofMinutes(1), () -> total(query, user) > 0);
    }

    @Test
    void practicesAreFoundByEveryoneDocumentsOnlyByTheirReaders() throws Exception {
        HttpResponse<String> practice = api().post("/regions/64/practices", "{\"municipality\":\"atkarsky\","
                + "\"title\":\"Школы-кураторы и семьи: клуб заботливых родителей\","
                + "\"summary\":\"Школам с низкими образовательными результатами помогли встречи с родителями.\","
                + "\"level\":\"ALL\",\"source\":\"EXPERT_PICK\",\"riskFactors\":[9]}",
                KeycloakTokens.accessToken("operator"));
        assertEquals(201, practice.statusCode(), practice.body());
        await("родителям", null);
        assertTrue(total("ШНОР родители", null) > 0, "the abbreviation finds its expansion");
        assertTrue(total("школы кураторы", null) > 0, "a hyphenated word found by its parts");

        Campaigns campaigns = new Campaigns(api());
        campaigns.plan(2081);
        campaigns.status(2081, "atk-1", "LOW_RESULTS");
        HttpResponse<String> uploaded = api().upload("/regions/64/campaigns/2081/schools/atkarsky/atk-1/documents/"
                        + "CONCEPT/versions?name=concept.txt",
                "Концепция: тайный план зеленоглазых каракатиц по повышению результатов".getBytes(StandardCharsets.UTF_8),
                KeycloakTokens.accessToken("school"));
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        await("каракатицы", "school");
        assertTrue(total("каракатиц", "coordinator") > 0, "the municipality's coordinator reads it");
        assertEquals(0, total("каракатиц", null), "a visitor does not");
        assertEquals(0, total("каракатиц", "coordinator23"), "another region's coordinator does not");
        assertEquals(0, total("каракатиц", "teacher"), "a teacher does not");

        String visitorFacets = search("", null).body();
        assertFalse(visitorFacets.contains("DOCUMENT") || visitorFacets.contains("atk-1"),
                "no facet count reveals the document: " + visitorFacets);
        String suggestions = api().get("/public/search/suggest?q=" + URLEncoder.encode("Конц", StandardCharsets.UTF_8),
                null).body();
        assertFalse(suggestions.contains("Концепция"), "no suggestion reveals its title: " + suggestions);

        // The index is derived data: a rebuild reads every practice and document from the database again.
        String operator = KeycloakTokens.accessToken("operator");
        long before = progress(operator).getJsonNumber("total").longValue();
        HttpResponse<String> rebuild = api().post("/search/index/rebuild", "", operator);
        assertEquals(200, rebuild.statusCode(), rebuild.body());
        Await.until("the rebuild took the new practice and document", Duration.ofMinutes(2), () -> {
            JsonObject progress = progress(operator);
            long total = progress.getJsonNumber("total").longValue();
            return !progress.getBoolean("running") && total >= before + 2
                    && progress.getJsonNumber("done").longValue() == total;
        });
        assertTrue(total("родителям", null) > 0, "the practice is found after the rebuild");
        assertTrue(total("каракатиц", "school") > 0, "the school's document is found after the rebuild");
        assertEquals(0, total("каракатиц", null), "and still not by a visitor");
        assertEquals(0, total("каракатиц", "coordinator23"), "nor by another region's coordinator");
    }

    private JsonObject progress(String token) {
        HttpResponse<String> response = api().get("/search/index/progress", token);
        assertEquals(200, response.statusCode(), response.body());
        return PortalApi.json(response).asJsonObject();
    }

    @Test
    void oddQueriesGetASaneAnswer() {
        for (String query : new String[] {"\"школа", "*", "школ* AND OR (", "школа ".repeat(60), "", "ё"}) {
            HttpResponse<String> response = search(query, null);
            assertEquals(200, response.statusCode(), query.length() > 50 ? "long query" : query);
            JsonObject body = PortalApi.json(response).asJsonObject();
            assertTrue(body.containsKey("total"), response.body());
        }
        assertTrue(search("\"школа", null).body().contains("Непарная кавычка"));
        assertTrue(search("школа ".repeat(60), null).body().contains("Запрос слишком длинный"),
                "a cut query says so");
        // 2,000 letters in Russian: some 12 KB once encoded, past the server's default 8 KB for a request's line
        String longQuery = "наставничество ".repeat(133) + "школа";
        assertEquals(2000, longQuery.length());
        HttpResponse<String> cut = search(longQuery, null);
        assertEquals(200, cut.statusCode(), "a 2,000-letter query: " + cut.statusCode() + " «" + cut.body() + "»");
        JsonObject body = PortalApi.json(cut).asJsonObject();
        assertEquals(1, body.getJsonArray("notices").size(), body.toString());
        assertEquals("Запрос слишком длинный (2000 знаков): учтены только первые 299 знаков — до слов «…наставничество "
                + "наставничество наставничество наставничество»; остальное не искалось.",
                body.getJsonArray("notices").getString(0));
    }

    @Test
    void aQueryReadOtherwiseThanTypedSaysSoAndAQueryThatCannotFindSaysWhy() {
        HttpResponse<String> practice = api().post("/regions/64/practices", "{\"municipality\":\"atkarsky\","
                + "\"title\":\"Пришкольная метеостанция: наблюдения круглый год\","
                + "\"summary\":\"Ученики ведут метеостанцию вместе с учителем географии.\","
                + "\"level\":\"BASIC\",\"source\":\"EXPERT_PICK\",\"riskFactors\":[5]}",
                KeycloakTokens.accessToken("operator"));
        assertEquals(201, practice.statusCode(), practice.body());
        await("метеостанция", null);

        // «vtntjcnfywbz» is «метеостанция» typed with the English layout on
        JsonObject layout = PortalApi.json(search("vtntjcnfywbz", null)).asJsonObject();
        assertTrue(layout.getJsonNumber("total").longValue() > 0, layout.toString());
        JsonObject readAs = layout.getJsonObject("readAs");
        assertEquals("vtntjcnfywbz", readAs.getString("typed"));
        assertEquals("метеостанция", readAs.getString("searched"));
        assertEquals("KEYBOARD_LAYOUT", readAs.getString("how"));
        assertTrue(readAs.getString("message").contains("Показаны результаты по запросу «метеостанция»"), readAs.toString());
        assertEquals("Искать «vtntjcnfywbz»", readAs.getString("asTyped"));
        HttpResponse<String> asTyped = api().get("/public/search?asTyped=true&q=vtntjcnfywbz", null);
        JsonObject typed = PortalApi.json(asTyped).asJsonObject();
        assertEquals(0, typed.getJsonNumber("total").longValue(), "as typed it finds nothing");
        assertTrue(absent(typed, "readAs"), typed.toString());
        JsonObject back = typed.getJsonObject("offeredReading");
        assertEquals("метеостанция", back.getString("searched"), typed.toString());
        assertEquals("Слова искались так, как набраны: «vtntjcnfywbz».", back.getString("message"));
        assertEquals("Искать «метеостанция»", back.getString("asRead"));
        assertTrue(absent(layout, "offeredReading"), layout.toString());

        JsonObject latin = PortalApi.json(search("meteostantsiya", null)).asJsonObject();
        assertEquals("метеостанция", latin.getJsonObject("readAs").getString("searched"), latin.toString());
        assertEquals("TRANSLITERATION", latin.getJsonObject("readAs").getString("how"));

        // one letter off a word the items have: searched corrected; searched as typed, the correction is offered
        JsonObject misspelt = PortalApi.json(search("метиостанция", null)).asJsonObject();
        assertEquals("метеостанция", misspelt.getJsonObject("readAs").getString("searched"), misspelt.toString());
        assertEquals("SPELLING", misspelt.getJsonObject("readAs").getString("how"));
        assertTrue(misspelt.getJsonObject("readAs").getString("message").startsWith("Похоже, в запросе опечатка."), misspelt.toString());
        JsonObject misspeltAsTyped = PortalApi.json(api().get("/public/search?asTyped=true&q="
                + URLEncoder.encode("метиостанция", StandardCharsets.UTF_8), null)).asJsonObject();
        assertEquals("метеостанция", misspeltAsTyped.getString("didYouMean"), misspeltAsTyped.toString());
        assertTrue(absent(misspeltAsTyped, "readAs"), misspeltAsTyped.toString());

        assertTrue(search("что как где", null).body().contains("Запрос состоит только из служебных слов"));

        JsonObject unknown = PortalApi.json(search("ЦДНИТТ", null)).asJsonObject();
        assertEquals("ЦДНИТТ", unknown.getJsonArray("unknownAbbreviations").getString(0), unknown.toString());
        assertTrue(unknown.getJsonArray("notices").getString(0).contains("Сокращение «ЦДНИТТ» поиску неизвестно"),
                unknown.toString());
        assertTrue(absent(unknown, "synonymSettings"), "a visitor keeps no synonyms");
        JsonObject forOperator = PortalApi.json(search("ЦДНИТТ", "operator")).asJsonObject();
        assertTrue(forOperator.getString("synonymSettings").endsWith("/app/search-settings.xhtml"), forOperator.toString());
        assertTrue(forOperator.getJsonArray("notices").getString(0).contains("«Настройка поиска»"), forOperator.toString());
    }

    /** A field without a value (JSON-B leaves out a null one). */
    private static boolean absent(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }
}
