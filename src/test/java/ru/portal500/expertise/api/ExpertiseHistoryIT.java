package ru.portal500.expertise.api;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import ru.portal500.it.ApiTest;
import ru.portal500.it.Campaigns;
import ru.portal500.it.KeycloakTokens;
import ru.portal500.it.PortalDeployment;
import ru.portal500.it.RealmAdmin;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An expertise round's history through the API on the real war: the organiser changes a round (settings, the
 * automatic assignment, a declared conflict, a document sent back, closing) and downloads who did what and when as
 * CSV in their language, with the round's own rights; an expert's home organisation from their person record keeps
 * them from their own school's and, in a round for other municipalities only, their own municipality's documents.
 * Campaigns 2037–2038; the people it makes are named {@code hist-…}.
 */
class ExpertiseHistoryIT extends ApiTest {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    private long submittedConcept(int year, String school, String user) {
        HttpResponse<String> uploaded = api().upload("/regions/64/campaigns/" + year + "/schools/atkarsky/" + school
                + "/documents/CONCEPT/versions?name=" + URLEncoder.encode("Концепция.txt", StandardCharsets.UTF_8),
                ("Концепция развития " + year).getBytes(StandardCharsets.UTF_8), token(user));
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        long id = object(uploaded).getJsonNumber("document").longValue();
        HttpResponse<String> submitted = api().post("/documents/" + id + "/submission", "", token(user));
        assertEquals(200, submitted.statusCode(), submitted.body());
        return id;
    }

    private long conceptChecklist() {
        HttpResponse<String> list = api().get("/regions/64/checklists", token("operator"));
        assertEquals(200, list.statusCode(), list.body());
        return array(list).getValuesAs(JsonObject.class).stream().filter(c -> c.getString("code").equals("CONCEPT"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private long round(int year, boolean otherMunicipality) {
        HttpResponse<String> created = api().post("/regions/64/campaigns/" + year + "/expertise/rounds",
                "{\"kind\":\"REGIONAL\",\"title\":\"Экспертиза концепций " + year + "\",\"checklist\":"
                        + conceptChecklist() + ",\"reviewsPerDocument\":1,\"otherMunicipality\":" + otherMunicipality
                        + ",\"due\":\"" + LocalDate.now().plusDays(30) + "\"}", token("operator"));
        assertEquals(201, created.statusCode(), created.body());
        return object(created).getJsonNumber("id").longValue();
    }

    /** A download: its status and its text. */
    private record Download(int status, String body) {
    }

    /** The round's history as the user downloads it, in the language asked for (none: the portal's Russian). */
    private Download history(long round, String user, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PortalDeployment.localUrl(base)
                        + "/api/expertise/rounds/" + round + "/history.csv"))
                .header("Authorization", "Bearer " + token(user));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() == 200) {
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
            assertTrue(response.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        }
        return new Download(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
    }

    @Test
    void theOrganiserDownloadsWhoChangedTheRoundAndWhenInTheirLanguage() throws Exception {
        int year = 2037;
        new Campaigns(api()).plan(year);
        new Campaigns(api()).status(year, "atk-1", "LOW_RESULTS");
        long document = submittedConcept(year, "atk-1", "school");
        long round = round(year, false);

        JsonObject read = object(api().get("/expertise/rounds/" + round, token("operator"))).getJsonObject("round");
        LocalDate due = LocalDate.now().plusDays(45);
        HttpResponse<String> changed = api().put("/expertise/rounds/" + round, "{\"reviewsPerDocument\":1,\"due\":\""
                + due + "\",\"version\":" + read.getJsonNumber("version") + "}", token("operator"));
        assertEquals(200, changed.statusCode(), changed.body());
        HttpResponse<String> assigned = api().post("/expertise/rounds/" + round + "/assignment", "", token("operator"));
        assertEquals(201, assigned.statusCode(), assigned.body());
        long review = array(assigned).getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals("expert", array(assigned).getJsonObject(0).getString("reviewer"),
                "the region's one expert: " + assigned.body());
        HttpResponse<String> conflict = api().post("/expertise/reviews/" + review + "/conflict",
                "{\"reason\":\"Работала в этой школе пять лет назад\"}", token("expert"));
        assertEquals(200, conflict.statusCode(), conflict.body());
        assertEquals(204, api().post("/expertise/rounds/" + round + "/documents/" + document + "/return",
                "{\"comment\":\"Доработать до новой экспертизы\"}", token("operator")).statusCode());
        assertEquals(200, api().post("/expertise/rounds/" + round + "/closure", "", token("operator")).statusCode());

        Download russian = history(round, "operator", null);
        assertEquals(200, russian.status(), russian.body());
        List<String> lines = russian.body().lines().toList();
        assertTrue(lines.get(0).startsWith("\uFEFFВремя"), lines.get(0));
        assertEquals(8, lines.size(), "a heading and seven changes: " + russian.body());
        List<String> expected = List.of(
                ";operator;Экспертиза концепций 2037;Раунд создан;;Региональная;",
                ";Выбран чек-лист;;версия ",
                ";operator;Срок;Изменена настройка раунда;",
                "Аткарска»);Рецензент назначен автоматически;;Елена Экспертова (expert);",
                ";expert;Концепция развития (МБОУ «СОШ № 1 г. Аткарска»);Заявлен конфликт интересов;"
                        + "Елена Экспертова (expert);;Работала в этой школе пять лет назад",
                ";operator;Концепция развития (МБОУ «СОШ № 1 г. Аткарска»);Документ возвращён школе на доработку;;;"
                        + "Доработать до новой экспертизы",
                ";operator;Экспертиза концепций 2037;Раунд завершён;Идёт;Завершена;");
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(lines.get(i + 1).contains(expected.get(i)), "line " + (i + 1) + ": " + lines.get(i + 1)
                    + "\nexpected to contain: " + expected.get(i));
        }

        Download english = history(round, "operator", "en");
        assertEquals(200, english.status());
        assertTrue(english.body().contains(";Round created;") && english.body().contains(";Due date;")
                && english.body().contains(";Reviewer assigned automatically;")
                && english.body().contains(";Conflict of interest declared;"), english.body());
        for (String code : List.of("REGIONAL", "CREATED", "ASSIGNED_AUTOMATICALLY", "CONFLICT", "DUE", "CLOSED")) {
            assertFalse(english.body().contains(code), "no code " + code + " in " + english.body());
        }

        assertEquals(403, api().get("/expertise/rounds/" + round, token("coordinator")).statusCode());
        assertEquals(403, history(round, "coordinator", null).status(), "the round's rights: a coordinator does not"
                + " organise a regional round");
        assertEquals(404, history(round, "operator23", null).status(), "another region's round is not found");
        assertEquals(404, history(999_999_999L, "operator", null).status());
    }

    @Test
    void anExpertsHomeOrganisationKeepsThemFromTheirOwnSchoolAndMunicipality() {
        int year = 2038;
        String expert = "hist-expert-" + RUN;
        RealmAdmin.createUser(expert, "Елена", "Домашняя");
        String grant = "{\"username\":\"" + expert + "\",\"role\":\"expert\",\"scope\":\"/64\"}";
        assertEquals(204, api().post("/grants", grant, token("operator")).statusCode());
        try {
            assertEquals(200, api().get("/me/profile", token(expert)).statusCode(), "the record is made");
            HttpResponse<String> home = api().put("/people/" + expert + "/home", "{\"home\":\"/64/atkarsky/atk-1\"}",
                    token("operator"));
            assertEquals(200, home.statusCode(), home.body());
            Campaigns campaigns = new Campaigns(api());
            campaigns.plan(year);
            campaigns.status(year, "atk-1", "LOW_RESULTS");
            long document = submittedConcept(year, "atk-1", "school");

            long sameSchool = round(year, false);
            HttpResponse<String> byHand = api().post("/expertise/rounds/" + sameSchool + "/reviews",
                    "{\"document\":" + document + ",\"expert\":\"" + expert + "\"}", token("operator"));
            assertEquals(400, byHand.statusCode(), "their home school's document: " + byHand.body());
            assertTrue(object(byHand).getString("message").contains("Конфликт интересов"), byHand.body());
            HttpResponse<String> automatic = api().post("/expertise/rounds/" + sameSchool + "/assignment", "",
                    token("operator"));
            assertEquals(201, automatic.statusCode(), automatic.body());
            assertEquals("expert", array(automatic).getJsonObject(0).getString("reviewer"),
                    "the automatic assignment gives it to the other expert");
            long review = array(automatic).getJsonObject(0).getJsonNumber("id").longValue();
            HttpResponse<String> declared = api().post("/expertise/reviews/" + review + "/conflict",
                    "{\"reason\":\"Родственница работает в школе\"}", token("expert"));
            assertEquals(200, declared.statusCode(), declared.body());
            HttpResponse<String> reviews = api().get("/expertise/rounds/" + sameSchool + "/reviews", token("operator"));
            assertEquals(200, reviews.statusCode(), reviews.body());
            assertFalse(array(reviews).getValuesAs(JsonObject.class).stream()
                            .anyMatch(r -> r.getString("reviewer").equals(expert)),
                    "the replacement, chosen while the declining expert asks, still knows the other expert's home "
                            + "school: " + reviews.body());

            home = api().put("/people/" + expert + "/home", "{\"home\":\"/64/atkarsky\"}", token("operator"));
            assertEquals(200, home.statusCode(), home.body());
            long otherMunicipalities = round(year, true);
            HttpResponse<String> ownMunicipality = api().post("/expertise/rounds/" + otherMunicipalities + "/reviews",
                    "{\"document\":" + document + ",\"expert\":\"" + expert + "\"}", token("operator"));
            assertEquals(400, ownMunicipality.statusCode(), "their own municipality in a round for others only: "
                    + ownMunicipality.body());
            long anyMunicipality = round(year, false);
            HttpResponse<String> allowed = api().post("/expertise/rounds/" + anyMunicipality + "/reviews",
                    "{\"document\":" + document + ",\"expert\":\"" + expert + "\"}", token("operator"));
            assertEquals(201, allowed.statusCode(), "their municipality where the round allows it: " + allowed.body());
        } finally {
            HttpResponse<String> revoked = api().delete("/grants", grant, token("operator"));
            assertEquals(204, revoked.statusCode(), "the region keeps its one expert for the other tests: "
                    + revoked.body());
        }
    }
}
