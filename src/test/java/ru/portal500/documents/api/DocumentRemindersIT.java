package ru.portal500.documents.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import ru.portal500.it.ApiTest;
import ru.portal500.it.Campaigns;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reminders of documents owed (issue 18, item 7): in a campaign whose documents are due in two days, atk-1's team is
 * reminded of each document it has not sent for checking — once, however often the reminders run — and of none it
 * has sent; the mail waits for the daily digest. Campaign 2029 (school year 2028/29; the text «2029» elsewhere in
 * the tests is a results year, not a campaign).
 */
class DocumentRemindersIT extends ApiTest {

    private static final int YEAR = 2029;

    private List<JsonObject> notifications(String user) {
        return Json.createReader(new StringReader(api().get("/notifications", token(user)).body())).readArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("link", "").contains("campaign=" + YEAR)).toList();
    }

    @Test
    void theTeamIsRemindedOnceOfEachDocumentItHasNotSent() {
        LocalDate due = LocalDate.now(java.time.ZoneId.of("Europe/Moscow")).plusDays(2);
        HttpResponse<String> planned = api().post("/regions/64/campaigns", "{\"schoolYear\":" + YEAR + ",\"name\":"
                + "\"500+ 2028/29\",\"documentsDue\":\"" + due + "\"}", token("operator"));
        assertEquals(201, planned.statusCode(), planned.body());
        new Campaigns(api()).status(YEAR, "atk-1", "LOW_RESULTS");
        HttpResponse<String> uploaded = api().upload("/regions/64/campaigns/" + YEAR + "/schools/atkarsky/atk-1"
                + "/documents/CONCEPT/versions?name=" + URLEncoder.encode("Концепция.txt", StandardCharsets.UTF_8),
                "Концепция развития школы на 2028/29 учебный год.".getBytes(StandardCharsets.UTF_8), token("school"));
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        long concept = object(uploaded).getJsonNumber("document").longValue();
        assertEquals(200, api().post("/documents/" + concept + "/submission", "", token("school")).statusCode());

        assertEquals(403, api().post("/monitoring/regions/64/reminders", "", token("coordinator")).statusCode());
        JsonObject sent = object(api().post("/monitoring/regions/64/reminders", "", token("operator")));
        assertTrue(sent.getInt("documents") >= 1, sent.toString());
        assertEquals(0, object(api().post("/monitoring/regions/64/reminders", "", token("operator")))
                .getInt("documents"), "each reminder once");

        List<String> texts = notifications("school").stream().map(n -> n.getString("text")).toList();
        String day = due.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Срок документа «Среднесрочная программа") && t.contains(day)),
                texts.toString());
        assertTrue(texts.stream().noneMatch(t -> t.contains("«Концепция")), "the concept is sent already: " + texts);
        assertEquals(texts.size(), texts.stream().distinct().count(), "no reminder twice: " + texts);
        assertTrue(notifications("coordinator").isEmpty(), "not escalated before the date");
    }
}
