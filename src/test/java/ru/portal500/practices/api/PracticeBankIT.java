package ru.portal500.practices.api;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import ru.portal500.it.ApiTest;
import ru.portal500.it.KeycloakTokens;
import ru.portal500.it.PortalApi;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The practice bank on the real war: published by operators and coordinators, read by anyone, no token. */
class PracticeBankIT extends ApiTest {

    private static final String PRACTICE = "{\"municipality\":\"atkarsky\",\"school\":\"atk-3\","
            + "\"title\":\"Родительский университет: вовлечение семей в учебный процесс\","
            + "\"summary\":\"Ежемесячные встречи с родителями, совместные проекты и открытые уроки.\","
            + "\"level\":\"BASIC\",\"subject\":\"математика\",\"author\":\"Иванова М. П.\","
            + "\"source\":\"COORDINATOR_PICK\",\"riskFactors\":[9,10]}";

    @Test
    void aCoordinatorPublishesAndAVisitorReadsWithoutLoggingIn() {
        HttpResponse<String> published = api().post("/regions/64/practices", PRACTICE,
                KeycloakTokens.accessToken("coordinator"));
        assertEquals(201, published.statusCode(), published.body());
        JsonObject entry = PortalApi.json(published).asJsonObject();
        long id = entry.getJsonNumber("id").longValue();
        assertTrue(entry.getString("place").endsWith("МБОУ «СОШ № 3 г. Аткарска»"), entry.getString("place"));

        HttpResponse<String> attached = api().upload("/regions/64/practices/" + id + "/files?name="
                        + URLEncoder.encode("Программа клуба.txt", StandardCharsets.UTF_8),
                "План встреч родительского клуба на год".getBytes(StandardCharsets.UTF_8),
                KeycloakTokens.accessToken("coordinator"));
        assertEquals(200, attached.statusCode(), attached.body());

        HttpResponse<String> anonymous = api().get("/public/practices/" + id, null);
        assertEquals(200, anonymous.statusCode(), "no token needed: " + anonymous.body());
        assertEquals("Программа клуба.txt", PortalApi.json(anonymous).asJsonObject().getJsonArray("files")
                .getJsonObject(0).getString("fileName"));
        assertTrue(api().get("/public/practices?region=64", null).body().contains("Родительский университет"));
        assertEquals(200, api().download("/public/practices/" + id + "/files/1", null).statusCode());
        assertEquals(404, api().get("/public/practices/99999999", null).statusCode());
        assertEquals(401, api().post("/regions/64/practices", PRACTICE, null).statusCode(),
                "publishing needs a token");
    }

    @Test
    void onlyOperatorsAndCoordinatorsOfThePlacePublish() {
        assertEquals(403, api().post("/regions/64/practices", PRACTICE, KeycloakTokens.accessToken("school"))
                .statusCode());
        assertEquals(404, api().post("/regions/64/practices", PRACTICE.replace("atkarsky", "balashovsky")
                .replace("atk-3", "bal-2"), KeycloakTokens.accessToken("coordinator")).statusCode(),
                "another municipality than the coordinator's is outside their scope");
        assertEquals(404, api().post("/regions/23/practices", PRACTICE, KeycloakTokens.accessToken("operator"))
                .statusCode(), "Аткарский is not a municipality of region 23");
        HttpResponse<String> bad = api().post("/regions/64/practices", PRACTICE.replace("[9,10]", "[11]"),
                KeycloakTokens.accessToken("operator"));
        assertEquals(400, bad.statusCode());
        assertEquals("Рисковый фактор — номер от 1 до 10 из федерального перечня.",
                PortalApi.json(bad).asJsonObject().getString("message"));
    }
}
