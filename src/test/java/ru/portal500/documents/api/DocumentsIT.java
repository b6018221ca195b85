package ru.portal500.documents.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.documents.SampleDocuments;
import ru.portal500.it.Await;
import ru.portal500.it.ApiBrowserTest;
import ru.portal500.it.Campaigns;
import ru.portal500.it.PortalApi;
import ru.portal500.it.TestInfrastructure;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static ru.portal500.it.Docx.docx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A school's concept through the whole check on the real war, MariaDB, file store and Tika: upload,
 * extraction after the commit, submission, return with a comment, a second version, approval, download
 * with the Cyrillic name, the diff, the history; refusals of bad files, forged ids and other schools; the
 * board and the curator's queue in the browser; hostile files, odd names and twenty uploads at once; a curator of
 * schools in two regions sees each document once. Campaign years 2070–2074 belong to this class.
 */
class DocumentsIT extends ApiBrowserTest {

    private static final String ATK1 = "/regions/64/campaigns/2071/schools/atkarsky/atk-1/documents";

    private void campaign(int year) {
        Campaigns campaigns = new Campaigns(api());
        campaigns.plan(year);
        campaigns.status(year, "atk-1", "LOW_RESULTS");
    }

    private HttpResponse<String> upload(String path, String name, byte[] file, String user) {
        return api().upload(path + "?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8), file, freshToken(user));
    }

    private JsonObject awaitExtraction(long document, int version) {
        return Await.until("the text of version " + version + " extracted within a minute", Duration.ofMinutes(1),
                () -> object(api().get("/documents/" + document, freshToken("school")))
                        .getJsonArray("versions").getJsonObject(version - 1),
                v -> !"PENDING".equals(v.getString("extraction")));
    }

    /**
     * A curator of a school in region 64 and of one in region 23 finds the document sent to them once in their queue
     * (the queue's fetch join of the campaign, with the campaign's own tenant criteria, repeated it once per region
     * of the caller).
     */
    @Test
    void aCuratorOfSchoolsInTwoRegionsFindsEachDocumentOnceInTheQueue() {
        campaign(2070);
        String curator = "curator-two-regions-" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        ru.portal500.it.RealmAdmin.createUser(curator, "Кирилл", "Двухрегионов");
        assertEquals(204, api().post("/grants", "{\"username\":\"" + curator + "\",\"role\":\"curator\","
                + "\"scope\":\"/64/atkarsky/atk-1\"}", freshToken("operator")).statusCode());
        assertEquals(204, api().post("/grants", "{\"username\":\"" + curator + "\",\"role\":\"curator\","
                + "\"scope\":\"/23/abinsky/abn-4\"}", freshToken("operator23")).statusCode());
        HttpResponse<String> uploaded = upload("/regions/64/campaigns/2070/schools/atkarsky/atk-1/documents"
                + "/CONCEPT/versions", "Концепция.docx", docx("Концепция развития школы на 2070 год."), "school");
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        long id = object(uploaded).getJsonNumber("document").longValue();
        awaitExtraction(id, 1);
        HttpResponse<String> submitted = api().post("/documents/" + id + "/submission", "", freshToken("school"));
        assertEquals(200, submitted.statusCode(), submitted.body());

        JsonArray queue = PortalApi.json(api().get("/documents/queue", freshToken(curator))).asJsonArray();

        // The school's card lists each campaign of the school once (its statuses' fetch join of the campaign).
        logIn(curator, ru.portal500.devenv.DemoUsers.PASSWORD);
        browser.open(page("/app/school.xhtml?id=" + ru.portal500.it.Campaigns.schoolId("atk-1")));
        browser.find("#schoolName");
        List<String> campaigns = browser.driver().findElements(By.cssSelector(".school-campaign .ui-panel-title"))
                .stream().map(org.openqa.selenium.WebElement::getText).toList();
        org.junit.jupiter.api.Assertions.assertAll(
                () -> assertEquals(1, queue.getValuesAs(JsonObject.class).stream()
                        .filter(d -> d.getJsonNumber("id").longValue() == id).count(), "the document once: " + queue),
                () -> assertTrue(campaigns.stream().anyMatch(c -> c.contains("2069/70")),
                        "the card has campaign 2069/70: " + campaigns),
                () -> assertEquals(campaigns.size(), new java.util.HashSet<>(campaigns).size(),
                        "each campaign once on the card: " + campaigns));
    }

    @Test
    void aConceptGoesThroughTheCheckWithEveryStepOnRecord() throws Exception {
        campaign(2071);
        JsonObject board = object(api().get(ATK1, freshToken("school")));
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

        assertEquals(400, api().post("/documents/" + id + "/approval", "", freshToken("curator")).statusCode(),
                "a draft is not under check");
        assertEquals(200, api().post("/documents/" + id + "/submission", "", freshToken("school")).statusCode());
        String curatorsNews = api().get("/notifications?unread=true", freshToken("curator")).body();
        assertTrue(curatorsNews.contains("отправлен вам на проверку") && curatorsNews.contains("/app/document.xhtml?id="
                + id), "the curator is told, in the portal: " + curatorsNews);
        JsonArray queue = PortalApi.json(api().get("/documents/queue", freshToken("curator"))).asJsonArray();
        assertTrue(queue.getValuesAs(JsonObject.class).stream().anyMatch(d -> d.getJsonNumber("id").longValue() == id),
                "the curator's queue has it");
        assertEquals(403, api().post("/documents/" + id + "/approval", "", freshToken("school")).statusCode(),
                "the school does not approve its own document");
        HttpResponse<String> silent = api().post("/documents/" + id + "/return", "{\"text\":\" \"}", freshToken("curator"));
        assertEquals(400, silent.statusCode());
        assertEquals("Напишите текст комментария.", object(silent).getString("message"));
        assertEquals(200, api().post("/documents/" + id + "/return",
                "{\"text\":\"Добавьте целевые показатели на 2027 год\"}", freshToken("curator")).statusCode());

        HttpResponse<String> second = upload("/documents/" + id + "/versions", "Концепция развития v2.docx",
                docx("Миссия школы: качество для всех.", "Цель 1: повысить результаты ВПР.",
                        "Целевые показатели на 2027 год: доля «2» по ВПР не выше 10 %."), "school");
        assertEquals(201, second.statusCode(), second.body());
        awaitExtraction(id, 2);
        assertEquals(200, api().post("/documents/" + id + "/submission", "", freshToken("school")).statusCode());
        assertEquals(200, api().post("/documents/" + id + "/approval", "", freshToken("curator")).statusCode());
        assertTrue(api().get("/notifications", freshToken("school")).body().contains("возвращён на доработку"),
                "the school's team was told of the return");

        HttpResponse<byte[]> file = api().download("/documents/" + id + "/versions/1/file", freshToken("curator"));
        assertEquals(200, file.statusCode());
        String disposition = file.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.contains("filename*=UTF-8''" + URLEncoder.encode("Концепция развития.docx",
                StandardCharsets.UTF_8).replace("+", "%20")), disposition);
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));

        String diff = api().get("/documents/" + id + "/diff?from=1&to=2", freshToken("curator")).body();
        assertTrue(diff.contains("ADDED") && diff.contains("Целевые показатели на 2027 год"), diff);

        JsonObject full = object(api().get("/documents/" + id, freshToken("coordinator")));
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
        assertEquals(0, object(api().get(path, freshToken("school"))).getJsonArray("owed").getValuesAs(JsonObject.class)
                .stream().filter(o -> o.containsKey("document")).count(), "no half-written document");

        assertEquals(400, upload(path + "/NO_SUCH_SLOT/versions", "a.docx", docx("x"), "school").statusCode());
        assertEquals(403, upload(path + "/CONCEPT/versions", "a.docx", docx("x"), "curator").statusCode(),
                "the curator checks, the school writes");
        assertEquals(404, api().get("/regions/64/campaigns/2072/schools/balashovsky/bal-2/documents",
                freshToken("school")).statusCode(), "another school is outside the team's scope");
        assertEquals(404, api().get("/documents/99999999", freshToken("school")).statusCode());
        assertEquals(404, api().get(path, freshToken("coordinator23")).statusCode(), "another region's coordinator");
        assertEquals(404, api().get(path, freshToken("teacher")).statusCode(), "the school is not in a teacher's scope");

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
        // Other test classes of the run may make more people curators of this school; the demo curator is one.
        browser.awaitText("Документ отправлен на проверку куратору: ");
        assertTrue(browser.text("body").contains("Сергей Кураторов"), browser.text("body"));
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

    /** A file of the hostile-file test: its name, bytes, and the words its version shows on the document's page. */
    private record Hostile(String name, byte[] file, String onThePage) {
    }

    @Test
    void hostileFilesAreStoredWithTheirReasonOnTheDocumentsPageOrRefusedInWords() throws Exception {
        campaign(2073);
        String evidence = "/regions/64/campaigns/2073/schools/atkarsky/atk-1/documents/EVIDENCE/versions";
        List<String> report = List.of("Отчёт о самообследовании МБОУ «СОШ № 1» за 2073 год.",
                "Доля обучающихся, успевающих на «4» и «5», выросла до 41 %.");
        byte[] pdf = SampleDocuments.pdf(report);
        List<Hostile> stored = List.of(
                new Hostile("зашифрованный.pdf", SampleDocuments.encryptedPdf(report), "документ защищён паролем"),
                new Hostile("зашифрованный.docx", SampleDocuments.encryptedDocx(report), "документ защищён паролем"),
                new Hostile("оборванный.pdf", SampleDocuments.truncated(pdf, 0.6), "файл повреждён или записан не до конца"),
                new Hostile("оборванный.docx", SampleDocuments.truncated(docx(report.toArray(String[]::new)), 0.6),
                        "файл повреждён или записан не до конца"),
                new Hostile("битый-xml.docx", SampleDocuments.docxWithBrokenXml(), "файл повреждён или записан не до конца"),
                new Hostile("billion-laughs.docx", SampleDocuments.billionLaughsDocx(), "XML-сущности"),
                new Hostile("quadratic.docx", SampleDocuments.quadraticBlowupDocx(), "XML-сущности"),
                new Hostile("zip-бомба.docx", SampleDocuments.zipBombDocx(200), "zip-бомбы"),
                new Hostile("zip-бомба-с-ложным-каталогом.docx", SampleDocuments.zipBombDocxWithForgedSizes(200), "zip-бомбы"),
                new Hostile("скан.pdf", SampleDocuments.imageOnlyPdf(), "нет текстового слоя — нужен текст или распознавание"),
                new Hostile("со-сценарием.pdf", SampleDocuments.pdfWithJavaScript(report),
                        "Активное содержимое: сценарий JavaScript"),
                new Hostile("с-вложением.pdf", SampleDocuments.pdfWithEmbeddedExecutable(report),
                        "Активное содержимое: вложенный файл"),
                new Hostile("только-для-чтения.pdf", SampleDocuments.ownerRestrictedPdf(report), "Извлечён"),
                new Hostile("обычный.pdf", pdf, "Извлечён"));
        Map<Long, Hostile> documents = new LinkedHashMap<>();
        for (Hostile hostile : stored) {
            HttpResponse<String> answer = upload(evidence, hostile.name(), hostile.file(), "school");
            assertEquals(201, answer.statusCode(), hostile.name() + ": " + answer.body());
            documents.put(object(answer).getJsonNumber("document").longValue(), hostile);
        }
        for (Map.Entry<Long, Hostile> document : documents.entrySet()) {
            assertNotEquals("PENDING", awaitExtraction(document.getKey(), 1).getString("extraction"),
                    document.getValue().name());
        }

        long restricted = idOf(documents, "только-для-чтения.pdf");
        assertTrue(api().get("/documents/" + restricted + "/diff?from=1&to=1", freshToken("school")).body()
                .contains("выросла до 41 %"), "the text of a PDF its owner keeps from copying is taken for search");
        for (String name : List.of("со-сценарием.pdf", "с-вложением.pdf", "зашифрованный.pdf")) {
            String disposition = api().download("/documents/" + idOf(documents, name) + "/versions/1/file",
                    freshToken("curator")).headers().firstValue("Content-Disposition").orElse("");
            assertTrue(disposition.startsWith("attachment;"), name + " is never shown in the browser: " + disposition);
        }
        assertTrue(api().download("/documents/" + idOf(documents, "обычный.pdf") + "/versions/1/file", freshToken("curator"))
                .headers().firstValue("Content-Disposition").orElse("").startsWith("inline;"), "an ordinary PDF is previewed");

        HttpResponse<String> polyglot = upload(evidence, "полиглот.pdf", SampleDocuments.pdfWithZipAppended(report), "school");
        assertEquals(400, polyglot.statusCode(), polyglot.body());
        assertTrue(object(polyglot).getString("message").contains("ZIP-архив"), polyglot.body());
        HttpResponse<String> locked = upload(evidence, "под-паролем-архиватора.docx",
                SampleDocuments.docxInPasswordZip(report), "school");
        assertEquals(400, locked.statusCode(), locked.body());
        assertTrue(object(locked).getString("message").startsWith("Файл защищён паролем архиватора"), locked.body());
        HttpResponse<String> nul = api().upload(evidence + "?name=" + URLEncoder.encode("отчёт.pdf\u0000.exe",
                StandardCharsets.UTF_8), pdf, freshToken("school"));
        assertEquals(400, nul.statusCode(), nul.body());
        assertTrue(object(nul).getString("message").contains("нулевой символ"), nul.body());
        Map<String, String> names = new LinkedHashMap<>();
        names.put(".pdf", "документ.pdf");
        names.put("...docx", "документ.docx");
        names.put("CON", "CON_");
        names.put("nul.pdf", "nul_.pdf");
        names.put("LPT1.docx", "LPT1_.docx");
        for (Map.Entry<String, String> name : names.entrySet()) {
            HttpResponse<String> named = upload(evidence, name.getKey(), pdf, "school");
            assertEquals(201, named.statusCode(), named.body());
            assertEquals(name.getValue(), object(named).getString("fileName"), "the name «" + name.getKey() + "»");
        }

        logIn("curator", DemoUsers.PASSWORD);
        for (Map.Entry<Long, Hostile> document : documents.entrySet()) {
            browser.open(page("/app/document.xhtml?id=" + document.getKey()));
            browser.awaitText("Версии");
            String versions = browser.text("#versions\\:list");
            assertTrue(versions.contains(document.getValue().onThePage()), document.getValue().name()
                    + " shows «" + document.getValue().onThePage() + "»: " + versions);
            assertFalse(versions.contains("Извлекается") || versions.contains("ExtractionFailure")
                    || versions.contains("???"), versions);
        }
    }

    private static long idOf(Map<Long, Hostile> documents, String name) {
        return documents.entrySet().stream().filter(d -> d.getValue().name().equals(name)).findFirst().orElseThrow()
                .getKey();
    }

    @Test
    void twentyUploadsAtOnceIntoAnOptionalSlotAllSucceedAndLeaveNoFileThatNothingReferences() throws Exception {
        campaign(2074);
        String evidence = "/regions/64/campaigns/2074/schools/atkarsky/atk-1/documents/EVIDENCE/versions";
        String token = freshToken("school");
        int uploads = 20;
        CyclicBarrier together = new CyclicBarrier(uploads);
        ExecutorService senders = Executors.newFixedThreadPool(uploads);
        List<Future<HttpResponse<String>>> sent = new ArrayList<>();
        try {
            for (int i = 1; i <= uploads; i++) {
                byte[] file = docx("Подтверждающий документ № " + i + " кампании 2074 года.");
                String name = URLEncoder.encode("подтверждение-" + i + ".docx", StandardCharsets.UTF_8);
                sent.add(senders.submit(() -> {
                    together.await(1, TimeUnit.MINUTES);
                    return api().upload(evidence + "?name=" + name, file, token);
                }));
            }
            Set<Long> documents = new HashSet<>();
            for (Future<HttpResponse<String>> answer : sent) {
                HttpResponse<String> response = answer.get(3, TimeUnit.MINUTES);
                assertEquals(201, response.statusCode(), response.body());
                documents.add(object(response).getJsonNumber("document").longValue());
            }
            assertEquals(uploads, documents.size(), "each upload into the optional slot is a document of its own");
        } finally {
            senders.shutdownNow();
        }
        List<JsonObject> others = object(api().get("/regions/64/campaigns/2074/schools/atkarsky/atk-1/documents",
                token)).getJsonArray("others").getValuesAs(JsonObject.class);
        assertEquals(uploads, others.stream().map(d -> d.getString("slot")).distinct().count(), others.toString());
        assertEquals(List.of(), unreferencedStoredFiles(), "every stored file belongs to a version");
    }

    /** Files in the portal's store that no row of the database names (by a {@code sha256} column). */
    private static List<String> unreferencedStoredFiles() throws Exception {
        Path store = Path.of(System.getProperty("it.data.dir"), "portal", "storage");
        Set<String> referenced = new HashSet<>();
        org.mariadb.jdbc.MariaDbDataSource source = new org.mariadb.jdbc.MariaDbDataSource(
                TestInfrastructure.database().jdbcUrl("portal"));
        source.setUser("root");
        try (java.sql.Connection c = source.getConnection(); java.sql.Statement s = c.createStatement()) {
            List<String[]> columns = new ArrayList<>();
            try (java.sql.ResultSet rs = s.executeQuery("select table_name, column_name from information_schema.columns"
                    + " where table_schema = database() and (column_name = 'sha256' or column_name like '%\\_sha256')")) {
                while (rs.next()) {
                    columns.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] column : columns) {
                try (java.sql.ResultSet rs = s.executeQuery("select " + column[1] + " from " + column[0])) {
                    while (rs.next()) {
                        referenced.add(rs.getString(1));
                    }
                }
            }
        }
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(Files::isRegularFile).map(f -> store.relativize(f).toString())
                    .filter(f -> !referenced.contains(Path.of(f).getFileName().toString())).sorted().toList();
        }
    }
}
