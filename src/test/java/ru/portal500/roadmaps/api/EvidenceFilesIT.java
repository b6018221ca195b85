package ru.portal500.roadmaps.api;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import ru.portal500.documents.SampleDocuments;
import ru.portal500.it.ApiTest;
import ru.portal500.it.Campaigns;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A measure's evidence as a file (issue 18): stored under the documents' rules, so a program named «.pdf», a web page
 * and an empty file are refused in words, nothing kept; a PDF with a script is kept as a document would be, named as
 * such (only ever downloaded); a real report is kept, counts as evidence
 * for reporting the measure done, and is downloaded (never shown inline) by whoever reads the roadmap, with its
 * Cyrillic name; another region's operator does not find it; forged ids are 404. A measure's responsible may be a
 * person of the school, by login (another person is refused by name). Campaign 2036.
 */
class EvidenceFilesIT extends ApiTest {

    private static final int YEAR = 2036;

    private HttpResponse<String> upload(long roadmap, long measure, String name, byte[] file, String user) {
        return api().upload("/roadmaps/" + roadmap + "/measures/" + measure + "/evidence/file?name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8), file, token(user));
    }

    private static List<JsonObject> evidence(JsonObject roadmap) {
        return roadmap.getJsonArray("measures").getJsonObject(0).getJsonArray("evidence")
                .getValuesAs(JsonObject.class);
    }

    @Test
    void aFileIsEvidenceUnderTheDocumentsRulesAndIsDownloadedByItsReaders() {
        Campaigns campaigns = new Campaigns(api());
        campaigns.plan(YEAR);
        campaigns.status(YEAR, "atk-1", "LOW_RESULTS");
        long school = Campaigns.schoolId("atk-1");
        long roadmap = object(api().post("/roadmaps/school/" + school + "?year=" + YEAR, "", token("school")))
                .getJsonNumber("id").longValue();
        JsonObject added = object(api().post("/roadmaps/" + roadmap + "/measures", "{\"title\":\"Педсовет по итогам"
                + " ВПР\",\"due\":\"" + (YEAR - 1) + "-11-30\",\"responsible\":\"Директор\"}", token("school")));
        long measure = added.getJsonArray("measures").getJsonObject(0).getJsonNumber("id").longValue();

        HttpResponse<String> program = upload(roadmap, measure, "протокол.pdf", SampleDocuments.windowsExecutable(),
                "school");
        assertEquals(400, program.statusCode(), program.body());
        assertTrue(program.body().contains("documents.error.notAccepted"), program.body());
        HttpResponse<String> page = upload(roadmap, measure, "протокол.docx", SampleDocuments.htmlWithScript(),
                "school");
        assertEquals(400, page.statusCode(), page.body());
        HttpResponse<String> empty = upload(roadmap, measure, "пусто.txt", new byte[0], "school");
        assertEquals(400, empty.statusCode(), empty.body());
        assertTrue(empty.body().contains("documents.error.empty"), empty.body());
        List<String> report = List.of("Протокол педагогического совета № 3.", "Присутствовали 24 педагога.");
        assertEquals(List.of(), evidence(object(api().get("/roadmaps/" + roadmap, token("school")))),
                "nothing kept of a refused file");
        HttpResponse<String> scripted = upload(roadmap, measure, "протокол-со-сценарием.pdf",
                SampleDocuments.pdfWithJavaScript(report), "school");
        assertEquals(201, scripted.statusCode(), "kept as a document would be: " + scripted.body());
        JsonObject active = evidence(object(scripted)).get(0);
        assertEquals(List.of("JAVASCRIPT"), active.getJsonArray("activeContent").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList(),
                "named as what it is: " + active);
        assertEquals(403, upload(roadmap, measure, "протокол.txt", SampleDocuments.text(report), "curator")
                .statusCode(), "the curator checks, the team gives the evidence");

        HttpResponse<String> kept = upload(roadmap, measure, "Протокол педсовета.txt", SampleDocuments.text(report),
                "school");
        assertEquals(201, kept.statusCode(), kept.body());
        JsonObject file = evidence(object(kept)).stream()
                .filter(e -> e.getString("fileName").equals("Протокол педсовета.txt")).findFirst().orElseThrow();
        assertEquals("Протокол педсовета.txt", file.getString("fileName"));
        long evidence = file.getJsonNumber("id").longValue();
        String path = "/roadmaps/" + roadmap + "/measures/" + measure + "/evidence/" + evidence + "/file";
        for (String reader : List.of("school", "curator", "coordinator", "operator")) {
            HttpResponse<String> download = api().get(path, token(reader));
            assertEquals(200, download.statusCode(), reader);
            assertTrue(download.body().contains("Присутствовали 24 педагога."), reader);
            String disposition = download.headers().firstValue("Content-Disposition").orElse("");
            assertTrue(disposition.startsWith("attachment") && disposition.contains("filename*=UTF-8''"),
                    disposition);
            assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        }
        assertEquals(404, api().get(path, token("operator23")).statusCode(), "another region does not find it");
        assertEquals(404, api().get("/roadmaps/" + roadmap + "/measures/" + measure + "/evidence/" + (evidence + 9999)
                + "/file", token("school")).statusCode(), "a forged id");

        HttpResponse<String> done = api().post("/roadmaps/" + roadmap + "/measures/" + measure + "/completion",
                "{\"doneOn\":\"" + java.time.LocalDate.now().minusDays(1) + "\",\"note\":\"Проведён\"}",
                token("school"));
        assertEquals(200, done.statusCode(), "the file is evidence enough: " + done.body());

        // The responsible of a measure may be a person of the school (its team, its curators), chosen by login.
        HttpResponse<String> stranger = api().post("/roadmaps/" + roadmap + "/measures", "{\"title\":\"Открытые уроки\","
                + "\"due\":\"" + (YEAR - 1) + "-12-20\",\"responsiblePerson\":\"expert\"}", token("school"));
        assertEquals(400, stranger.statusCode(), stranger.body());
        assertTrue(stranger.body().contains("«expert» — не участник этой дорожной карты"), stranger.body());
        JsonObject named = object(api().post("/roadmaps/" + roadmap + "/measures", "{\"title\":\"Открытые уроки\","
                + "\"due\":\"" + (YEAR - 1) + "-12-20\",\"responsiblePerson\":\"curator\"}", token("school")));
        JsonObject lessons = named.getJsonArray("measures").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("title").equals("Открытые уроки")).findFirst().orElseThrow();
        assertEquals("curator", lessons.getString("responsiblePerson"));
        assertTrue(lessons.getString("responsible").contains("Кураторов"), "the person's name: " + lessons);
    }
}
