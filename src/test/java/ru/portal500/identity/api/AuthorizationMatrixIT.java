package ru.portal500.identity.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.portal500.it.ApiTest;
import ru.portal500.it.Await;
import ru.portal500.it.Campaigns;
import ru.portal500.it.KeycloakTokens;
import ru.portal500.it.PortalApi;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
            federal       404 404 404
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
            federal       404 404 404
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
            federal       404 404 404
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
            federal       403 403 403
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
            federal       403
            """;

    /** A municipal round of the target's municipality: its report, its reviews, its assignment (none to make: 400). */
    private static final String ORGANISE_ROUND = """
            operator      200 200 404
            operator23    404 404 200
            coordinator   200 403 404
            coordinator23 404 404 200
            curator       403 403 404
            expert        403 403 404
            school        403 403 404
            organiser     403 403 404
            jury          403 403 404
            teacher       404 404 404
            federal       404 404 404
            """;

    /** The concept checklist of the target's region, read under that region's name. */
    private static final String READ_CHECKLIST = """
            operator      200 200 403
            operator23    403 403 200
            coordinator   200 200 403
            coordinator23 403 403 200
            curator       200 200 403
            expert        200 200 403
            school        200 200 403
            organiser     200 200 403
            jury          200 200 403
            teacher       403 403 403
            federal       403 403 403
            """;

    /**
     * A submitted review of atk-1's concept in a regional round of region 64, written by the expert: the review, the
     * version under review (its reviewer and the round's organiser), the conclusion for the school (also the school's
     * side) and the full conclusion (its reviewer and organiser).
     */
    private static final String REVIEW = """
            operator      403 200 200 200
            operator23    404 404 404 404
            coordinator   403 403 200 403
            coordinator23 404 404 404 404
            curator       403 403 200 403
            expert        200 200 200 200
            school        403 403 200 403
            organiser     403 403 403 403
            jury          403 403 403 403
            teacher       404 404 404 404
            federal       404 404 404 404
            """;

    private static final List<String> TARGETS = List.of("64/atkarsky", "64/balashovsky", "23/abinsky");

    /** The campaign years of the expertise rows: the rounds', the review's (no other test plans them). */
    private static final int EXPERTISE_YEAR = 2086;
    private static final int REVIEW_YEAR = 2087;

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

    @Test
    void organisingAnExpertiseRound() {
        Map<String, Long> rounds = new HashMap<>();
        for (String target : TARGETS) {
            rounds.put(target, municipalRound(target));
        }
        check(ORGANISE_ROUND, (user, target) -> api.get("/expertise/rounds/" + rounds.get(target), token(user)));
        check(ORGANISE_ROUND, (user, target) -> api.get("/expertise/rounds/" + rounds.get(target) + "/reviews",
                token(user)));
        check(ORGANISE_ROUND.replace(" 200", " 400"), (user, target) ->
                api.post("/expertise/rounds/" + rounds.get(target) + "/assignment", "", token(user)));
    }

    @Test
    void readingAChecklist() {
        check(READ_CHECKLIST, (user, target) -> {
            String region = target.substring(0, 2);
            return api.get("/regions/" + region + "/checklists/versions/" + conceptChecklist(region), token(user));
        });
        assertEquals(404, api.get("/regions/64/checklists/versions/" + conceptChecklist("23"), token("operator"))
                .statusCode(), "another region's checklist under the own region's name is not found");
    }

    @Test
    void workingOnAReview() {
        long review = submittedReviewOfAtk1();
        List<String> calls = List.of("/expertise/reviews/" + review, "/expertise/reviews/" + review + "/document",
                "/expertise/reviews/" + review + "/conclusion?copy=school",
                "/expertise/reviews/" + review + "/conclusion?copy=full");
        List<String> failures = new ArrayList<>();
        for (String line : REVIEW.strip().split("\n")) {
            String[] cell = line.trim().split("\\s+");
            for (int c = 0; c < calls.size(); c++) {
                HttpResponse<String> response = api.get(calls.get(c), token(cell[0]));
                if (response.statusCode() != Integer.parseInt(cell[c + 1])) {
                    failures.add(cell[0] + " × " + calls.get(c) + ": expected " + cell[c + 1] + ", got "
                            + response.statusCode() + " " + response.body());
                }
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(404, api.get("/expertise/rounds/999999", token("operator")).statusCode(), "a forged round");
        assertEquals(404, api.get("/expertise/reviews/999999", token("expert")).statusCode(), "a forged review");
    }

    /** The concept checklist of a region (its operator's list adds the defaults the first time). */
    private long conceptChecklist(String region) {
        JsonArray list = (JsonArray) PortalApi.json(api.get("/regions/" + region + "/checklists",
                token(region.equals("64") ? "operator" : "operator23")));
        return list.getValuesAs(JsonObject.class).stream().filter(c -> c.getString("code").equals("CONCEPT"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** A new municipal round of the target's municipality in the region's campaign 2086, opened by its operator. */
    private long municipalRound(String target) {
        String region = target.substring(0, 2);
        String operator = region.equals("64") ? "operator" : "operator23";
        api.post("/regions/" + region + "/campaigns", "{\"schoolYear\":" + EXPERTISE_YEAR + ",\"name\":\"500+ "
                + (EXPERTISE_YEAR - 1) + "/" + EXPERTISE_YEAR % 100 + "\"}", token(operator));
        HttpResponse<String> created = api.post("/regions/" + region + "/campaigns/" + EXPERTISE_YEAR
                + "/expertise/rounds", "{\"kind\":\"MUNICIPAL\",\"municipality\":\"" + target.substring(3)
                + "\",\"title\":\"Экспертиза " + target + "\",\"checklist\":" + conceptChecklist(region)
                + ",\"due\":\"" + LocalDate.now().plusDays(30) + "\"}", token(operator));
        assertEquals(201, created.statusCode(), created.body());
        return ((JsonObject) PortalApi.json(created)).getJsonNumber("id").longValue();
    }

    /** A review of atk-1's concept in a new regional round of campaign 2087, assigned to the expert and submitted. */
    private long submittedReviewOfAtk1() {
        Campaigns campaigns = new Campaigns(api);
        campaigns.plan(REVIEW_YEAR);
        campaigns.status(REVIEW_YEAR, "atk-1", "LOW_RESULTS");
        HttpResponse<String> uploaded = api.upload("/regions/64/campaigns/" + REVIEW_YEAR
                + "/schools/atkarsky/atk-1/documents/CONCEPT/versions?name=concept.txt",
                "Концепция развития школы.".getBytes(StandardCharsets.UTF_8), token("school"));
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        long document = ((JsonObject) PortalApi.json(uploaded)).getJsonNumber("document").longValue();
        api.post("/documents/" + document + "/submission", "", token("school"));
        HttpResponse<String> round = api.post("/regions/64/campaigns/" + REVIEW_YEAR + "/expertise/rounds",
                "{\"kind\":\"REGIONAL\",\"title\":\"Экспертиза концепций\",\"checklist\":" + conceptChecklist("64")
                        + ",\"reviewsPerDocument\":1,\"due\":\"" + LocalDate.now().plusDays(30) + "\"}",
                token("operator"));
        assertEquals(201, round.statusCode(), round.body());
        long roundId = ((JsonObject) PortalApi.json(round)).getJsonNumber("id").longValue();
        HttpResponse<String> assigned = api.post("/expertise/rounds/" + roundId + "/assignment", "", token("operator"));
        assertEquals(201, assigned.statusCode(), assigned.body());
        long review = ((JsonArray) PortalApi.json(assigned)).getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject sheet = (JsonObject) PortalApi.json(api.get("/expertise/reviews/" + review, token("expert")));
        HttpResponse<String> submitted = api.post("/expertise/reviews/" + review + "/submission", "{\"answers\":"
                + highestMarks(sheet.getJsonObject("checklist")) + ",\"version\":"
                + sheet.getJsonObject("review").getJsonNumber("version") + "}", token("expert"));
        assertEquals(200, submitted.statusCode(), submitted.body());
        return review;
    }

    /** The highest mark for every criterion of a checklist (a comment where nothing is scored). */
    private static String highestMarks(JsonObject checklist) {
        StringBuilder json = new StringBuilder("{");
        for (JsonObject section : checklist.getJsonArray("sections").getValuesAs(JsonObject.class)) {
            for (JsonObject c : section.getJsonArray("criteria").getValuesAs(JsonObject.class)) {
                String mark = switch (c.getString("type")) {
                    case "SCALE" -> "{\"scale\":" + c.getJsonNumber("max") + "}";
                    case "YES_NO" -> "{\"yes\":true}";
                    case "CHOICE" -> "{\"choice\":\"" + c.getJsonArray("options").getValuesAs(JsonObject.class).stream()
                            .max(Comparator.comparingDouble(o -> o.getJsonNumber("points").doubleValue()))
                            .orElseThrow().getString("code") + "\"}";
                    default -> "{\"comment\":\"Замечаний нет\"}";
                };
                json.append(json.length() > 1 ? "," : "").append('"').append(c.getString("code")).append("\":").append(mark);
            }
        }
        return json.append('}').toString();
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
        assertEquals(33, cells, "11 users × 3 targets");
        assertEquals(List.of(), failures);
    }
}
