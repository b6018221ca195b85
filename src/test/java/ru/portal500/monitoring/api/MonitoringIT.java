package ru.portal500.monitoring.api;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import ru.portal500.it.ApiTest;
import ru.portal500.it.Campaigns;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Monitoring on the real war (issue 18), campaign 2080 with three monitoring dates around today — one locked, one
 * open, one not yet open: atk-1's team enters its values (a value out of range refuses the whole entry), changes one
 * (kept with its story) and reports; after the lock it is refused until the coordinator grants an exception; the
 * dashboard shows the region's reporting, the entered mean and the measures done on time in red, per role; another
 * region sees nothing.
 */
class MonitoringIT extends ApiTest {

    private static final int YEAR = 2080;
    private static final LocalDate TODAY = LocalDate.now(ZoneId.systemDefault());
    private static final LocalDate LOCKED = TODAY.minusDays(10);
    private static final LocalDate OPEN = TODAY.plusDays(5);
    private static final LocalDate AHEAD = TODAY.plusDays(60);

    private JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return object(response);
    }

    private static String values(List<JsonObject> lines, String... codeValue) {
        StringBuilder json = new StringBuilder("{\"values\":{");
        for (int i = 0; i < codeValue.length; i += 2) {
            String code = codeValue[i];
            long id = lines.stream().filter(l -> l.getString("code").equals(code)).findFirst().orElseThrow()
                    .getJsonNumber("indicatorId").longValue();
            json.append(i == 0 ? "" : ",").append('"').append(id).append("\":\"").append(codeValue[i + 1]).append('"');
        }
        return json.append("}}").toString();
    }

    private static JsonObject line(JsonObject sheet, String code) {
        return sheet.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("code").equals(code)).findFirst().orElseThrow();
    }

    private static JsonObject indicator(JsonObject dashboard, String code) {
        return dashboard.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("code").equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aSchoolReportsInTheWindowLateOnlyUnderAnExceptionAndTheDashboardCountsIt() {
        HttpResponse<String> planned = api().post("/regions/64/campaigns", "{\"schoolYear\":" + YEAR
                + ",\"name\":\"500+ мониторинг\",\"monitoringDates\":[\"" + LOCKED + "\",\"" + OPEN + "\",\"" + AHEAD
                + "\"]}", token("operator"));
        assertEquals(201, planned.statusCode(), planned.body());
        Campaigns campaigns = new Campaigns(api());
        campaigns.status(YEAR, "atk-1", "LOW_RESULTS");
        campaigns.status(YEAR, "atk-3", "LOW_RESULTS");
        long atk1 = Campaigns.schoolId("atk-1");
        long atk3 = Campaigns.schoolId("atk-3");
        String school = "/monitoring/schools/" + atk1 + "?year=" + YEAR;

        // The indicators: the seeds' built in, read by the region, set by its operators only.
        List<JsonObject> indicators = array(api().get("/monitoring/regions/64/indicators", token("school")))
                .getValuesAs(JsonObject.class);
        assertEquals(14, indicators.size(), indicators.toString());
        JsonObject quality = indicators.stream().filter(i -> i.getString("code").equals("KNOWLEDGE_QUALITY"))
                .findFirst().orElseThrow();
        String redefine = "/monitoring/regions/64/indicators/" + quality.getJsonNumber("id");
        assertEquals(403, api().put(redefine, "{\"title\":\"Качество знаний\",\"unit\":\"PERCENT\",\"target\":\"55\","
                + "\"warning\":\"45\",\"direction\":\"HIGHER_IS_BETTER\"}", token("school")).statusCode());
        HttpResponse<String> beyond = api().put(redefine, "{\"title\":\"Качество знаний\",\"target\":\"55\","
                + "\"warning\":\"60\",\"direction\":\"HIGHER_IS_BETTER\"}", token("operator"));
        assertEquals(400, beyond.statusCode(), beyond.body());
        assertTrue(object(beyond).getString("message").contains("Порог предупреждения"), beyond.body());
        assertEquals("55.00", ok(api().put(redefine, "{\"title\":\"Качество знаний\",\"target\":\"55\",\"warning\":"
                + "\"45\",\"direction\":\"HIGHER_IS_BETTER\",\"source\":\"Приказ\"}", token("operator")))
                .getJsonNumber("target").bigDecimalValue().setScale(2).toPlainString());
        assertEquals(403, api().get("/monitoring/regions/64/indicators", token("operator23")).statusCode());

        // The open date by default; who may read and enter.
        JsonObject sheet = ok(api().get(school, token("school")));
        assertEquals(OPEN.toString(), sheet.getString("date"));
        assertEquals("OPEN", sheet.getString("phase"));
        assertTrue(sheet.getBoolean("mayReportNow"));
        List<JsonObject> lines = sheet.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertEquals(5, lines.size(), "the five entered indicators of the seeds");
        assertEquals(200, api().get(school, token("curator")).statusCode());
        assertEquals(403, api().get(school, token("expert")).statusCode());
        assertEquals(404, api().get(school, token("coordinator23")).statusCode());

        // A value out of range refuses the whole entry; nothing is kept.
        HttpResponse<String> tooMuch = api().put(school.replace("?", "/values?"), values(lines,
                "SUCCESS_RATE", "98", "KNOWLEDGE_QUALITY", "120"), token("school"));
        assertEquals(400, tooMuch.statusCode(), tooMuch.body());
        assertTrue(object(tooMuch).getString("message").contains("120 — не процент"), tooMuch.body());
        JsonObject untouched = line(ok(api().get(school, token("school"))), "SUCCESS_RATE");
        assertTrue(!untouched.containsKey("value") || untouched.isNull("value"), "nothing kept: " + untouched);
        assertEquals(403, api().put(school.replace("?", "/values?"), values(lines, "SUCCESS_RATE", "98"),
                token("curator")).statusCode(), "the school's team enters, the curator reads");
        HttpResponse<String> early = api().post(school.replace("?", "/report?"), "", token("school"));
        assertEquals(400, early.statusCode());
        assertTrue(object(early).getString("message").contains("Не заполнены показатели"), early.body());

        ok(api().put(school.replace("?", "/values?"), values(lines, "KNOWLEDGE_QUALITY", "42,5", "SUCCESS_RATE",
                "97", "FUNCTIONAL_LITERACY", "38", "MODERN_TECHNOLOGIES", "61", "MENTORS_INVOLVED", "2"),
                token("school")));
        JsonObject changed = ok(api().put(school.replace("?", "/values?"), values(lines, "KNOWLEDGE_QUALITY", "44"),
                token("school")));
        JsonObject knowledge = line(changed, "KNOWLEDGE_QUALITY");
        assertEquals(0, knowledge.getJsonNumber("value").bigDecimalValue().compareTo(new java.math.BigDecimal("44")));
        assertEquals(2, knowledge.getJsonArray("changes").size(), "the first entry and the change, each kept");
        JsonObject cleared = line(ok(api().put(school.replace("?", "/values?"), values(lines, "MENTORS_INVOLVED", ""),
                token("school"))), "MENTORS_INVOLVED");
        assertTrue(!cleared.containsKey("value") || cleared.isNull("value"), "a wrong figure taken back: " + cleared);
        assertEquals(2, cleared.getJsonArray("changes").size(), "the entry and its taking back, both kept");
        HttpResponse<String> missing = api().post(school.replace("?", "/report?"), "", token("school"));
        assertEquals(400, missing.statusCode(), "a report with a value taken back is incomplete");
        ok(api().put(school.replace("?", "/values?"), values(lines, "MENTORS_INVOLVED", "2"), token("school")));
        JsonObject reported = ok(api().post(school.replace("?", "/report?"), "", token("school")));
        assertTrue(reported.getBoolean("reportedOnTime"));
        assertEquals(400, api().post(school.replace("?", "/report?"), "", token("school")).statusCode(),
                "reported once");

        // After the lock: refused until the coordinator grants an exception with a reason and a day.
        String late = "/monitoring/schools/" + atk1 + "?year=" + YEAR + "&date=" + LOCKED;
        HttpResponse<String> locked = api().put(late.replace("?", "/values?"), values(lines, "SUCCESS_RATE", "95"),
                token("school"));
        assertEquals(400, locked.statusCode());
        assertTrue(object(locked).getString("message").contains("закрыт"), locked.body());
        assertEquals(403, api().post(late.replace("?", "/exception?"), "{\"until\":\"" + TODAY.plusDays(3)
                + "\",\"reason\":\"Болезнь\"}", token("school")).statusCode());
        assertEquals(400, api().post(late.replace("?", "/exception-request?"), "{\"until\":\"" + TODAY.plusDays(3)
                + "\",\"reason\":\" \"}", token("school")).statusCode(), "a request says why");
        JsonObject asked = ok(api().post(late.replace("?", "/exception-request?"), "{\"until\":\"" + TODAY.plusDays(3)
                + "\",\"reason\":\"Данные ВПР пришли после даты\"}", token("school")));
        assertTrue(asked.getJsonObject("extension").getBoolean("askedFor"), asked.toString());
        assertFalse(asked.getBoolean("mayReportNow"), "asked for is not granted");
        JsonObject askedWork = ok(api().get("/me/work", token("coordinator"))).getJsonArray("groups")
                .getValuesAs(JsonObject.class).stream().filter(g -> g.getString("kind").equals("monitoring.exceptions"))
                .findFirst().orElseThrow(() -> new AssertionError("the coordinator's work lists the request"));
        assertTrue(askedWork.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(i -> i.getString("link").contains("school=" + atk1 + "&campaign=" + YEAR)), askedWork.toString());
        assertTrue(texts("coordinator").stream().anyMatch(t -> t.contains("просит исключение")),
                "the coordinator is told of the request: " + texts("coordinator"));
        assertEquals(400, api().post(late.replace("?", "/exception?"), "{\"until\":\"" + TODAY.plusDays(3)
                + "\",\"reason\":\" \"}", token("coordinator")).statusCode(), "a reason is needed");
        assertEquals(400, api().post(late.replace("?", "/exception?"), "{\"until\":\"" + LOCKED
                + "\",\"reason\":\"Болезнь\"}", token("coordinator")).statusCode(), "until a day after the date");
        JsonObject granted = ok(api().post(late.replace("?", "/exception?"), "{\"until\":\"" + TODAY.plusDays(3)
                + "\",\"reason\":\"Директор на больничном\"}", token("coordinator")));
        assertEquals("Директор на больничном", granted.getJsonObject("extension").getString("reason"));
        assertTrue(texts("school").stream().anyMatch(t -> t.startsWith("Исключение: отчёт к дате мониторинга")
                && t.contains("Директор на больничном")), "the team is told of the exception: " + texts("school"));
        assertFalse(granted.getJsonObject("extension").getBoolean("askedFor"), "granted since it was asked for");
        JsonObject lateValues = ok(api().put(late.replace("?", "/values?"), values(lines, "KNOWLEDGE_QUALITY", "40",
                "SUCCESS_RATE", "95", "FUNCTIONAL_LITERACY", "35", "MODERN_TECHNOLOGIES", "60", "MENTORS_INVOLVED",
                "1"), token("school")));
        assertTrue(line(lateValues, "SUCCESS_RATE").getBoolean("underException"));
        assertFalse(ok(api().post(late.replace("?", "/report?"), "", token("school"))).getBoolean("reportedOnTime"));
        HttpResponse<String> ahead = api().put(("/monitoring/schools/" + atk1 + "?year=" + YEAR + "&date=" + AHEAD)
                .replace("?", "/values?"), values(lines, "SUCCESS_RATE", "95"), token("school"));
        assertEquals(400, ahead.statusCode());
        assertTrue(object(ahead).getString("message").contains("принимается с"), ahead.body());

        // Measures: one done on time, one overdue, at the locked date.
        long roadmap = ok(api().post("/roadmaps/school/" + atk1 + "?year=" + YEAR, "", token("school")))
                .getJsonNumber("id").longValue();
        api().post("/roadmaps/" + roadmap + "/measures", "{\"title\":\"Педсовет\",\"due\":\"" + TODAY.minusDays(20)
                + "\",\"responsible\":\"Директор\"}", token("school"));
        JsonObject two = object(api().post("/roadmaps/" + roadmap + "/measures", "{\"title\":\"Семинар\",\"due\":\""
                + TODAY.minusDays(15) + "\",\"responsible\":\"Директор\"}", token("school")));
        long first = two.getJsonArray("measures").getJsonObject(0).getJsonNumber("id").longValue();
        String measure = "/roadmaps/" + roadmap + "/measures/" + first;
        ok(api().post(measure + "/evidence", "{\"link\":\"https://atk1.example.ru/pedsovet\"}", token("school")));
        ok(api().post(measure + "/completion", "{\"doneOn\":\"" + TODAY.minusDays(25) + "\"}", token("school")));
        ok(api().post(measure + "/completion/confirmation", "", token("curator")));

        // The dashboard per role.
        String dashboard = "/monitoring/regions/64/dashboard?year=" + YEAR;
        JsonObject region = ok(api().get(dashboard + "&date=" + LOCKED, token("operator")));
        assertEquals("REGION", region.getString("level"));
        JsonObject onTime = indicator(region, "MEASURES_ON_TIME");
        assertEquals(0, onTime.getJsonNumber("value").bigDecimalValue().compareTo(new java.math.BigDecimal("50")),
                onTime.toString());
        assertEquals("RED", onTime.getString("light"));
        JsonObject reportedShare = indicator(region, "SCHOOLS_REPORTED");
        assertEquals(0, reportedShare.getJsonNumber("value").bigDecimalValue().compareTo(new java.math.BigDecimal("50")));
        JsonObject approved = indicator(region, "APPROVED_DOCUMENTS");
        assertTrue(approved.getBoolean("computed"), approved.toString());
        assertEquals(0, approved.getJsonNumber("value").bigDecimalValue().signum(), "no programme approved in 2080");
        // Approved now: counted at the date to come, not at the date passed before they were (as they stood then).
        Campaigns documents = new Campaigns(api());
        long concept = documents.submittedConcept(YEAR, "atk-1", "school", "Концепция развития СОШ № 1 на 2079/80.");
        HttpResponse<String> programme = api().upload("/regions/64/campaigns/" + YEAR + "/schools/atkarsky/atk-1"
                + "/documents/MEDIUM_TERM_PROGRAMME/versions?name=" + java.net.URLEncoder.encode("Программа.txt",
                java.nio.charset.StandardCharsets.UTF_8), "Среднесрочная программа развития СОШ № 1."
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), token("school"));
        assertEquals(201, programme.statusCode(), programme.body());
        long medium = object(programme).getJsonNumber("document").longValue();
        ok(api().post("/documents/" + medium + "/submission", "", token("school")));
        for (long document : List.of(concept, medium)) {
            ok(api().post("/documents/" + document + "/approval", "", token("curator")));
        }
        assertEquals(0, indicator(ok(api().get(dashboard + "&date=" + LOCKED, token("operator"))), "APPROVED_DOCUMENTS")
                .getJsonNumber("value").bigDecimalValue().signum(), "not approved yet at the date passed");
        assertEquals(0, indicator(ok(api().get(dashboard + "&date=" + OPEN, token("operator"))), "APPROVED_DOCUMENTS")
                .getJsonNumber("value").bigDecimalValue().compareTo(new java.math.BigDecimal("50")),
                "atk-1's, one of two schools, at the date to come");
        JsonObject entries = indicator(region, "CONTEST_ENTRIES");
        assertTrue(entries.getBoolean("computed") && entries.getJsonNumber("value").intValue() == 0, entries.toString());
        assertTrue(indicator(region, "UNSATISFACTORY_RESULTS").getBoolean("computed"));
        JsonObject conforming = indicator(region, "CONFORMING_AT_EXPERTISE");
        assertTrue(conforming.getBoolean("computed") && (!conforming.containsKey("value") || conforming.isNull("value")),
                "computed, but no document of 2080 was judged: no value, not 0 %: " + conforming);
        JsonObject total = region.getJsonObject("total");
        assertEquals(2, total.getInt("expected"));
        assertEquals(1, total.getInt("reported"));
        assertEquals(0, total.getInt("onTime"), "atk-1 reported at the locked date under its exception");
        assertEquals(1, total.getInt("overdue"));
        JsonObject atOpen = ok(api().get(dashboard + "&date=" + OPEN, token("operator")));
        assertEquals(0, indicator(atOpen, "KNOWLEDGE_QUALITY").getJsonNumber("value").bigDecimalValue()
                .compareTo(new java.math.BigDecimal("44")));
        assertEquals(3, indicator(atOpen, "KNOWLEDGE_QUALITY").getJsonArray("trend").size());
        assertEquals(1, atOpen.getJsonObject("total").getInt("onTime"));
        String atkarsky = municipality(region);
        assertEquals(403, api().get(dashboard, token("coordinator")).statusCode(), "the region's view is its operators'");
        JsonObject municipal = ok(api().get(dashboard + "&municipality=" + atkarsky, token("coordinator")));
        assertEquals("MUNICIPALITY", municipal.getString("level"));
        assertEquals(2, municipal.getJsonArray("places").size(), "atk-1 and atk-3");
        String report = "/monitoring/regions/64/report?year=" + YEAR + "&date=" + LOCKED + "&format=xlsx";
        HttpResponse<String> municipalReport = api().get(report + "&municipality=" + atkarsky, token("coordinator"));
        assertEquals(200, municipalReport.statusCode(), "the coordinator's own municipality's report");
        assertTrue(municipalReport.headers().firstValue("Content-Disposition").orElse("")
                .contains("monitoring-64-" + atkarsky + "-" + LOCKED + ".xlsx"), municipalReport.headers().toString());
        assertEquals(403, api().get(report, token("coordinator")).statusCode(), "the region's report is its operators'");
        assertTrue(List.of(403, 404).contains(api().get(report + "&municipality=" + atkarsky, token("coordinator23"))
                .statusCode()));
        assertEquals(200, api().get(dashboard + "&school=" + atk1, token("school")).statusCode());
        assertEquals(404, api().get(dashboard + "&school=" + atk3, token("school")).statusCode(),
                "another school is not atk-1's team's to see");
        assertTrue(List.of(403, 404).contains(api().get(dashboard, token("operator23")).statusCode()));

        // Reminders, sent now by the region's operator (or by the hourly run, whichever comes first), each once: atk-3's
        // team (the curator) is told its report for the locked date is missed, Аткарский's coordinator that a school
        // did not report (10 days after, the region escalates after 7); by mail only in the daily digest.
        assertEquals(403, api().post("/monitoring/regions/64/reminders", "", token("coordinator")).statusCode());
        ok(api().post("/monitoring/regions/64/reminders", "", token("operator")));
        ok(api().post("/monitoring/regions/64/reminders", "", token("operator")));
        String day = LOCKED.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        String atk3Name = municipal.getJsonArray("places").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonNumber("id").longValue() == atk3).findFirst().orElseThrow().getString("name");
        String missed = "Отчёт к дате мониторинга " + day + " не отправлен (" + atk3Name + ")";
        assertEquals(1, texts("curator").stream().filter(t -> t.startsWith(missed)).count(),
                "told once, however often the reminders run: " + texts("curator"));
        assertEquals(1, texts("coordinator").stream().filter(t -> t.contains("не отчитались к дате мониторинга " + day))
                .count(), texts("coordinator").toString());
        assertEquals(List.of("DIGEST"), mailStates("/app/monitoring-report.xhtml?school=" + atk3 + "&campaign=" + YEAR
                + "&date=" + LOCKED), "its mail waits for the daily digest");

        // The federal reader of aggregates: every region's counts and shares at its latest date passed, no school.
        String federal = "/monitoring/federal?year=" + YEAR;
        assertEquals(403, api().get(federal, token("operator")).statusCode(), "the roll-up is the federal reader's");
        HttpResponse<String> read = api().get(federal, token("federal"));
        JsonObject rollUp = ok(read);
        JsonObject saratov = rollUp.getJsonArray("regions").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("region").equals("64")).findFirst().orElseThrow();
        assertEquals(LOCKED.toString(), saratov.getString("date"), "the latest date passed");
        assertEquals(2, saratov.getJsonObject("reporting").getInt("expected"));
        assertEquals(1, saratov.getJsonObject("reporting").getInt("reported"));
        assertEquals(1, saratov.getJsonObject("reporting").getInt("overdue"));
        assertTrue(saratov.getJsonArray("figures").getValuesAs(JsonObject.class).stream()
                .anyMatch(f -> f.getString("code").equals("MEASURES_ON_TIME") && f.getString("light").equals("RED")));
        JsonObject atkarskyLine = saratov.getJsonArray("municipalities").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("name").contains("Аткар")).findFirst().orElseThrow();
        assertEquals(2, atkarskyLine.getJsonObject("reporting").getInt("expected"));
        assertTrue(rollUp.getJsonArray("regionsWithout").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(c -> c.getString().equals("23")), "Краснодарский край has no campaign of " + YEAR);
        municipal.getJsonArray("places").getValuesAs(JsonObject.class).forEach(place -> assertFalse(
                read.body().contains(place.getString("name")), "no school's name: " + place.getString("name")));
        assertEquals(404, api().get(dashboard, token("federal")).statusCode(), "no region's own dashboard: its campaign"
                + " is not in the federal reader's scope");
        assertEquals(404, api().get(dashboard + "&school=" + atk1, token("federal")).statusCode());
        assertEquals(404, api().get("/monitoring/schools/" + atk1 + "?year=" + YEAR, token("federal")).statusCode(),
                "no school's report");
        assertEquals(404, api().get("/schools/" + atk1, token("federal")).statusCode());
    }

    private static String municipality(JsonObject region) {
        return region.getJsonArray("places").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("name").contains("Аткар")).map(p -> p.getJsonNumber("id").toString())
                .collect(Collectors.joining());
    }

    /** The texts of the person's notifications, newest first. */
    private List<String> texts(String user) {
        return jakarta.json.Json.createReader(new java.io.StringReader(api().get("/notifications", token(user)).body()))
                .readArray().getValuesAs(JsonObject.class).stream().map(n -> n.getString("text")).toList();
    }

    /** The mail states of the curator's notifications with this link (as written in the database). */
    private static List<String> mailStates(String link) {
        try (java.sql.Connection c = new org.mariadb.jdbc.MariaDbDataSource(ru.portal500.it.TestInfrastructure.database()
                .jdbcUrl("portal")).getConnection("root", "");
             java.sql.PreparedStatement s = c.prepareStatement("select mail_state from notification where link = ?"
                     + " and recipient = 'curator'")) {
            s.setString(1, link);
            List<String> states = new java.util.ArrayList<>();
            try (java.sql.ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    states.add(rows.getString(1));
                }
            }
            return states;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
