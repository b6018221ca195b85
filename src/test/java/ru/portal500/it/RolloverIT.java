package ru.portal500.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The school-year rollover on the real war, MariaDB and Keycloak, campaigns 2034 and 2035 of region 64 (nobody else
 * uses them: a rollover archives its campaign). In 2033/34 atk-1 and atk-3 are ШНОР, the operator pairs atk-1 with
 * bal-2 (another municipality's school: the region's choice) and names a mentor; atk-1's team keeps a roadmap of three
 * measures, one cancelled. The operator rolls 2034 over (a coordinator may not; twice is refused): 2034 becomes a
 * read-only archive — roadmaps, pairs, statuses, monitoring refuse writes in words, reading goes on. In 2034/35 the
 * worksheet puts last year's statuses beside this year's, atk-3 leaves the programme with its reason (on the
 * decisions' record), the carried pair is confirmed with its helper once atk-1 is supported again, and atk-1's new
 * roadmap takes one unfinished measure with a date in the new school year and drops the other before it can go to the
 * curator. Another region's people find nothing. The steps run in order and share the ids in static fields.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RolloverIT extends ApiTest {

    private static final int LAST = 2034;
    private static final int NEXT = 2035;
    private static final String ATK_1 = "МБОУ «СОШ № 1 г. Аткарска»";
    private static final String ATK_3 = "МБОУ «СОШ № 3 г. Аткарска»";
    private static final String BAL_2 = "МОУ «СОШ № 2 г. Балашова»";
    private static final String MONITORING_DATE = "2034-05-15";

    /** What the steps pass on to the next ones. */
    private static long atk1;
    private static long atk3;
    private static long bal2;
    private static Long roadmap2034;
    private static Long roadmap2035;
    private static boolean rolledOver;
    private static Long carriedPair;

    private static String campaign(int year) {
        return "/regions/64/campaigns/" + year;
    }

    private HttpResponse<String> get(String path, String user) {
        return api().get(path, token(user));
    }

    private HttpResponse<String> post(String path, String json, String user) {
        return api().post(path, json, token(user));
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return object(response);
    }

    /** A refusal: the status and the message in Russian (the portal's language when none is asked for). */
    private static void refused(int status, String message, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(message, object(response).getString("message"), response.body());
    }

    private static String measure(String title, String start, String due) {
        return "{\"title\":\"" + title + "\",\"start\":" + (start == null ? "null" : "\"" + start + "\"")
                + ",\"due\":\"" + due + "\",\"responsible\":\"Заместитель директора по УВР\",\"result\":\"Протокол\"}";
    }

    /** Whether the answer has no value for the name (JSON-B leaves nulls out). */
    private static boolean nil(JsonObject object, String name) {
        return !object.containsKey(name) || object.isNull(name);
    }

    private static List<JsonObject> list(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(JsonObject.class);
    }

    private static String pairBody(String school, String curator) {
        String[] s = school.split("/");
        String[] c = curator.split("/");
        return "{\"municipality\":\"" + s[0] + "\",\"school\":\"" + s[1] + "\",\"curatorMunicipality\":\"" + c[0]
                + "\",\"curatorSchool\":\"" + c[1] + "\"}";
    }

    /** The worksheet of 2035 by school id. */
    private Map<Long, JsonObject> worksheet() {
        HttpResponse<String> sheet = get(campaign(NEXT) + "/rollover", "operator");
        assertEquals(200, sheet.statusCode(), sheet.body());
        return array(sheet).getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(l -> l.getJsonNumber("schoolId").longValue(), l -> l));
    }

    /** The carried pairs of 2035 the user sees. */
    private List<JsonObject> carriedPairs(String user) {
        HttpResponse<String> pairs = get(campaign(NEXT) + "/carried-pairs", user);
        assertEquals(200, pairs.statusCode(), pairs.body());
        return array(pairs).getValuesAs(JsonObject.class);
    }

    private static String helpers(JsonObject pair) {
        return list(pair, "helpers").stream().map(h -> h.getString("function") + " " + h.getString("username"))
                .sorted().collect(Collectors.joining(", "));
    }

    @Test
    @Order(1)
    void in2034TwoSchoolsAreSupportedOneIsPairedWithAHelperAndItsRoadmapHasTwoUnfinishedMeasures() {
        HttpResponse<String> planned = post("/regions/64/campaigns", "{\"schoolYear\":" + LAST
                + ",\"name\":\"500+ 2033/34\",\"monitoringDates\":[\"" + MONITORING_DATE + "\"]}", "operator");
        assertEquals(201, planned.statusCode(), planned.body());
        Campaigns campaigns = new Campaigns(api());
        campaigns.status(LAST, "atk-1", "LOW_RESULTS");
        campaigns.status(LAST, "atk-3", "LOW_RESULTS");
        atk1 = Campaigns.schoolId("atk-1");
        atk3 = Campaigns.schoolId("atk-3");
        bal2 = Campaigns.schoolId("bal-2");

        // Both Atkarsky schools are ШНОР, so atk-1's curator school is Balashovsky's: the operator's choice.
        HttpResponse<String> formed = post(campaign(LAST) + "/pairs", pairBody("atkarsky/atk-1", "balashovsky/bal-2"),
                "operator");
        assertEquals(201, formed.statusCode(), formed.body());
        long pair = object(formed).getJsonNumber("id").longValue();
        assertEquals(BAL_2, object(formed).getJsonObject("curatorSchool").getString("name"));
        JsonObject named = ok(post(campaign(LAST) + "/pairs/" + pair + "/helpers",
                "{\"function\":\"MENTOR\",\"username\":\"expert\"}", "operator"));
        assertEquals("MENTOR expert", helpers(named));

        // atk-1's roadmap of 2033/34: three measures, one cancelled, none reported done.
        String place = "/roadmaps/school/" + atk1 + "?year=" + LAST;
        JsonObject begun = ok(post(place, "", "school"));
        roadmap2034 = begun.getJsonNumber("id").longValue();
        assertEquals(List.of(), list(begun, "carried"), "nothing before 2034 to carry");
        String measures = "/roadmaps/" + roadmap2034 + "/measures";
        assertEquals(201, post(measures, measure("Педсовет по итогам ВПР", "2033-10-01", "2033-10-31"), "school")
                .statusCode());
        assertEquals(201, post(measures, measure("Открытые уроки", "2034-03-01", "2034-04-30"), "school")
                .statusCode());
        HttpResponse<String> third = post(measures, measure("Курсы повышения квалификации", null, "2034-03-31"),
                "school");
        assertEquals(201, third.statusCode(), third.body());
        List<JsonObject> three = list(object(third), "measures");
        assertEquals(3, three.size(), third.body());
        long courses = three.get(2).getJsonNumber("id").longValue();
        JsonObject cancelled = ok(post("/roadmaps/" + roadmap2034 + "/measures/" + courses + "/cancellation",
                "{\"text\":\"Курсы перенесены учредителем\"}", "school"));
        assertEquals("Курсы перенесены учредителем", list(cancelled, "measures").get(2).getString("cancelReason"));
        assertFalse(cancelled.getBoolean("archived"));
    }

    @Test
    @Order(2)
    void onlyTheOperatorRollsTheYearOverAndOnlyOnce() {
        assumeTrue(roadmap2034 != null, "the setup of 2034 failed");
        HttpResponse<String> byCoordinator = post(campaign(LAST) + "/rollover", "", "coordinator");
        assertEquals(403, byCoordinator.statusCode(), byCoordinator.body());
        assertEquals(403, post(campaign(LAST) + "/rollover", "", "school").statusCode());
        assertEquals(403, post(campaign(LAST) + "/rollover", "", "operator23").statusCode(),
                "another region's operator");

        JsonObject outcome = ok(post(campaign(LAST) + "/rollover", "", "operator"));
        rolledOver = true;
        assertEquals(NEXT, outcome.getInt("schoolYear"), outcome.toString());
        assertTrue(outcome.getBoolean("planned"), "2035 was not planned: planned now, " + outcome);
        assertEquals(2, outcome.getInt("schoolsInProgramme"), outcome.toString());
        assertEquals(1, outcome.getInt("carriedPairs"), outcome.toString());

        JsonObject next = array(get("/regions/64/campaigns", "operator")).getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getInt("schoolYear") == NEXT).findFirst().orElseThrow();
        assertEquals("500+ 2034/35", next.getString("name"), "the name with the next year's label");
        assertEquals("2035-05-15", next.getJsonArray("monitoringDates").getString(0), "the schedule a year later");

        refused(400, "Кампания 2033/34 в архиве: её записи можно читать, но не менять.",
                post(campaign(LAST) + "/rollover", "", "operator"));
    }

    @Test
    @Order(3)
    void theArchivedYearIsReadButTakesNoMoreWrites() {
        assumeTrue(rolledOver, "the rollover failed");
        String archived = "Кампания 2033/34 в архиве: её записи можно читать, но не менять.";
        String roadmapArchived = "Дорожная карта кампании 2033/34 в архиве: её можно читать, но не менять.";

        // Roadmaps: no measure added, changed, cancelled or evidenced, none begun; reading goes on.
        refused(400, roadmapArchived, post("/roadmaps/" + roadmap2034 + "/measures",
                measure("Новое мероприятие", null, "2034-05-31"), "school"));
        refused(400, roadmapArchived, post("/roadmaps/school/" + atk3 + "?year=" + LAST, "", "curator"));
        JsonObject read = ok(get("/roadmaps/" + roadmap2034, "school"));
        assertTrue(read.getBoolean("archived"), read.toString());
        assertEquals(3, list(read, "measures").size());
        long council = list(read, "measures").get(0).getJsonNumber("id").longValue();
        refused(400, roadmapArchived, api().put("/roadmaps/" + roadmap2034 + "/measures/" + council,
                measure("Педсовет по итогам ВПР", "2033-10-01", "2034-06-30"), token("school")));
        refused(400, roadmapArchived, post("/roadmaps/" + roadmap2034 + "/measures/" + council + "/cancellation",
                "{\"text\":\"Не успели\"}", "school"));
        refused(400, roadmapArchived, post("/roadmaps/" + roadmap2034 + "/measures/" + council + "/evidence",
                "{\"link\":\"https://atk1.example/pedsovet\"}", "school"));
        assertEquals(200, get("/roadmaps/" + roadmap2034, "coordinator").statusCode());

        // Pairs: none formed, no helper named, none dissolved.
        refused(400, archived, post(campaign(LAST) + "/pairs", pairBody("atkarsky/atk-3", "balashovsky/bal-2"),
                "operator"));
        long pair = array(get(campaign(LAST) + "/pairs", "operator")).getJsonObject(0).getJsonNumber("id").longValue();
        refused(400, archived, post(campaign(LAST) + "/pairs/" + pair + "/helpers",
                "{\"function\":\"TUTOR\",\"username\":\"expert\"}", "operator"));
        refused(400, archived, api().delete(campaign(LAST) + "/pairs/" + pair, "", token("operator")));
        assertEquals(200, get(campaign(LAST) + "/pairs", "coordinator").statusCode());

        // Statuses: no decision, no confirmation of the proposal, no flags.
        refused(400, archived, api().put(campaign(LAST) + "/schools/atkarsky/atk-3/status",
                "{\"status\":\"SOCIAL_RISK\",\"reason\":\"Социальный паспорт\"}", token("operator")));
        refused(400, archived, post(campaign(LAST) + "/identification/confirmation", "", "operator"));
        refused(400, archived, api().put(campaign(LAST) + "/schools/atkarsky/atk-3/flags",
                "{\"unreliableResults\":true}", token("operator")));
        assertEquals(200, get(campaign(LAST) + "/schools", "operator").statusCode());

        // Monitoring: no value entered at the year's date; the sheet is still read.
        String sheet = "/monitoring/schools/" + atk1 + "?year=" + LAST + "&date=" + MONITORING_DATE;
        refused(400, "Мониторинг кампании 2033/34 в архиве: значения можно читать, но не вносить и не менять.",
                api().put("/monitoring/schools/" + atk1 + "/values?year=" + LAST + "&date=" + MONITORING_DATE,
                        "{\"values\":{}}", token("school")));
        assertEquals(200, get(sheet, "school").statusCode());
    }

    @Test
    @Order(4)
    void theWorksheetPutsLastYearBesideThisOneAndASchoolLeavesWithItsReason() {
        assumeTrue(rolledOver, "the rollover failed");
        Map<Long, JsonObject> lines = worksheet();
        assertEquals(Set.of(atk1, atk3), lines.keySet(), lines.toString());
        JsonObject one = lines.get(atk1);
        JsonObject three = lines.get(atk3);
        assertEquals("LOW_RESULTS", one.getString("lastYear"), one.toString());
        assertEquals("LOW_RESULTS", three.getString("lastYear"), three.toString());
        assertEquals("Аткарский муниципальный район", one.getString("municipality"));
        assertEquals(ATK_1, one.getString("school"));
        assertEquals("PROPOSED", one.getString("carriedPair"), "atk-1's pair waits for confirmation: " + one);
        assertTrue(nil(three, "carriedPair"), three.toString());
        assertTrue(nil(three, "status") && nil(three, "leaving"), "nothing decided yet: " + three);
        assertTrue(List.of("CONTINUES", "NOT_PROPOSED").contains(three.getString("proposal")), three.toString());

        String leaving = campaign(NEXT) + "/rollover/schools/" + atk3 + "/leaving";
        assertEquals(403, post(leaving, "{\"reason\":\"RESULTS_IMPROVED\"}", "coordinator").statusCode(),
                "the operator's decision");
        refused(400, "Для причины «Другое» напишите, почему школа выходит из программы.",
                post(leaving, "{\"reason\":\"OTHER\",\"words\":\"  \"}", "operator"));
        refused(400, "Выберите причину выхода школы из программы.",
                post(leaving, "{\"reason\":\"BORED\"}", "operator"));
        assertEquals(404, post(campaign(NEXT) + "/rollover/schools/" + bal2 + "/leaving",
                "{\"reason\":\"RESULTS_IMPROVED\"}", "operator").statusCode(), "bal-2 was not in last year's programme");
        assertTrue(nil(worksheet().get(atk3), "status"), "the refusals left nothing");

        JsonObject left = ok(post(leaving, "{\"reason\":\"RESULTS_IMPROVED\"}", "operator"));
        assertEquals("OTHER", left.getString("status"), left.toString());
        assertEquals("RESULTS_IMPROVED", left.getString("leaving"), left.toString());
        JsonObject after = worksheet().get(atk3);
        assertEquals("OTHER", after.getString("status"), after.toString());
        assertEquals("RESULTS_IMPROVED", after.getString("leaving"), after.toString());
        assertEquals("LOW_RESULTS", after.getString("lastYear"), after.toString());

        HttpResponse<byte[]> csv = api().download(campaign(NEXT) + "/decisions/history.csv", token("operator"));
        assertEquals(200, csv.statusCode());
        String history = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(history.contains(";Ольга Операторова;operator;Аткарский муниципальный район › " + ATK_3
                + ";Школа вышла из программы;ШНОР;Результаты улучшились;"), history);
    }

    @Test
    @Order(5)
    void theCarriedPairIsConfirmedWithItsHelperOnceTheSchoolIsSupportedAgain() {
        assumeTrue(rolledOver, "the rollover failed");
        List<JsonObject> seen = carriedPairs("operator");
        assertEquals(1, seen.size(), seen.toString());
        JsonObject carried = seen.get(0);
        carriedPair = carried.getJsonNumber("id").longValue();
        assertEquals(atk1, carried.getJsonNumber("schoolId").longValue());
        assertEquals(BAL_2, carried.getJsonObject("curatorSchool").getString("name"));
        assertEquals("MENTOR expert", helpers(carried));
        assertEquals("PROPOSED", carried.getString("state"));
        assertTrue(nil(carried, "statusNow"), "atk-1 has no status in 2035 yet: " + carried);
        assertEquals(1, carriedPairs("coordinator").size(), "the coordinator of Аткарский sees atk-1's");
        assertEquals(1, carriedPairs("school").size(), "atk-1's team sees its own");

        String confirmation = campaign(NEXT) + "/carried-pairs/" + carriedPair + "/confirmation";
        refused(400, "Школа «" + ATK_1 + "» в этой кампании не ШНОР и не ШССУ: пару формируют только для них.",
                post(confirmation, "{\"helpers\":[\"expert\"]}", "operator"));
        assertEquals(0, array(get(campaign(NEXT) + "/pairs", "operator")).size(), "nothing formed");
        assertEquals("PROPOSED", carriedPairs("operator").get(0).getString("state"), "still to be decided");

        new Campaigns(api()).status(NEXT, "atk-1", "LOW_RESULTS");
        assertEquals("LOW_RESULTS", carriedPairs("operator").get(0).getString("statusNow"));
        assertEquals(403, post(confirmation, "{\"helpers\":[\"expert\"]}", "coordinator").statusCode(),
                "a curator school of another municipality is the region's choice, also when carried over");
        refused(400, "Оставить можно только помощников, которые были у пары в прошлом году.",
                post(confirmation, "{\"helpers\":[\"expert\",\"curator\"]}", "operator"));
        assertEquals(0, array(get(campaign(NEXT) + "/pairs", "operator")).size(), "all or nothing");

        JsonObject formed = ok(post(confirmation, "{\"helpers\":[\"expert\"]}", "operator"));
        assertEquals(NEXT, formed.getInt("campaignYear"), formed.toString());
        assertEquals("bal-2", formed.getJsonObject("curatorSchool").getString("code"));
        assertEquals("MENTOR expert", helpers(formed));
        List<JsonObject> pairs = array(get(campaign(NEXT) + "/pairs", "operator")).getValuesAs(JsonObject.class);
        assertEquals(1, pairs.size(), pairs.toString());
        assertEquals("atk-1", pairs.get(0).getJsonObject("school").getString("code"));
        assertEquals("MENTOR expert", helpers(pairs.get(0)));
        JsonObject decided = carriedPairs("operator").get(0);
        assertEquals("CONFIRMED", decided.getString("state"), decided.toString());
        assertEquals("operator", decided.getString("decidedBy"));
        assertEquals("CONFIRMED", worksheet().get(atk1).getString("carriedPair"));

        String twice = "По паре школы «" + ATK_1 + "» уже принято решение.";
        refused(400, twice, post(confirmation, "{\"helpers\":[\"expert\"]}", "operator"));
        refused(400, twice, post(campaign(NEXT) + "/carried-pairs/" + carriedPair + "/drop",
                "{\"note\":\"Другая школа-куратор\"}", "operator"));
        refused(400, "У школы «" + ATK_1 + "» уже есть пара в этой кампании: сначала расформируйте пару, затем "
                        + "отметьте выход из программы.",
                post(campaign(NEXT) + "/rollover/schools/" + atk1 + "/leaving", "{\"reason\":\"RESULTS_IMPROVED\"}",
                        "operator"));
    }

    @Test
    @Order(6)
    void theUnfinishedMeasuresAreTakenOrDroppedBeforeTheNewRoadmapGoesToTheCurator() {
        assumeTrue(carriedPair != null, "atk-1 is not supported in 2035");
        JsonObject begun = ok(post("/roadmaps/school/" + atk1 + "?year=" + NEXT, "", "school"));
        roadmap2035 = begun.getJsonNumber("id").longValue();
        assertFalse(begun.getBoolean("archived"));
        assertEquals(List.of(), list(begun, "measures"));
        List<JsonObject> carried = list(begun, "carried");
        assertEquals(List.of("Педсовет по итогам ВПР PROPOSED", "Открытые уроки PROPOSED"),
                carried.stream().map(c -> c.getString("title") + " " + c.getString("state")).toList(),
                "the two measures neither done nor cancelled: " + begun);
        assertEquals("2033-10-31", carried.get(0).getString("due"), "last year's dates, to be renewed");
        long council = carried.get(0).getJsonNumber("id").longValue();
        long lessons = carried.get(1).getJsonNumber("id").longValue();
        String id = "/roadmaps/" + roadmap2035;
        JsonObject again = ok(post("/roadmaps/school/" + atk1 + "?year=" + NEXT, "", "school"));
        assertEquals(roadmap2035, again.getJsonNumber("id").longValue(), "begun once");
        assertEquals(2, list(again, "carried").size(), "carried once");

        // Nothing taken yet: it cannot go to the curator, for the carried measures (checked at the end).
        HttpResponse<String> tooEarly = post(id + "/submission", "", "school");

        String early = "Новые сроки перенесённого мероприятия должны быть в этом учебном году: начало и срок — не раньше"
                + " 01.09.2034.";
        refused(400, early, post(id + "/carried/" + council + "/take", "{\"due\":\"2034-08-31\"}", "school"));
        refused(400, early, post(id + "/carried/" + council + "/take",
                "{\"start\":\"2034-08-15\",\"due\":\"2034-10-30\"}", "school"));
        refused(400, "Новый срок перенесённого мероприятия должен быть в этом учебном году — не позже 31.08.2035.",
                post(id + "/carried/" + council + "/take", "{\"due\":\"2035-09-15\"}", "school"));
        assertEquals(403, post(id + "/carried/" + council + "/take", "{\"due\":\"2034-12-20\"}", "curator")
                .statusCode(), "the curator checks, the team keeps");
        JsonObject taken = ok(post(id + "/carried/" + council + "/take",
                "{\"start\":\"2034-09-15\",\"due\":\"2034-12-20\"}", "school"));
        List<JsonObject> measures = list(taken, "measures");
        assertEquals(1, measures.size(), taken.toString());
        assertEquals("Педсовет по итогам ВПР", measures.get(0).getString("title"));
        assertEquals("2034-09-15", measures.get(0).getString("start"));
        assertEquals("2034-12-20", measures.get(0).getString("due"));
        assertEquals("TAKEN", list(taken, "carried").get(0).getString("state"));
        refused(400, "По этому перенесённому мероприятию уже принято решение.",
                post(id + "/carried/" + council + "/take", "{\"due\":\"2035-01-20\"}", "school"));

        HttpResponse<String> waiting = post(id + "/submission", "", "school");
        assertEquals(400, waiting.statusCode(), waiting.body());
        String said = object(waiting).getString("message");
        assertTrue(said.startsWith("Мероприятия, перенесённые из прошлого года, ещё не разобраны (1): 2. ")
                && said.contains(list(taken, "carried").get(1).getString("title")), "names what waits: " + said);

        refused(400, "Напишите, почему мероприятие не переносится.",
                post(id + "/carried/" + lessons + "/drop", "{\"text\":\"   \"}", "school"));
        JsonObject dropped = ok(post(id + "/carried/" + lessons + "/drop",
                "{\"text\":\"Открытые уроки проведены в рамках методической недели\"}", "school"));
        JsonObject second = list(dropped, "carried").get(1);
        assertEquals("DROPPED", second.getString("state"), second.toString());
        assertEquals("Открытые уроки проведены в рамках методической недели", second.getString("note"));
        assertEquals(1, list(dropped, "measures").size(), "a dropped measure is not in the plan");

        assertEquals("SUBMITTED", ok(post(id + "/submission", "", "school")).getString("state"));
        JsonObject last = ok(get("/roadmaps/" + roadmap2034, "school"));
        assertEquals(3, list(last, "measures").size(), "last year's roadmap is as it was");

        // Checked last: the submission of a roadmap holding only carried measures, before anything was taken.
        assertEquals(400, tooEarly.statusCode(), "POST " + id + "/submission before any carried measure was taken: "
                + tooEarly.statusCode() + " «" + tooEarly.body() + "»");
        assertTrue(object(tooEarly).getString("message").length() > 0, tooEarly.body());
        assertEquals("roadmaps.error.carriedPending", object(tooEarly).getString("error"),
                "a roadmap whose only measures wait in the carried list is refused for them: " + tooEarly.body());
    }

    @Test
    @Order(7)
    void anotherRegionFindsNothingOfIt() {
        assumeTrue(rolledOver, "the rollover failed");
        assertEquals(403, get(campaign(NEXT) + "/rollover", "operator23").statusCode());
        assertEquals(403, get(campaign(NEXT) + "/rollover", "coordinator").statusCode(), "the operator's worksheet");
        assertEquals(403, get(campaign(NEXT) + "/carried-pairs", "operator23").statusCode());
        assertEquals(403, get(campaign(NEXT) + "/carried-pairs", "coordinator23").statusCode());
        assertEquals(403, post(campaign(NEXT) + "/rollover/schools/" + atk3 + "/leaving",
                "{\"reason\":\"CLOSED\"}", "operator23").statusCode());
        if (carriedPair != null) {
            assertEquals(403, post(campaign(NEXT) + "/carried-pairs/" + carriedPair + "/confirmation",
                    "{\"helpers\":[]}", "operator23").statusCode());
            assertEquals(403, post(campaign(NEXT) + "/carried-pairs/" + carriedPair + "/drop",
                    "{\"note\":\"Чужая пара\"}", "operator23").statusCode());
        }
        assertEquals(404, get("/regions/23/campaigns/" + NEXT + "/rollover", "operator23").statusCode(),
                "no campaign 2035 in region 23");
        assertEquals(404, post("/regions/23/campaigns/" + LAST + "/rollover", "", "operator23").statusCode(),
                "no campaign 2034 in region 23 to roll over");
        assertEquals(404, get("/regions/23/campaigns/" + NEXT + "/carried-pairs", "operator23").statusCode());
        assertEquals(404, get("/roadmaps/" + roadmap2034, "operator23").statusCode(), "another region's roadmap");
        if (roadmap2035 != null) {
            assertEquals(404, get("/roadmaps/" + roadmap2035, "operator23").statusCode());
            assertEquals(404, post("/roadmaps/" + roadmap2035 + "/carried/1/take", "{\"due\":\"2034-12-20\"}",
                    "coordinator23").statusCode());
        }
    }
}
