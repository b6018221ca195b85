package ru.portal500.registry.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import ru.portal500.it.ApiTest;
import ru.portal500.it.Campaigns;
import ru.portal500.it.KeycloakTokens;
import ru.portal500.it.PortalDeployment;
import ru.portal500.it.RealmAdmin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A curator's role handed over reaches the pairs on the real war, MariaDB and Keycloak: the pair that named the old
 * curator names the new one, the new one holds the role (so the work list that comes with it is theirs), and the
 * pairs' history says who handed it over to whom. Campaign 2039; the people it makes are named {@code hand-…}.
 */
class CuratorHandoverIT extends ApiTest {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    private static final int YEAR = 2039;
    private static final String PAIRS = "/regions/64/campaigns/" + YEAR + "/pairs";

    private List<String> helpersOf(long pair) {
        HttpResponse<String> list = api().get(PAIRS, token("coordinator"));
        assertEquals(200, list.statusCode(), list.body());
        return array(list).getValuesAs(JsonObject.class).stream().filter(p -> p.getJsonNumber("id").longValue() == pair)
                .findFirst().orElseThrow().getJsonArray("helpers").getValuesAs(JsonObject.class).stream()
                .map(h -> h.getString("function") + " " + h.getString("username") + " " + h.getString("displayName"))
                .toList();
    }

    private List<String> grantsOf(String username) {
        return object(api().get("/me", KeycloakTokens.accessToken(username))).getJsonArray("grants")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private String pairsHistory() throws Exception {
        HttpResponse<byte[]> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        PortalDeployment.localUrl(base) + "/api" + PAIRS + "/history.csv"))
                .header("Authorization", "Bearer " + token("coordinator")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, csv.statusCode());
        return new String(csv.body(), StandardCharsets.UTF_8);
    }

    @Test
    void thePairNamesTheNewCuratorAfterTheHandover() throws Exception {
        String leaving = "hand-old-" + RUN;
        String coming = "hand-new-" + RUN;
        RealmAdmin.createUser(leaving, "Ольга", "Передающая");
        RealmAdmin.createUser(coming, "Павел", "Принимающий");
        String scope = "/64/atkarsky/atk-1";
        try {
            Campaigns campaigns = new Campaigns(api());
            campaigns.plan(YEAR);
            campaigns.status(YEAR, "atk-1", "LOW_RESULTS");
            HttpResponse<String> formed = api().post(PAIRS, "{\"municipality\":\"atkarsky\",\"school\":\"atk-1\","
                    + "\"curatorMunicipality\":\"atkarsky\",\"curatorSchool\":\"atk-3\"}", token("coordinator"));
            assertEquals(201, formed.statusCode(), formed.body());
            long pair = object(formed).getJsonNumber("id").longValue();
            HttpResponse<String> named = api().post(PAIRS + "/" + pair + "/helpers",
                    "{\"function\":\"CURATOR\",\"username\":\"" + leaving + "\"}", token("coordinator"));
            assertEquals(200, named.statusCode(), named.body());
            assertEquals(List.of("CURATOR " + leaving + " Ольга Передающая"), helpersOf(pair));
            assertTrue(grantsOf(leaving).contains(scope + "/curator"), "naming granted the role");

            HttpResponse<String> handedOver = api().post("/handovers", "{\"from\":\"" + leaving + "\",\"to\":\""
                    + coming + "\",\"role\":\"curator\",\"scope\":\"" + scope + "\"}", token("coordinator"));
            assertEquals(204, handedOver.statusCode(), handedOver.body());

            assertEquals(List.of("CURATOR " + coming + " Павел Принимающий"), helpersOf(pair),
                    "the pair names the new curator, not the old one");
            assertTrue(grantsOf(coming).contains(scope + "/curator"), "the new curator holds the role");
            assertFalse(grantsOf(leaving).contains(scope + "/curator"), "the old one does not");
            String history = pairsHistory();
            assertTrue(history.contains(";Роль куратора передана другому;Ольга Передающая (" + leaving
                    + ");Павел Принимающий (" + coming + ");"), history);

            HttpResponse<String> removed = api().delete(PAIRS + "/" + pair + "/helpers",
                    "{\"function\":\"CURATOR\",\"username\":\"" + coming + "\"}", token("coordinator"));
            assertEquals(200, removed.statusCode(), removed.body());
            assertFalse(grantsOf(coming).contains(scope + "/curator"),
                    "the role the pair granted goes with the new curator's place on it, as it went with the old one's");
        } finally {
            for (String user : List.of(leaving, coming)) {
                api().delete("/grants", "{\"username\":\"" + user + "\",\"role\":\"curator\",\"scope\":\"" + scope
                        + "\"}", token("operator"));
            }
        }
    }
}
