package ru.portal500.identity.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.portal500.it.ApiTest;
import ru.portal500.it.Await;
import ru.portal500.it.KeycloakTokens;
import ru.portal500.it.PortalApi;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every role (demo users of realm-config) × own scope / other municipality / other region × each
 * kind of resource and action, through the REST API with real tokens; every cell asserted.
 * Targets: Аткарский (64/atkarsky, school atk-1), Балашовский (64/balashovsky, bal-2),
 * Абинский (23/abinsky, abn-4).
 */
class AuthorizationMatrixIT extends ApiTest {

    /** user: expected status for atkarsky | balashovsky | abinsky. */
    private static final String READ_MUNICIPALITY = """
            operator      200 200 404
            operator23    404 404 200
            coordinator   200 404 404
            coordinator23 404 404 200
            curator       200 200 404
            expert        200 200 404
            school        200 404 404
            organiser     200 200 404
            jury          200 200 404
            teacher       404 404 404
            """;

    private static final String READ_SCHOOL = """
            operator      200 200 404
            operator23    404 404 200
            coordinator   200 404 404
            coordinator23 404 404 200
            curator       200 200 404
            expert        200 200 404
            school        200 404 404
            organiser     200 200 404
            jury          200 200 404
            teacher       404 404 404
            """;

    private static final String LIST_PEOPLE = """
            operator      200 200 404
            operator23    404 404 200
            coordinator   200 404 404
            coordinator23 404 404 200
            curator       403 403 404
            expert        403 403 404
            school        403 404 404
            organiser     403 403 404
            jury          403 403 404
            teacher       404 404 404
            """;

    /** Grant "curator" of the target's school to the teacher (then revoke it again where allowed). */
    private static final String GRANT_CURATOR = """
            operator      204 204 403
            operator23    403 403 204
            coordinator   204 403 403
            coordinator23 403 403 204
            curator       403 403 403
            expert        403 403 403
            school        403 403 403
            organiser     403 403 403
            jury          403 403 403
            teacher       403 403 403
            """;

    private static final String READ_AUDIT = """
            operator      200
            operator23    200
            coordinator   403
            coordinator23 403
            curator       403
            expert        403
            school        403
            organiser     403
            jury          403
            teacher       403
            """;

    private static final List<String> TARGETS = List.of("64/atkarsky", "64/balashovsky", "23/abinsky");

    private PortalApi api;
    private final Map<String, Long> municipalityIds = new HashMap<>();
    private final Map<String, Long> schoolIds = new HashMap<>();
    private final Map<String, String> schoolScopes = new HashMap<>();
    @BeforeEach
    void findTargets() {
        api = new PortalApi(base);
        for (String operator : List.of("operator", "operator23")) {
            JsonArray municipalities = (JsonArray) PortalApi.json(api.get("/municipalities", token(operator)));
            for (JsonObject m : municipalities.getValuesAs(JsonObject.class)) {
                String key = m.getString("regionCode") + "/" + m.getString("code");
                long id = m.getJsonNumber("id").longValue();
                municipalityIds.put(key, id);
                JsonObject detail = (JsonObject) PortalApi.json(api.get("/municipalities/" + id, token(operator)));
                JsonObject school = detail.getJsonArray("schools").getJsonObject(0);
                schoolIds.put(key, school.getJsonNumber("id").longValue());
                schoolScopes.put(key, school.getString("scope"));
            }
        }
        assertTrue(municipalityIds.keySet().containsAll(TARGETS), municipalityIds.toString());
    }

    @Test
    void readingAMunicipality() {
        check(READ_MUNICIPALITY, (user, target) ->
                api.get("/municipalities/" + municipalityIds.get(target), token(user)));
    }

    @Test
    void readingASchool() {
        check(READ_SCHOOL, (user, target) -> api.get("/schools/" + schoolIds.get(target), token(user)));
    }

    @Test
    void listingWhoHoldsWhat() {
        check(LIST_PEOPLE, (user, target) ->
                api.get("/municipalities/" + municipalityIds.get(target) + "/people", token(user)));
    }

    @Test
    void grantingARoleAndRevokingIt() {
        check(GRANT_CURATOR, (user, target) -> {
            String body = "{\"username\":\"teacher\",\"role\":\"curator\",\"scope\":\"" + schoolScopes.get(target) + "\"}";
            HttpResponse<String> granted = api.post("/grants", body, token(user));
            if (granted.statusCode() == 204) {
                assertEquals(204, api.delete("/grants", body, token(user)).statusCode(), "revoked again");
            }
            return granted;
        });
    }

    @Test
    void readingTheAuditLog() {
        List<String> failures = new ArrayList<>();
        for (String line : READ_AUDIT.strip().split("\n")) {
            String[] cell = line.trim().split("\\s+");
            int actual = api.get("/audit", token(cell[0])).statusCode();
            if (actual != Integer.parseInt(cell[1])) {
                failures.add(cell[0] + " audit: expected " + cell[1] + ", got " + actual);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void enumeratingIdsRevealsNothing() {
        long highest = municipalityIds.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        String own = String.valueOf(municipalityIds.get("64/atkarsky"));
        String notFound = null;
        for (long id = 1; id <= highest + 3; id++) {
            HttpResponse<String> response = api.get("/municipalities/" + id, token("coordinator"));
            if (String.valueOf(id).equals(own)) {
                assertEquals(200, response.statusCode());
                continue;
            }
            assertEquals(404, response.statusCode(), "municipality " + id);
            notFound = notFound == null ? response.body() : notFound;
            assertEquals(notFound, response.body(), "another scope's id answers exactly like a missing one");
        }
        assertEquals(notFound, api.get("/municipalities/999999", token("coordinator")).body());
        assertEquals(404, api.get("/schools/" + schoolIds.get("23/abinsky"), token("coordinator")).statusCode());
        assertEquals(404, api.get("/municipalities/abc", token("coordinator")).statusCode());
    }

    @Test
    void aGrantOutsideTheScopeIsRefusedAndAuditedInBothRegions() {
        String body = "{\"username\":\"teacher\",\"role\":\"school-team\",\"scope\":\""
                + schoolScopes.get("23/abinsky") + "\"}";
        HttpResponse<String> refused = api.post("/grants", body, token("coordinator"));
        assertEquals(403, refused.statusCode());
        assertEquals("Недостаточно прав для этого действия.", ((JsonObject) PortalApi.json(refused)).getString("message"));
        for (String operator : List.of("operator23", "operator")) {
            JsonArray entries = (JsonArray) PortalApi.json(
                    api.get("/audit?type=ACCESS_DENIED&actor=coordinator", token(operator)));
            assertTrue(entries.getValuesAs(JsonObject.class).stream()
                            .anyMatch(e -> e.getString("scope").equals(schoolScopes.get("23/abinsky"))),
                    operator + " sees the attempt where it was made: " + entries);
        }
        JsonArray grantsIn23 = (JsonArray) PortalApi.json(api.get("/audit?type=ROLE_GRANTED", token("operator")));
        assertTrue(grantsIn23.getValuesAs(JsonObject.class).stream().noneMatch(e -> e.getString("scope").startsWith("/23")),
                "region 64 sees none of region 23's own events: " + grantsIn23);
        assertEquals(400, api.post("/grants", body.replace("school-team", "chief"), token("operator23")).statusCode());
        assertEquals(400, api.post("/grants", body.replace("teacher", "nobody-such"), token("operator23"))
                .statusCode());
        assertEquals(400, api.post("/grants", body.replace(schoolScopes.get("23/abinsky"), "/23/../64"),
                token("operator23")).statusCode());
        assertEquals(400, api.post("/grants", body.replace("\"teacher\"", "\"\""), token("operator23")).statusCode(),
                "an empty username is not 'the first user Keycloak lists'");
        assertEquals(400, api.post("/grants", body.replace("teacher", "{x}"), token("operator23")).statusCode());
        assertEquals(400, api.delete("/grants", body, token("operator23")).statusCode(), "a role not held");
    }

    @Test
    void aRevokedRoleIsGoneWithTheNextToken() {
        String body = "{\"username\":\"teacher\",\"role\":\"curator\",\"scope\":\""
                + schoolScopes.get("64/balashovsky") + "\"}";
        String school = "/schools/" + schoolIds.get("64/balashovsky");
        assertEquals(204, api.post("/grants", body, token("operator")).statusCode());
        assertEquals(200, api.get(school, KeycloakTokens.accessToken("teacher")).statusCode());
        assertEquals(204, api.delete("/grants", body, token("operator")).statusCode());
        assertEquals(404, api.get(school, KeycloakTokens.accessToken("teacher")).statusCode());
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        try (var shortLived = KeycloakTokens.shortLivedTokens(2)) {
            String token = KeycloakTokens.accessToken("operator");
            assertEquals(200, api.get("/me", token).statusCode());
            // past the lifespan and the verifier's clock skew (5 s) the same token is refused
            HttpResponse<String> expired = Await.until("the token refused once expired", Duration.ofSeconds(30),
                    () -> api.get("/me", token), response -> response.statusCode() != 200);
            assertEquals(401, expired.statusCode());
            assertEquals("invalid_token", ((JsonObject) PortalApi.json(expired)).getString("error"));
        }
    }

    private interface Call {
        HttpResponse<String> call(String user, String target);
    }

    /** Runs every cell and reports all that differ at once. */
    private void check(String table, Call call) {
        List<String> failures = new ArrayList<>();
        int cells = 0;
        for (String line : table.strip().split("\n")) {
            String[] cell = line.trim().split("\\s+");
            for (int t = 0; t < TARGETS.size(); t++) {
                HttpResponse<String> response = call.call(cell[0], TARGETS.get(t));
                cells++;
                if (response.statusCode() != Integer.parseInt(cell[t + 1])) {
                    failures.add(cell[0] + " × " + TARGETS.get(t) + ": expected " + cell[t + 1] + ", got "
                            + response.statusCode() + " " + response.body());
                }
            }
        }
        assertEquals(30, cells, "10 users × 3 targets");
        assertEquals(List.of(), failures);
    }
}
