package ru.portal500.identity.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import ru.portal500.identity.domain.Caller;
import ru.portal500.it.ApiTest;
import ru.portal500.it.RealmAdmin;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A contest's organisers through {@code /api/grants} and the real Keycloak: a grant reaches the person's next token
 * (and the portal's reading of it) and gives no right in any place; when the contest's roles lapse its groups are gone
 * and the next token no longer lists them; only the region's contest organiser or the contest's own organiser manages
 * its roles; a juror's role is not given here (it comes with a seat in a nomination's jury: {@code JudgingIT}).
 * Contest ids are unique per run, people are named {@code contest-…}.
 */
class ContestGrantsIT extends ApiTest {

    /** Unique per run, so that a rerun against the same Keycloak makes new people and contests. */
    private static final long RUN = System.currentTimeMillis() % 1_000_000_000L;

    private static String contest(long id) {
        return "/64/_contests/" + id;
    }

    private HttpResponse<String> grant(String username, String role, long contest, String as) {
        return api().post("/grants", Json.createObjectBuilder().add("username", username).add("role", role)
                .add("scope", contest(contest)).build().toString(), freshToken(as));
    }

    private HttpResponse<String> revoke(String username, String role, long contest, String as) {
        return api().delete("/grants", Json.createObjectBuilder().add("username", username).add("role", role)
                .add("scope", contest(contest)).build().toString(), freshToken(as));
    }

    private HttpResponse<String> lapse(long contest, String as) {
        return api().delete("/grants?scope=" + URLEncoder.encode(contest(contest), StandardCharsets.UTF_8), "",
                freshToken(as));
    }

    /** The group paths the access token lists in its {@code portal_scopes} claim. */
    private static List<String> scopesOf(String accessToken) {
        String payload = new String(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]), StandardCharsets.UTF_8);
        JsonObject claims = Json.createReader(new StringReader(payload)).readObject();
        JsonArray scopes = claims.getJsonArray("portal_scopes");
        return scopes == null ? List.of() : scopes.getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .toList();
    }

    private static List<Long> ids(JsonObject me, String field) {
        return me.getJsonArray(field).getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::longValue).toList();
    }

    @Test
    void anOrganiserHoldsTheirContestUntilItsRolesLapseAndNoPlaceMeanwhile() {
        String juror = "contest-juror-" + RUN;
        RealmAdmin.createUser(juror, "Жанна", "Жюриева");
        long judged = 7_000_000_000L + RUN;
        long organised = judged + 1;

        HttpResponse<String> jury = grant(juror, "jury-member", judged, "organiser");
        assertEquals(400, jury.statusCode(), "a juror's role comes with a seat only: " + jury.body());
        assertEquals("people.error.juryBySeat", object(jury).getString("error"));
        assertTrue(object(jury).getString("message").contains("место в жюри номинации"), jury.body());
        assertEquals(204, grant(juror, "contest-organiser", judged, "organiser").statusCode());
        HttpResponse<String> again = grant(juror, "contest-organiser", judged, "organiser");
        assertEquals(204, again.statusCode(), "holding it already is no error: " + again.body());
        assertEquals(204, grant(juror, "contest-organiser", organised, "organiser").statusCode());

        String token = freshToken(juror);
        assertEquals(List.of(contest(judged) + "/contest-organiser", contest(organised) + "/contest-organiser"),
                scopesOf(token).stream().sorted().toList(), "the token lists the contests' groups, and only them");
        Caller read = Caller.authenticated("s", juror, null, List.of(), scopesOf(token));
        assertTrue(read.organisesContest(judged));
        assertFalse(read.judgesContest(judged));
        assertTrue(read.organisesContest(organised));
        JsonObject me = object(api().get("/me", token));
        assertEquals(List.of(), ids(me, "contestsJudged"), me.toString());
        assertEquals(List.of(judged, organised), ids(me, "contestsOrganised").stream().sorted().toList(), me.toString());
        assertEquals(0, me.getJsonArray("grants").size(), "no place grant: " + me);
        assertEquals(0, me.getJsonArray("roles").size(), "not the region's juror nor organiser: " + me);

        JsonObject roleGroup = RealmAdmin.group(contest(judged) + "/contest-organiser");
        assertEquals(List.of(), RealmAdmin.realmRoles(roleGroup), "a contest's group carries no realm role");
        JsonArray holders = array(api().get("/grants?scope=" + URLEncoder.encode(contest(judged), StandardCharsets.UTF_8),
                freshToken("organiser")));
        assertEquals(1, holders.size(), holders.toString());
        assertEquals(juror, holders.getJsonObject(0).getString("username"));
        assertEquals("contest-organiser", holders.getJsonObject(0).getString("role"));

        assertEquals(403, api().get("/regions/64/schools", token).statusCode(), "a juror lists no school of the region");
        assertEquals(200, api().get("/regions/64/schools", freshToken("operator")).statusCode(), "as an operator would");

        assertEquals(204, lapse(judged, "organiser").statusCode());
        assertFalse(RealmAdmin.groupExists(contest(judged)), "the contest's groups are deleted");
        assertTrue(RealmAdmin.groupExists(contest(organised) + "/contest-organiser"), "another contest's stay");
        String next = freshToken(juror);
        assertEquals(List.of(contest(organised) + "/contest-organiser"), scopesOf(next),
                "the next token no longer lists the lapsed contest");
        assertFalse(Caller.authenticated("s", juror, null, List.of(), scopesOf(next)).organisesContest(judged));
        assertEquals(List.of(organised), ids(object(api().get("/me", next)), "contestsOrganised"));
        assertEquals(204, lapse(judged, "organiser").statusCode(), "a second lapse is harmless");

        List<String> lapsed = array(api().get("/audit?type=CONTEST_ROLES_LAPSED&actor=organiser&limit=20",
                freshToken("operator"))).getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("target").equals("contest-grants/" + judged)).map(e -> e.getString("text"))
                .toList();
        assertEquals(1, lapsed.size(), "one lapse recorded, not the harmless second: " + lapsed);
        assertTrue(lapsed.get(0).contains("конкурса № " + judged) && lapsed.get(0).contains("назначений: 1"),
                lapsed.get(0));
        long grantsRecorded = array(api().get("/audit?type=CONTEST_ROLE_GRANTED&actor=organiser&limit=100",
                freshToken("operator"))).getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("detail").equals("contest-grants/" + judged + " contest-organiser")).count();
        assertEquals(1, grantsRecorded, "the grant held already is not recorded twice");

        assertEquals(204, lapse(organised, "organiser").statusCode());
        assertEquals(List.of(), scopesOf(freshToken(juror)));
    }

    @Test
    void theRegionsOrTheContestsOwnOrganiserManagesItsRolesAndBadRequestsSayWhy() {
        String lead = "contest-lead-" + RUN;
        String member = "contest-member-" + RUN;
        RealmAdmin.createUser(lead, "Лидия", "Организаторова");
        RealmAdmin.createUser(member, "Марк", "Членов");
        long contest = 8_000_000_000L + RUN;
        long other = contest + 1;

        assertEquals(403, grant(member, "contest-organiser", contest, "jury").statusCode(), "the region's juror");
        assertEquals(403, grant(member, "contest-organiser", contest, "operator23").statusCode(), "another region");
        assertEquals(403, grant(member, "contest-organiser", contest, "school").statusCode(), "a school team");
        assertFalse(RealmAdmin.groupExists(contest(contest)), "a refusal makes no group");

        assertEquals(204, grant(lead, "contest-organiser", contest, "organiser").statusCode());
        assertEquals(204, grant(member, "contest-organiser", contest, lead).statusCode(), "the contest's own organiser");
        assertEquals(403, grant(member, "contest-organiser", other, lead).statusCode(), "but not another contest's");
        assertEquals(400, revoke(member, "jury-member", contest, lead).statusCode(), "a juror's role goes with the seat");
        assertEquals(204, revoke(member, "contest-organiser", contest, lead).statusCode());
        assertFalse(scopesOf(freshToken(member)).contains(contest(contest) + "/contest-organiser"));

        HttpResponse<String> notHeld = revoke(member, "contest-organiser", contest, lead);
        assertEquals(400, notHeld.statusCode());
        assertEquals("people.error.contestRoleNotHeld", object(notHeld).getString("error"));
        assertTrue(object(notHeld).getString("message").contains("нет этой роли в конкурсе"), notHeld.body());
        HttpResponse<String> curator = grant(member, "curator", contest, "organiser");
        assertEquals(400, curator.statusCode());
        assertEquals("В конкурсе назначают только организаторов и членов жюри.", object(curator).getString("message"));
        HttpResponse<String> nobody = grant("contest-nobody-" + RUN, "contest-organiser", contest, "organiser");
        assertEquals(400, nobody.statusCode());
        assertEquals("people.error.unknownUser", object(nobody).getString("error"));
        assertEquals(403, lapse(contest, member).statusCode(), "a juror does not end the contest's roles");
        HttpResponse<String> place = api().get("/grants?scope=/64/atkarsky", freshToken("organiser"));
        assertEquals(400, place.statusCode(), place.body());
        assertEquals("people.error.notContestScope", object(place).getString("error"));

        assertEquals(204, lapse(contest, lead).statusCode(), "its organiser does, as results are published");
        assertFalse(RealmAdmin.groupExists(contest(contest)));
        assertEquals(List.of(), scopesOf(freshToken(lead)));
    }
}
