package ru.portal500.registry.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.it.ApiBrowserTest;
import ru.portal500.it.PortalApi;
import ru.portal500.it.RealmAdmin;
import ru.portal500.it.TestInfrastructure;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pairs and helpers on the real war, MariaDB and Keycloak: through the API as the coordinator of
 * Аткарский (atk-1, atk-3) and the operator of region 64 (also Балашовский's bal-2), and on the page.
 * Each test plans a campaign of its own year and sets its schools' statuses as the operator's decisions
 * would (by SQL: deciding statuses is another part's), so that the tests share nothing.
 */
class PairsIT extends ApiBrowserTest {

    private static final String ATK_1 = "МБОУ «СОШ № 1 г. Аткарска»";
    private static final String ATK_3 = "МБОУ «СОШ № 3 г. Аткарска»";
    private static final String CURATOR_OF_ATK_1 = "/64/atkarsky/atk-1/curator";

    private static String pairs(int year) {
        return "/regions/64/campaigns/" + year + "/pairs";
    }

    /** Plans region 64's campaign of the year and gives schools ("atkarsky/atk-1=LOW_RESULTS") their status. */
    private void campaign(int year, String... statuses) {
        HttpResponse<String> planned = api().post("/regions/64/campaigns", "{\"schoolYear\":" + year
                + ",\"name\":\"500+ " + (year - 1) + "/" + (year % 100) + "\"}", freshToken("operator"));
        assertEquals(201, planned.statusCode(), planned.body());
        for (String status : statuses) {
            String[] school = status.split("[/=]");
            sql("insert into campaign_school (campaign_id, school_id, status, proposed, decided_by, decided_at)"
                    + " select c.id, s.id, ?, true, 'operator', now(3) from campaign c join region r on r.id = c.region_id"
                    + " join municipality m on m.region_id = r.id join school s on s.municipality_id = m.id"
                    + " where r.code = '64' and c.school_year = ? and m.code = ? and s.code = ?",
                    school[2], year, school[0], school[1]);
        }
    }

    private static String status(int year, String municipality, String school) {
        return sql("select cs.status from campaign_school cs join campaign c on c.id = cs.campaign_id"
                + " join school s on s.id = cs.school_id join municipality m on m.id = s.municipality_id"
                + " where c.school_year = ? and m.code = ? and s.code = ?", year, municipality, school);
    }

    /** Runs one statement; a query's first value, or null. */
    private static String sql(String statement, Object... parameters) {
        try (Connection c = new MariaDbDataSource(TestInfrastructure.database().jdbcUrl("portal"))
                .getConnection("root", "");
             PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            if (!s.execute()) {
                assertEquals(1, s.getUpdateCount(), statement);
                return null;
            }
            try (ResultSet rows = s.getResultSet()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Forms a pair: school and curator school as "municipality/code". */
    private HttpResponse<String> form(String user, int year, String school, String curator) {
        return api().post(pairs(year), pairBody(school, curator), freshToken(user));
    }

    private static String pairBody(String school, String curator) {
        String[] s = school.split("/");
        String[] c = curator.split("/");
        return "{\"municipality\":\"" + s[0] + "\",\"school\":\"" + s[1] + "\",\"curatorMunicipality\":\"" + c[0]
                + "\",\"curatorSchool\":\"" + c[1] + "\"}";
    }

    private HttpResponse<String> name(String user, int year, long pair, String function, String username) {
        return api().post(pairs(year) + "/" + pair + "/helpers", helperBody(function, username), freshToken(user));
    }

    private HttpResponse<String> unname(String user, int year, long pair, String function, String username) {
        return api().delete(pairs(year) + "/" + pair + "/helpers", helperBody(function, username), freshToken(user));
    }

    private static String helperBody(String function, String username) {
        return "{\"function\":\"" + function + "\",\"username\":\"" + username + "\"}";
    }

    private HttpResponse<String> grant(String user, String username, String role, String scope, boolean revoke) {
        String body = "{\"username\":\"" + username + "\",\"role\":\"" + role + "\",\"scope\":\"" + scope + "\"}";
        return revoke ? api().delete("/grants", body, freshToken(user)) : api().post("/grants", body, freshToken(user));
    }

    private static long id(HttpResponse<String> response) {
        assertTrue(response.statusCode() == 200 || response.statusCode() == 201, response.body());
        return object(response).getJsonNumber("id").longValue();
    }

    private static String message(HttpResponse<String> response) {
        return object(response).getString("message");
    }

    /** The supported schools of the pairs the user sees in the campaign. */
    private List<String> pairedSchools(String user, int year) {
        HttpResponse<String> list = api().get(pairs(year), freshToken(user));
        assertEquals(200, list.statusCode(), list.body());
        return array(list).getValuesAs(JsonObject.class).stream()
                .map(p -> p.getJsonObject("school").getString("code")).sorted().toList();
    }

    /** The grants in a fresh token of the user (demo password). */
    private List<String> grantsOf(String username) {
        return object(api().get("/me", freshToken(username))).getJsonArray("grants").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList();
    }

    private static List<String> helpersOf(HttpResponse<String> pair) {
        return object(pair).getJsonArray("helpers").getValuesAs(JsonObject.class).stream()
                .map(h -> h.getString("function") + " " + h.getString("username")).toList();
    }

    @Test
    void theCoordinatorPairsItsLowResultsSchoolsTheOperatorAlsoAcrossMunicipalities() {
        campaign(2041, "atkarsky/atk-1=LOW_RESULTS", "balashovsky/bal-2=SOCIAL_RISK");
        HttpResponse<String> formed = form("coordinator", 2041, "atkarsky/atk-1", "atkarsky/atk-3");
        assertEquals(201, formed.statusCode(), formed.body());
        assertEquals(ATK_3, object(formed).getJsonObject("curatorSchool").getString("name"));
        assertEquals("coordinator", object(formed).getString("formedBy"));
        assertEquals("CURATOR_SCHOOL", status(2041, "atkarsky", "atk-3"), "the curator school became one");
        long atk1Pair = id(formed);

        HttpResponse<String> twice = form("coordinator", 2041, "atkarsky/atk-1", "atkarsky/atk-3");
        assertEquals(400, twice.statusCode());
        assertEquals("У школы «" + ATK_1 + "» уже есть пара в этой кампании: смените её школу-куратора.", message(twice));
        HttpResponse<String> notSupported = form("coordinator", 2041, "atkarsky/atk-3", "atkarsky/atk-1");
        assertEquals(400, notSupported.statusCode());
        assertEquals("Школа «" + ATK_3 + "» в этой кампании не ШНОР и не ШССУ: пару формируют только для них.",
                message(notSupported));
        HttpResponse<String> supportedCurator = form("operator", 2041, "balashovsky/bal-2", "atkarsky/atk-1");
        assertEquals(400, supportedCurator.statusCode());
        assertEquals("Школа «" + ATK_1 + "» сама ШНОР или ШССУ в этой кампании и не может быть школой-куратором.",
                message(supportedCurator));

        assertEquals(404, form("coordinator", 2041, "balashovsky/bal-2", "atkarsky/atk-3").statusCode(),
                "another municipality's school is not found");
        assertEquals(403, api().put(pairs(2041) + "/" + atk1Pair, pairBody("atkarsky/atk-1", "balashovsky/bal-2"),
                freshToken("coordinator")).statusCode(), "a coordinator chooses curator schools of the own municipality");
        assertEquals(403, form("curator", 2041, "atkarsky/atk-1", "atkarsky/atk-3").statusCode(),
                "a curator sees the school but does not pair it");
        assertEquals(403, form("coordinator23", 2041, "atkarsky/atk-1", "atkarsky/atk-3").statusCode());
        assertEquals(403, api().post("/regions/23/campaigns/2041/pairs", pairBody("abinsky/abn-4", "krymsky/krm-5"),
                freshToken("coordinator")).statusCode(), "no role in region 23");
        assertEquals(400, form("coordinator", 2041, "atkarsky/../64", "atkarsky/atk-3").statusCode());

        HttpResponse<String> across = form("operator", 2041, "balashovsky/bal-2", "atkarsky/atk-3");
        assertEquals(201, across.statusCode(), "the operator pairs across municipalities; atk-3 curates two schools");
        assertEquals(List.of("atk-1"), pairedSchools("coordinator", 2041));
        assertEquals(List.of("atk-1", "bal-2"), pairedSchools("operator", 2041));
        assertEquals(List.of("atk-1"), pairedSchools("school", 2041), "atk-1's team sees its pair");
        assertEquals(ATK_3, ((JsonArray) PortalApi.json(api().get(pairs(2041), freshToken("school"))))
                .getJsonObject(0).getJsonObject("curatorSchool").getString("name"),
                "…and the name of its curator school, though that school is outside its scope");
        assertEquals(403, api().get(pairs(2041), freshToken("operator23")).statusCode());
        assertEquals(404, api().get("/regions/64/campaigns/2099/pairs", freshToken("operator")).statusCode());

        long balPair = id(across);
        assertEquals(404, api().delete(pairs(2041) + "/" + balPair, "", freshToken("coordinator")).statusCode(),
                "another municipality's pair, by a forged id");
        assertEquals(404, api().delete(pairs(2040) + "/" + balPair, "", freshToken("operator")).statusCode(),
                "a campaign that does not exist");
        assertEquals(204, api().delete(pairs(2041) + "/" + balPair, "", freshToken("operator")).statusCode());
        assertEquals(List.of("atk-1"), pairedSchools("operator", 2041));
        String audit = api().get("/audit?type=PAIR_DISSOLVED", freshToken("operator")).body();
        assertTrue(audit.contains("/64/balashovsky/bal-2"), audit);
    }

    @Test
    void aCuratorOfTheCuratorSchoolHoldsTheCuratorRoleAtTheSchoolWhileAPairNamesThem() {
        campaign(2042, "atkarsky/atk-1=LOW_RESULTS");
        RealmAdmin.createUser("pairs-director", "Пётр", "Завучев");
        assertEquals(204, grant("coordinator", "pairs-director", "school-team", "/64/atkarsky/atk-3", false).statusCode());
        long pair = id(form("coordinator", 2042, "atkarsky/atk-1", "atkarsky/atk-3"));

        HttpResponse<String> outsider = name("coordinator", 2042, pair, "MENTOR", "teacher");
        assertEquals(400, outsider.statusCode());
        assertTrue(message(outsider).contains("нет роли в регионе"), message(outsider));
        assertEquals(400, name("coordinator", 2042, pair, "CURATOR", "nobody-such").statusCode());
        HttpResponse<String> nobody = api().post(pairs(2042) + "/" + pair + "/helpers", "{\"function\":\"CURATOR\"}",
                freshToken("coordinator"));
        assertEquals(400, nobody.statusCode(), nobody.body());
        assertTrue(message(nobody).startsWith("Не выбран человек."), "not «null»: " + message(nobody));
        assertEquals(400, name("coordinator", 2042, pair, "CHIEF", "expert").statusCode());
        assertEquals(403, name("school", 2042, pair, "MENTOR", "expert").statusCode());
        assertEquals(200, name("coordinator", 2042, pair, "MENTOR", "expert").statusCode());

        HttpResponse<String> named = name("coordinator", 2042, pair, "CURATOR", "pairs-director");
        assertEquals(List.of("CURATOR pairs-director", "MENTOR expert"), helpersOf(named));
        assertTrue(grantsOf("pairs-director").contains(CURATOR_OF_ATK_1), "the curator role at atk-1");
        assertEquals(400, api().delete(pairs(2042) + "/" + pair, "", freshToken("coordinator")).statusCode(),
                "not dissolved while helpers are named");
        assertEquals(200, unname("coordinator", 2042, pair, "CURATOR", "pairs-director").statusCode());
        assertFalse(grantsOf("pairs-director").contains(CURATOR_OF_ATK_1), "gone with the last pair naming them");

        assertEquals(200, name("coordinator", 2042, pair, "CURATOR", "curator").statusCode());
        assertEquals(200, unname("coordinator", 2042, pair, "CURATOR", "curator").statusCode());
        assertTrue(grantsOf("curator").contains(CURATOR_OF_ATK_1), "a role held before being named stays");

        assertEquals(200, name("coordinator", 2042, pair, "CURATOR", "pairs-director").statusCode());
        HttpResponse<String> repaired = api().put(pairs(2042) + "/" + pair,
                pairBody("atkarsky/atk-1", "balashovsky/bal-2"), freshToken("operator"));
        assertEquals(200, repaired.statusCode(), repaired.body());
        assertEquals(List.of("MENTOR expert"), helpersOf(repaired), "atk-3's director no longer fits");
        assertFalse(grantsOf("pairs-director").contains(CURATOR_OF_ATK_1));
        assertEquals("CURATOR_SCHOOL", status(2042, "balashovsky", "bal-2"));
        String audit = api().get("/audit?type=PAIR_CHANGED", freshToken("operator")).body();
        assertTrue(audit.contains("helpers leaving: CURATOR pairs-director"), audit);

        assertEquals(204, grant("coordinator", "pairs-director", "school-team", "/64/atkarsky/atk-3", true).statusCode());
    }

    @Test
    void theCoordinatorNamesAnyoneCuratorWhenTheCuratorSchoolHasNobodyInThePortal() {
        campaign(2045, "atkarsky/atk-1=LOW_RESULTS");
        RealmAdmin.createUser("pairs-outsider", "Ольга", "Сторонняя");
        assertTrue(grantsOf("pairs-outsider").isEmpty(), "no role anywhere, atk-3 (the curator school) included");
        long pair = id(form("coordinator", 2045, "atkarsky/atk-1", "atkarsky/atk-3"));

        HttpResponse<String> unknown = name("coordinator", 2045, pair, "CURATOR", "nobody@demo.portal500.ru");
        assertEquals(400, unknown.statusCode());
        assertTrue(message(unknown).startsWith("В портале нет пользователя с логином или почтой"
                + " «nobody@demo.portal500.ru». Пригласите человека по почте на странице «Люди и роли»"), message(unknown));

        HttpResponse<String> named = name("coordinator", 2045, pair, "CURATOR", "pairs-outsider@demo.portal500.ru");
        assertEquals(200, named.statusCode(), "named by e-mail, though not of the curator school: " + named.body());
        assertEquals(List.of("CURATOR pairs-outsider"), helpersOf(named));
        try {
            assertEquals(List.of(CURATOR_OF_ATK_1), grantsOf("pairs-outsider"), "naming granted the curator role");
            HttpResponse<String> school = api().get("/regions/64/campaigns/2045/schools/atkarsky/atk-1/risk-profile",
                    freshToken("pairs-outsider"));
            assertEquals(200, school.statusCode(), "the new curator sees the school's profile: " + school.body());
            assertEquals(200, api().get("/regions/64/campaigns/2045/schools/atkarsky/atk-1/documents",
                    freshToken("pairs-outsider")).statusCode(), "…and its documents");
        } finally {
            assertEquals(200, unname("coordinator", 2045, pair, "CURATOR", "pairs-outsider").statusCode());
        }
        assertTrue(grantsOf("pairs-outsider").isEmpty(), "the role goes with the pair that granted it");
    }

    @Test
    void thePairDialogSaysWhyThereIsNoCuratorSchoolToChoose() {
        campaign(2046);
        sqlRows("insert into campaign_school (campaign_id, school_id, status, proposed, decided_by, decided_at)"
                + " select c.id, s.id, 'LOW_RESULTS', true, 'operator', now(3) from campaign c"
                + " join region r on r.id = c.region_id join municipality m on m.region_id = r.id"
                + " join school s on s.municipality_id = m.id"
                + " where r.code = '64' and c.school_year = 2046 and m.code = 'atkarsky'");
        logIn("coordinator", DemoUsers.PASSWORD);
        browser.open(page("/app/pairs.xhtml"));
        browser.choose("pairs:campaign", "500+ 2045/46");
        browser.awaitText("без пары");
        browser.click("#pairs\\:rows .choose-curator");
        browser.awaitText("Выбрать не из чего");
        browser.screenshot("pairs-no-curator-school");
        assertEquals("Выбрать не из чего: все школы вашего муниципалитета в этой кампании — ШНОР или ШССУ, а"
                + " школой-куратором может быть только школа, которая сама поддержки не получает. Попросите"
                + " регионального оператора выбрать школу-куратора в другом муниципалитете или присвоить одной из"
                + " школ статус «школа-куратор» (страница «Выявление ШНОР»).", browser.text("#pairForm\\:noCandidates"));
    }

    /** Runs a statement that may write several rows (at least one). */
    private static void sqlRows(String statement) {
        try (Connection c = new MariaDbDataSource(TestInfrastructure.database().jdbcUrl("portal"))
                .getConnection("root", "");
             PreparedStatement s = c.prepareStatement(statement)) {
            assertTrue(s.executeUpdate() > 0, statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSchoolImportedAfterTheRealmWasSetUpGetsItsKeycloakGroupOnTheFirstGrant() {
        byte[] directory = ("Муниципалитет (код);Код школы;Полное наименование;Тип;Городская/сельская;"
                + "Филиал школы (код);Руководитель\n"
                + "atkarsky;atk-77;МБОУ «СОШ № 77 г. Аткарска»;СОШ;город;;\n"
                + "atkarsky;atk-78;МБОУ «СОШ № 78 г. Аткарска»;СОШ;село;;\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> imported = api().upload("/regions/64/schools/import", directory, freshToken("coordinator"));
        assertEquals(200, imported.statusCode(), imported.body());
        RealmAdmin.createUser("pairs-newcomer", "Нина", "Новосёлова");

        assertEquals(204, grant("coordinator", "pairs-newcomer", "school-team", "/64/atkarsky/atk-77", false)
                .statusCode());
        JsonObject group = RealmAdmin.group("/64/atkarsky/atk-77");
        assertEquals("{\"kind\":[\"school\"],\"name\":[\"МБОУ «СОШ № 77 г. Аткарска»\"]}",
                sortedAttributes(group), "laid out as the realm's own schools");
        List<JsonObject> roleGroups = RealmAdmin.children(group);
        assertEquals(List.of("curator", "school-team", "teacher"),
                roleGroups.stream().map(g -> g.getString("name")).sorted().toList());
        roleGroups.forEach(g -> assertEquals(List.of(g.getString("name")), RealmAdmin.realmRoles(g)));
        JsonObject me = object(api().get("/me", freshToken("pairs-newcomer")));
        assertTrue(me.getJsonArray("grants").toString().contains("/64/atkarsky/atk-77/school-team"), me.toString());
        assertTrue(me.getJsonArray("roles").toString().contains("school-team"), me.toString());
        assertEquals(204, grant("coordinator", "pairs-newcomer", "teacher", "/64/atkarsky/atk-77", false).statusCode(),
                "the group exists now");

        HttpResponse<String> unknown = grant("coordinator", "pairs-newcomer", "teacher", "/64/atkarsky/atk-404", false);
        assertEquals(400, unknown.statusCode(), "no group for a school the directory does not have");
        assertEquals("Территории или школы «/64/atkarsky/atk-404» нет.", message(unknown));

        campaign(2043, "atkarsky/atk-78=LOW_RESULTS");
        long pair = id(form("coordinator", 2043, "atkarsky/atk-78", "atkarsky/atk-3"));
        assertEquals(200, name("coordinator", 2043, pair, "CURATOR", "curator").statusCode());
        assertTrue(grantsOf("curator").contains("/64/atkarsky/atk-78/curator"), "granted at the new school");
        assertEquals(200, unname("coordinator", 2043, pair, "CURATOR", "curator").statusCode());
        assertFalse(grantsOf("curator").contains("/64/atkarsky/atk-78/curator"));

        assertEquals(204, grant("coordinator", "pairs-newcomer", "school-team", "/64/atkarsky/atk-77", true).statusCode());
        assertEquals(204, grant("coordinator", "pairs-newcomer", "teacher", "/64/atkarsky/atk-77", true).statusCode());
    }

    private static String sortedAttributes(JsonObject group) {
        JsonObject attributes = group.getJsonObject("attributes");
        return "{\"kind\":" + attributes.get("kind") + ",\"name\":" + attributes.get("name") + "}";
    }

    @Test
    void theCoordinatorFormsAPairAndNamesAMentorOnThePage() {
        campaign(2044, "atkarsky/atk-1=LOW_RESULTS");
        logIn("coordinator", DemoUsers.PASSWORD);
        browser.open(page("/app/pairs.xhtml"));
        browser.choose("pairs:campaign", "500+ 2043/44");
        browser.awaitText("без пары");
        assertTrue(browser.text("#pairs\\:rows").contains(ATK_1), browser.text("#pairs\\:rows"));

        browser.click("#pairs\\:rows .choose-curator");
        browser.choose("pairForm:curatorSchool", ATK_3 + " — Аткарский муниципальный район");
        browser.click("#pairForm\\:submit");
        browser.awaitText("Пара для школы «" + ATK_1 + "» сформирована.");
        assertTrue(browser.text("#pairs\\:rows").contains("Школа-куратор: " + ATK_3), browser.text("#pairs\\:rows"));

        browser.click("#pairs\\:rows .helpers");
        browser.choose("helpersForm:function", "Наставник");
        browser.pickSuggestion("helpersForm:person", "Кураторов", "curator");
        browser.click("#helpersForm\\:name");
        browser.awaitText("Сергей Кураторов назначен(а) помощником пары.");
        browser.screenshot("pairs");
        assertTrue(browser.text("#pairs\\:rows").contains("Наставник: Сергей Кураторов"), browser.text("#pairs\\:rows"));
        assertEquals("Наставник", browser.text("#helpersForm\\:named td"));
    }

    @Test
    void everyChangeOfAPairIsInTheCampaignsPairHistoryCsv() {
        campaign(2096, "atkarsky/atk-1=LOW_RESULTS", "balashovsky/bal-2=SOCIAL_RISK");
        HttpResponse<String> formed = form("coordinator", 2096, "atkarsky/atk-1", "atkarsky/atk-3");
        assertEquals(201, formed.statusCode(), formed.body());
        HttpResponse<String> across = form("operator", 2096, "balashovsky/bal-2", "atkarsky/atk-3");
        assertEquals(201, across.statusCode(), across.body());
        assertEquals(204, api().delete(pairs(2096) + "/" + id(across), "", freshToken("operator")).statusCode());

        HttpResponse<String> csv = api().get(pairs(2096) + "/history.csv", freshToken("operator"));
        assertEquals(200, csv.statusCode(), csv.body());
        String history = csv.body();
        assertTrue(history.startsWith("\uFEFFВремя (МСК+1);Кто;Логин;Что;Изменение;Было;Стало;Причина\r\n"), history);
        assertTrue(history.contains(";Марина Координаторова;coordinator;Аткарский муниципальный район › " + ATK_1
                + ";Пара образована;не задано;" + ATK_3 + ";\r\n"), history);
        assertTrue(history.contains(";Ольга Операторова;operator;Балашовский муниципальный район › "
                + "МОУ «СОШ № 2 г. Балашова»;Пара расформирована;" + ATK_3 + ";не задано;\r\n"), history);
        assertEquals(4, history.split("\r\n").length, "the heading, two pairs formed, one dissolved");
        String coordinators = api().get(pairs(2096) + "/history.csv", freshToken("coordinator")).body();
        assertEquals(2, coordinators.split("\r\n").length, "the coordinator reads the own municipality's pair only");
        assertEquals(403, api().get(pairs(2096) + "/history.csv", freshToken("operator23")).statusCode());
    }
}
