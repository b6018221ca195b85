package ru.portal500.documents.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.it.BrowserTest;
import ru.portal500.it.Campaigns;
import ru.portal500.it.KeycloakTokens;
import ru.portal500.it.PortalApi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A school's concept through the whole check on the real war, MariaDB, file store and Tika: upload,
 * extraction after the commit, submission, return with a comment, a second version, approval, download
 * with the Cyrillic name, the diff, the history; refusals of bad files, forged ids and other schools; the
 * board and the curator's queue in the browser. Campaign years 2071–2072 belong to this class.
 */
class DocumentsIT extends BrowserTest {

    private static final String ATK1 = "/regions/64/campaigns/2071/schools/atkarsky/atk-1/documents";

    private PortalApi api() {
        return new PortalApi(base);
    }

    private static String token(String user) {
        return KeycloakTokens.accessToken(user);
    }

    private static JsonObject object(HttpResponse<String> response) {
        return PortalApi.json(response).asJsonObject();
    }

    private void campaign(int year) {
        Campaigns campaigns = new Campaigns(api());
        campaigns.plan(year);
        campaigns.status(year, "atk-1", "LOW_RESULTS");
    }

    static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String text : paragraphs) {
                document.createParagraph().createRun().setText(text);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    private HttpResponse<String> upload(String path, String name, byte[] file, String user) {
        return api().upload(path + "?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8), file, token(user));
    }

    private JsonObject awaitExtraction(long document, int version) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(until)) {
            JsonObject doc = object(api().get("/documents/" + document, token("school")));
            JsonObject v = doc.getJsonArray("versions").getJsonObject(version - 1);
            if (!"PENDING".equals(v.getString("extraction"))) {
                return v;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the text of version " + version + " was not extracted within a minute");
    }

    @Test
    void aConceptGoesThroughTheCheckWithEveryStepOnRecord() throws Exception {
        campaign(2071);
        JsonObject board = object(api().get(ATK1, token("school")));
        assertEquals("CONCEPT", board.getJsonArray("owed").getJsonObject(0).getString("slot"));
        assertEquals("ON_TIME", board.getJsonArray("owed").getJsonObject(0).getString("urgency"),
                "no dates planned: nothing is due");

        HttpResponse<String> first = upload(ATK1 + "/CONCEPT/versions", "Концепция развития.docx",
                docx("Миссия школы: качество для всех.", "Цель 1: повысить результаты ВПР."), "school");
        assertEquals(201, first.statusCode(), first.body());
        long id = object(first).getJsonNumber("document").longValue();
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                object(first).getString("mediaType"));
        assertEquals("DONE", awaitExtraction(id, 1).getString("extraction"));

        assertEquals(400, api().post("/documents/" + id + "/approval", "", token("curator")).statusCode(),
                "a draft is not under check");
        assertEquals(200, api().post("/documents/" + id + "/submission", "", token("school")).statusCode());
        String curatorsNews = api().get("/notifications?unread=true", token("curator")).body();
        assertTrue(curatorsNews.contains("отправлен вам на проверку") && curatorsNews.contains("/app/document.xhtml?id="
                + id), "the curator is told, in the portal: " + curatorsNews);
        JsonArray queue = PortalApi.json(api().get("/documents/queue", token("curator"))).asJsonArray();
        assertTrue(queue.getValuesAs(JsonObject.class).stream().anyMatch(d -> d.getJsonNumber("id").longValue() == id),
                "the curator's queue has it");
        assertEquals(403, api().post("/documents/" + id + "/approval", "", token("school")).statusCode(),
                "the school does not approve its own document");
        HttpResponse<String> silent = api().post("/documents/" + id + "/return", "{\"text\":\" \"}", token("curator"));
        assertEquals(400, silent.statusCode());
        assertEquals("Напишите текст комментария.", object(silent).getString("message"));
        assertEquals(200, api().post("/documents/" + id + "/return",
                "{\"text\":\"Добавьте целевые показатели на 2027 год\"}", token("curator")).statusCode());

        HttpResponse<String> second = upload("/documents/" + id + "/versions", "Концепция развития v2.docx",
                docx("Миссия школы: качество для всех.", "Цель 1: повысить результаты ВПР.",
                        "Целевые показатели на 2027 год: доля «2» по ВПР не выше 10 %."), "school");
        assertEquals(201, second.statusCode(), second.body());
        awaitExtraction(id, 2);
        assertEquals(200, api().post("/documents/" + id + "/submission", "", token("school")).statusCode());
        assertEquals(200, api().post("/documents/" + id + "/approval", "", token("curator")).statusCode());
        assertTrue(api().get("/notifications", token("school")).body().contains("возвращён на доработку"),
                "the school's team was told of the return");

        HttpResponse<byte[]> file = api().download("/documents/" + id + "/versions/1/file", token("curator"));
        assertEquals(200, file.statusCode());
        String disposition = file.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.contains("filename*=UTF-8''" + URLEncoder.encode("Концепция развития.docx",
                StandardCharsets.UTF_8).replace("+", "%20")), disposition);
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));

        String diff = api().get("/documents/" + id + "/diff?from=1&to=2", token("curator")).body();
        assertTrue(diff.contains("ADDED") && diff.contains("Целевые показатели на 2027 год"), diff);

        JsonObject full = object(api().get("/documents/" + id, token("coordinator")));
        assertEquals("APPROVED", full.getJsonObject("document").getString("state"));
        assertEquals(2, full.getJsonObject("document").getInt("round"));
        List<String> kinds = full.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("kind")).toList();
        assertEquals(List.of("UPLOADED", "EXTRACTED", "SUBMITTED", "COMMENTED", "RETURNED", "UPLOADED", "EXTRACTED",
                "SUBMITTED", "APPROVED", "DOWNLOADED"), kinds);
        assertEquals(1, full.getJsonArray("comments").getJsonObject(0).getInt("round"));
    }

    @Test
    void badFilesForgedIdsAndOtherSchoolsAreRefusedAndNothingIsWritten() throws Exception {
        campaign(2072);
        String path = "/regions/64/campaigns/2072/schools/atkarsky/atk-1/documents";
        HttpResponse<String> empty = upload(path + "/CONCEPT/versions", "пусто.pdf", new byte[0], "school");
        assertEquals(400, empty.statusCode(), empty.body());
        byte[] elf = new byte[4096];
        elf[0] = 0x7f;
        elf[1] = 'E';
        elf[2] = 'L';
        elf[3] = 'F';
        HttpResponse<String> executable = upload(path + "/CONCEPT/versions", "Концепция.pdf", elf, "school");
        assertEquals(400, executable.statusCode(), executable.body());
        assertFalse(executable.body().contains("Exception"), executable.body());
        assertEquals(0, object(api().get(path, token("school"))).getJsonArray("owed").getValuesAs(JsonObject.class)
                .stream().filter(o -> o.containsKey("document")).count(), "no half-written document");

        assertEquals(400, upload(path + "/NO_SUCH_SLOT/versions", "a.docx", docx("x"), "school").statusCode());
        assertEquals(403, upload(path + "/CONCEPT/versions", "a.docx", docx("x"), "curator").statusCode(),
                "the curator checks, the school writes");
        assertEquals(404, api().get("/regions/64/campaigns/2072/schools/balashovsky/bal-2/documents",
                token("school")).statusCode(), "another school is outside the team's scope");
        assertEquals(404, api().get("/documents/99999999", token("school")).statusCode());
        assertEquals(404, api().get(path, token("coordinator23")).statusCode(), "another region's coordinator");
        assertEquals(404, api().get(path, token("teacher")).statusCode(), "the school is not in a teacher's scope");

        HttpResponse<String> named = upload(path + "/CONCEPT/versions", "../../etc/" + "я".repeat(300) + ".docx",
                docx("Концепция"), "school");
        assertEquals(201, named.statusCode(), named.body());
        String stored = object(named).getString("fileName");
        assertFalse(stored.contains("/") || stored.contains(".."), stored);
        assertTrue(stored.getBytes(StandardCharsets.UTF_8).length <= 255 && stored.endsWith(".docx"), stored);
    }

    @Test
    void theSchoolUploadsOnItsBoardAndTheCuratorFindsItInTheQueue() throws Exception {
        campaign(2071);
        logIn("school", DemoUsers.PASSWORD);
        browser.open(page("/app/documents.xhtml?campaign=2071"));
        browser.awaitText("Документы школы");
        Path file = Files.createTempFile("roadmap", ".docx");
        Files.write(file, docx("Дорожная карта на 2026 год", "Мероприятие 1: семинар для учителей математики."));
        List<org.openqa.selenium.WebElement> inputs = browser.driver().findElements(By.cssSelector(
                "#board\\:owed input[type=file]"));
        inputs.get(2).sendKeys(file.toString());
        browser.awaitText("загружен; текст будет извлечён");
        assertTrue(browser.text("#board\\:owed").contains("в. 1"), browser.text("#board\\:owed"));
        browser.driver().findElement(By.linkText("Дорожная карта")).click();
        browser.awaitUrlContaining("/app/document.xhtml?id=");
        browser.click("#actions\\:submit");
        browser.awaitText("Документ отправлен куратору.");
        logOut();

        logIn("curator", DemoUsers.PASSWORD);
        browser.open(page("/app/document-queue.xhtml"));
        browser.awaitText("Дорожная карта");
        browser.driver().findElement(By.linkText("Дорожная карта")).click();
        browser.type("#actions\\:reason", "Укажите ответственных за мероприятия");
        browser.click("#actions\\:return");
        browser.click(".ui-confirmdialog-yes");
        browser.awaitText("Документ возвращён на доработку.");
        assertTrue(browser.text("#comments").contains("Укажите ответственных"), browser.text("#comments"));
        browser.open(page("/app/document.xhtml?id=abc"));
        browser.awaitText("Страница не найдена");
    }
}
