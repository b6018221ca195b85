package ru.portal500.people.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mariadb.jdbc.MariaDbDataSource;
import org.openqa.selenium.By;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.it.BrowserTest;
import ru.portal500.it.Campaigns;
import ru.portal500.it.KeycloakTokens;
import ru.portal500.it.PortalApi;
import ru.portal500.it.PortalDeployment;
import ru.portal500.it.RealmAdmin;
import ru.portal500.it.TestInfrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person in the portal, through the API and the real Keycloak and MariaDB, and in the browser: the person record
 * made from the token and the person's own choices; a home organisation set by the coordinator of the person's
 * municipality only; onboarding from a list (a CP1251 file with an unknown school, an address twice, a role the
 * coordinator may not grant and another municipality: every problem by line and column, nothing applied; then a
 * UTF-16 list that creates the accounts and mails the invitations; an XLSX list, sent as a spreadsheet, that invites
 * a newcomer and grants an existing account a role, and a Windows-1251 list that adds another); a curator's role handed over with the document
 * waiting for its check. Campaign year 2100 belongs to this class; people it makes are named {@code people-…}.
 */
class PeopleIT extends BrowserTest {

    private static final String HEADER = "ФИО;E-mail;Роль;Школа;Муниципалитет\n";
    private static final Charset CP1251 = Charset.forName("windows-1251");

    /** Unique per run, so that a rerun against the same Keycloak makes new people. */
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    private PortalApi api() {
        return new PortalApi(base);
    }

    private static String token(String user) {
        return KeycloakTokens.accessToken(user);
    }

    private static JsonObject object(HttpResponse<String> response) {
        return PortalApi.json(response).asJsonObject();
    }

    private void grant(String username, String role, String scope) {
        HttpResponse<String> granted = api().post("/grants", "{\"username\":\"" + username + "\",\"role\":\"" + role
                + "\",\"scope\":\"" + scope + "\"}", token("operator"));
        assertEquals(204, granted.statusCode(), granted.body());
    }

    private void revoke(String username, String role, String scope) {
        api().delete("/grants", "{\"username\":\"" + username + "\",\"role\":\"" + role + "\",\"scope\":\"" + scope
                + "\"}", token("operator"));
    }

    private static Set<String> fields(JsonObject profile) {
        return profile.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("field")).collect(Collectors.toSet());
    }

    /** The links of the work list's documents to check (the unread notices are a group of their own). */
    private static Set<String> toCheck(JsonObject work) {
        return work.getJsonArray("groups").getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getString("kind").equals("documents.toCheck"))
                .flatMap(g -> g.getJsonArray("items").getValuesAs(JsonObject.class).stream())
                .map(i -> i.getString("link")).collect(Collectors.toSet());
    }

    private static List<String> problems(HttpResponse<String> response) {
        return object(response).getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getInt("line") + " | " + p.getString("column", "") + " | " + p.getString("message"))
                .toList();
    }

    private static String mailStateOf(String recipient, long document) {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(
                "select mail_state from notification where recipient = ? and link = ?")) {
            s.setString(1, recipient);
            s.setString(2, "/app/document.xhtml?id=" + document);
            try (ResultSet rs = s.executeQuery()) {
                List<String> states = new ArrayList<>();
                while (rs.next()) {
                    states.add(rs.getString(1));
                }
                return String.join(",", states);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connection() throws SQLException {
        MariaDbDataSource source = new MariaDbDataSource(TestInfrastructure.database().jdbcUrl("portal"));
        source.setUser("root");
        return source.getConnection();
    }

    /** The name of a school of Аткарский район as the directory has it. */
    private static String schoolName(String code) {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(
                "select name from school where code = ?")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The name of Аткарский район as the directory has it. */
    private static String municipalityName() {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(
                "select name from municipality where code = 'atkarsky'"); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theRecordIsMadeFromTheTokenAndKeepsThePersonsOwnChoices() {
        String user = "people-rec-" + RUN;
        RealmAdmin.createUser(user, "Рита", "Записева");
        HttpResponse<String> first = api().get("/me/profile", token(user));
        assertEquals(200, first.statusCode(), first.body());
        JsonObject profile = object(first);
        assertEquals(user, profile.getString("username"));
        assertEquals("Рита Записева", profile.getString("fullName"));
        assertEquals(user + "@demo.portal500.ru", profile.getString("email"));
        assertEquals("ru", profile.getString("language"));
        assertFalse(profile.getBoolean("consented"));
        assertEquals(Set.of("CREATED"), fields(profile));

        assertEquals("en", object(api().put("/me/profile/language", "{\"language\":\"en\"}", token(user)))
                .getString("language"));
        HttpResponse<String> german = api().put("/me/profile/language", "{\"language\":\"de\"}", token(user));
        assertEquals(400, german.statusCode(), german.body());
        assertEquals("Язык «de» не поддерживается: выберите русский или английский.",
                object(german).getString("message"));
        JsonObject chosen = object(api().put("/me/profile/notifications", "{\"onlyInPortal\":[\"DOCUMENTS\"]}",
                token(user)));
        assertEquals(List.of("DOCUMENTS"), chosen.getJsonArray("onlyInPortal").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList());
        assertEquals(400, api().put("/me/profile/notifications", "{\"onlyInPortal\":[\"SPAM\"]}", token(user))
                .statusCode());
        JsonObject consented = object(api().post("/me/profile/consent", "", token(user)));
        assertTrue(consented.getBoolean("consented"));
        assertTrue(consented.containsKey("consentAt") && !consented.isNull("consentAt"), consented.toString());

        JsonObject again = object(api().get("/me/profile", token(user)));
        assertEquals(Set.of("CREATED", "LANGUAGE", "PORTAL_ONLY", "CONSENT"), fields(again));
        assertEquals("en", again.getString("language"));
        assertEquals(404, api().get("/people/" + user + "/record", token("coordinator")).statusCode(),
                "a person placed nowhere is nobody's to manage");
    }

    @Test
    void aCoordinatorSetsTheHomeOfPeopleOfTheirMunicipalityOnly() {
        String user = "people-home-" + RUN;
        String otherCoordinator = "people-balcoord-" + RUN;
        RealmAdmin.createUser(user, "Нина", "Домова");
        RealmAdmin.createUser(otherCoordinator, "Борис", "Балашовский");
        grant(user, "teacher", "/64/atkarsky/atk-1");
        grant(otherCoordinator, "municipal-coordinator", "/64/balashovsky");
        try {
            JsonObject fromGrant = object(api().get("/me/profile", token(user)));
            assertEquals("/64/atkarsky/atk-1", fromGrant.getString("home"));
            assertEquals("GRANT", fromGrant.getString("homeSource"));

            HttpResponse<String> foreign = api().put("/people/" + user + "/home", "{\"home\":\"/64/balashovsky\"}",
                    token(otherCoordinator));
            assertEquals(404, foreign.statusCode(), "another municipality's person: " + foreign.body());
            assertEquals(404, api().get("/people/" + user + "/record", token(otherCoordinator)).statusCode());
            assertEquals(403, api().put("/people/" + user + "/home", "{\"home\":\"/64/balashovsky\"}",
                    token("coordinator")).statusCode(), "a place outside the coordinator's municipality");

            HttpResponse<String> set = api().put("/people/" + user + "/home", "{\"home\":\"/64/atkarsky\"}",
                    token("coordinator"));
            assertEquals(200, set.statusCode(), set.body());
            assertEquals("COORDINATOR", object(set).getString("homeSource"));
            JsonObject mine = object(api().get("/me/profile", token(user)));
            assertEquals("/64/atkarsky", mine.getString("home"), "a login keeps what the coordinator set");
            assertTrue(mine.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                    .anyMatch(c -> c.getString("field").equals("HOME") && c.getString("by").equals("coordinator")),
                    mine.toString());
        } finally {
            revoke(otherCoordinator, "municipal-coordinator", "/64/balashovsky");
            revoke(user, "teacher", "/64/atkarsky/atk-1");
        }
    }

    @Test
    void aListWithProblemsAppliesNothingAndAGoodListInvitesEveryone() {
        String anna = "people-onb-anna-" + RUN + "@example.ru";
        String petr = "people-onb-petr-" + RUN + "@example.ru";
        String bad = HEADER
                + "Новикова Анна;" + anna + ";наставник;atk-99;\n"
                + "Новиков Пётр;" + anna + ";тьютор;atk-1;\n"
                + "Новиков Олег;" + petr + ";региональный оператор;;\n"
                + "Новикова Вера;people-onb-vera-" + RUN + "@example.ru;педагог;;balashovsky\n";
        HttpResponse<String> checked = api().upload("/regions/64/onboarding?dryRun=true", bad.getBytes(CP1251),
                token("coordinator"));
        assertEquals(422, checked.statusCode(), checked.body());
        assertEquals(List.of(
                "2 | Школа | Школы «atk-99» нет среди школ ваших муниципалитетов.",
                "3 | E-mail | Адрес " + anna + " уже есть в строке 2.",
                "4 | Роль | Вы не можете назначить роль «региональный оператор» здесь.",
                "5 | Муниципалитет | Муниципалитета «balashovsky» нет среди тех, которыми вы управляете."),
                problems(checked));
        HttpResponse<String> applied = api().upload("/regions/64/onboarding", bad.getBytes(CP1251),
                token("coordinator"));
        assertEquals(422, applied.statusCode(), "not applied without a dry run either: " + applied.body());

        String good = ("\uFEFF" + HEADER + "Новикова Анна Сергеевна;" + anna + ";наставник;atk-1;\n"
                + "Новиков Пётр;" + petr + ";Педагог;;atkarsky\n").replace(';', '\t');
        HttpResponse<String> dry = api().upload("/regions/64/onboarding?dryRun=true",
                good.getBytes(StandardCharsets.UTF_16LE), token("coordinator"));
        assertEquals(200, dry.statusCode(), dry.body());
        assertFalse(object(dry).getBoolean("applied"));
        assertEquals(2, object(dry).getInt("invited"));
        assertEquals(404, api().get("/people/" + URLEncoder.encode(anna, StandardCharsets.UTF_8) + "/record",
                token("coordinator")).statusCode(), "a dry run makes nobody");

        HttpResponse<String> done = api().upload("/regions/64/onboarding", good.getBytes(StandardCharsets.UTF_16LE),
                token("coordinator"));
        assertEquals(200, done.statusCode(), done.body());
        assertTrue(object(done).getBoolean("applied"));
        for (String address : List.of(anna, petr)) {
            String link = TestInfrastructure.mail().awaitLink(address, Duration.ofSeconds(30));
            assertTrue(link.contains("/realms/portal500/"), link);
        }
        JsonObject record = object(api().get("/people/" + URLEncoder.encode(anna, StandardCharsets.UTF_8)
                + "/record", token("coordinator")));
        assertEquals("/64/atkarsky/atk-1", record.getString("home"));
        assertEquals("Анна Сергеевна Новикова", record.getString("fullName"));
        JsonObject petrRecord = object(api().get("/people/" + URLEncoder.encode(petr, StandardCharsets.UTF_8)
                + "/record", token("operator")));
        assertEquals("/64/atkarsky", petrRecord.getString("home"));

        HttpResponse<String> twice = api().upload("/regions/64/onboarding?dryRun=true",
                good.getBytes(StandardCharsets.UTF_16LE), token("coordinator"));
        assertEquals(422, twice.statusCode(), twice.body());
        assertTrue(problems(twice).get(0).startsWith("2 | E-mail | У " + anna + " уже есть роль «наставник» здесь."),
                problems(twice).toString());
    }

    /** An XLSX onboarding file as a spreadsheet makes it: a heading row, then a person a row. */
    private static byte[] workbook(String[]... rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Люди");
            String[] heading = HEADER.strip().split(";");
            List<String[]> all = new ArrayList<>();
            all.add(heading);
            all.addAll(List.of(rows));
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < all.get(r).length; c++) {
                    row.createCell(c).setCellValue(all.get(r)[c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /** Posts the file with the spreadsheet's own media type, as an office client sends it. */
    private HttpResponse<String> uploadXlsx(String path, byte[] file, String token) throws IOException,
            InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(PortalDeployment.localUrl(base) + "/api" + path))
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private Set<String> grantsOf(String user) {
        return object(api().get("/me", token(user))).getJsonArray("grants").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).collect(Collectors.toSet());
    }

    @Test
    void anXlsxListInvitesTheNewAndGrantsTheExistingAndAWindows1251ListAddsARole() throws Exception {
        String newcomer = "people-xlsx-new-" + RUN + "@example.ru";
        String existing = "people-xlsx-old-" + RUN;
        RealmAdmin.createUser(existing, "Семён", "Старожилов");
        String existingEmail = existing + "@demo.portal500.ru";
        byte[] xlsx = workbook(
                new String[]{"Табличная Тамара Игоревна", newcomer, "тьютор", "atk-3", municipalityName()},
                new String[]{"Старожилов Семён", existingEmail.toUpperCase(java.util.Locale.ROOT), "Эксперт", "",
                        "atkarsky"});
        try {
            HttpResponse<String> dry = uploadXlsx("/regions/64/onboarding?dryRun=true", xlsx, token("coordinator"));
            assertEquals(200, dry.statusCode(), dry.body());
            JsonObject checked = object(dry);
            assertFalse(checked.getBoolean("applied"));
            assertEquals(1, checked.getInt("invited"));
            assertEquals(1, checked.getInt("granted"));
            List<JsonObject> lines = checked.getJsonArray("lines").getValuesAs(JsonObject.class);
            assertEquals(List.of(2, 3), lines.stream().map(l -> l.getInt("line")).toList());
            assertTrue(lines.get(0).getBoolean("invited") && !lines.get(1).getBoolean("invited"), lines.toString());
            assertFalse(grantsOf(existing).contains("/64/atkarsky/expert"), "a dry run grants nothing");

            HttpResponse<String> done = uploadXlsx("/regions/64/onboarding", xlsx, token("coordinator"));
            assertEquals(200, done.statusCode(), done.body());
            assertTrue(object(done).getBoolean("applied"));
            assertTrue(TestInfrastructure.mail().awaitLink(newcomer, Duration.ofSeconds(30))
                    .contains("/realms/portal500/"));
            JsonObject record = object(api().get("/people/" + URLEncoder.encode(newcomer, StandardCharsets.UTF_8)
                    + "/record", token("coordinator")));
            assertEquals("/64/atkarsky/atk-3", record.getString("home"));
            assertEquals("Тамара Игоревна Табличная", record.getString("fullName"));
            assertTrue(grantsOf(existing).contains("/64/atkarsky/expert"), grantsOf(existing).toString());

            byte[] cp1251 = (HEADER + "Старожилов Семён;" + existingEmail + ";педагог;atk-1;\n").getBytes(CP1251);
            HttpResponse<String> windows = api().upload("/regions/64/onboarding", cp1251, token("coordinator"));
            assertEquals(200, windows.statusCode(), windows.body());
            assertEquals(1, object(windows).getInt("granted"));
            assertEquals("Старожилов Семён", object(windows).getJsonArray("lines").getJsonObject(0)
                    .getString("fullName"), "the Windows-1251 file's words as typed");
            assertTrue(grantsOf(existing).containsAll(Set.of("/64/atkarsky/expert", "/64/atkarsky/atk-1/teacher")),
                    grantsOf(existing).toString());
        } finally {
            revoke(existing, "expert", "/64/atkarsky");
            revoke(existing, "teacher", "/64/atkarsky/atk-1");
        }
    }

    @Test
    void aCuratorsRoleHandedOverTakesTheDocumentToCheckAlong() {
        String leaving = "people-cur-old-" + RUN;
        String coming = "people-cur-new-" + RUN;
        String daily = "people-cur-dig-" + RUN;
        RealmAdmin.createUser(leaving, "Ольга", "Уходящая");
        RealmAdmin.createUser(coming, "Павел", "Приходящий");
        RealmAdmin.createUser(daily, "Дарья", "Сводкина");
        grant(leaving, "curator", "/64/atkarsky/atk-3");
        grant(daily, "curator", "/64/atkarsky/atk-3");
        try {
            assertEquals(200, api().put("/me/profile/notifications", "{\"onlyInPortal\":[\"DOCUMENTS\"]}",
                    token(leaving)).statusCode());
            JsonObject digest = object(api().put("/me/profile/digest", "{\"mailDigest\":true}", token(daily)));
            assertTrue(digest.getBoolean("mailDigest"), digest.toString());
            Campaigns campaigns = new Campaigns(api());
            campaigns.plan(2100);
            campaigns.status(2100, "atk-3", "LOW_RESULTS");
            HttpResponse<String> uploaded = api().upload("/regions/64/campaigns/2100/schools/atkarsky/atk-3"
                    + "/documents/CONCEPT/versions?name=" + URLEncoder.encode("Концепция.txt", StandardCharsets.UTF_8),
                    "Концепция школы № 3.".getBytes(StandardCharsets.UTF_8), token("curator"));
            assertEquals(201, uploaded.statusCode(), uploaded.body());
            long document = object(uploaded).getJsonNumber("document").longValue();
            HttpResponse<String> submitted = api().post("/documents/" + document + "/submission", "", token("curator"));
            assertEquals(200, submitted.statusCode(), submitted.body());
            String link = "/app/document.xhtml?id=" + document;
            assertEquals("NONE", mailStateOf(leaving, document),
                    "told in the portal only, as the curator chose");
            assertEquals("DIGEST", mailStateOf(daily, document), "the mail waits for the daily digest, as chosen");
            assertTrue(toCheck(object(api().get("/me/work", token(leaving)))).contains(link));
            assertFalse(toCheck(object(api().get("/me/work", token(coming)))).contains(link));

            HttpResponse<String> handedOver = api().post("/handovers", "{\"from\":\"" + leaving + "\",\"to\":\""
                    + coming + "\",\"role\":\"curator\",\"scope\":\"/64/atkarsky/atk-3\"}", token("coordinator"));
            assertEquals(204, handedOver.statusCode(), handedOver.body());

            assertTrue(toCheck(object(api().get("/me/work", token(coming)))).contains(link),
                    "the successor finds the document to check");
            assertFalse(toCheck(object(api().get("/me/work", token(leaving)))).contains(link));
            JsonArray grants = object(api().get("/me", token(leaving))).getJsonArray("grants");
            assertFalse(grants.toString().contains("/64/atkarsky/atk-3/curator"), grants.toString());
            HttpResponse<String> again = api().post("/handovers", "{\"from\":\"" + leaving + "\",\"to\":\""
                    + coming + "\",\"role\":\"curator\",\"scope\":\"/64/atkarsky/atk-3\"}", token("coordinator"));
            assertEquals(400, again.statusCode(), "the former holder holds nothing to hand over: " + again.body());
            assertEquals(403, api().post("/handovers", "{\"from\":\"" + coming + "\",\"to\":\"" + leaving
                    + "\",\"role\":\"curator\",\"scope\":\"/64/atkarsky/atk-3\"}", token("school")).statusCode());
        } finally {
            revoke(leaving, "curator", "/64/atkarsky/atk-3");
            revoke(coming, "curator", "/64/atkarsky/atk-3");
            revoke(daily, "curator", "/64/atkarsky/atk-3");
        }
    }

    @Test
    void thePersonReadsTheirProfileGivesConsentAndTheLanguageStaysForTheNextLogin() {
        String user = "people-web-" + RUN;
        RealmAdmin.createUser(user, "Вера", "Профилева");
        logIn(user, DemoUsers.PASSWORD);
        browser.menu("/app/profile.xhtml");
        browser.awaitText("Мой профиль");
        assertEquals("Вера Профилева", browser.text("#fullName"));
        assertTrue(browser.pageText().contains("Персональные данные (152-ФЗ)"));
        browser.awaitText("Вы ещё не дали согласие на обработку персональных данных.");

        browser.click("#profile\\:onlyInPortal .ui-chkbox-box");
        browser.click("#profile\\:saveNotifications");
        browser.awaitText("Выбор уведомлений сохранён.");
        browser.click("#profile\\:giveConsent");
        browser.awaitText("Вы дали согласие на обработку персональных данных");
        String history = browser.text("#profile\\:history");
        assertTrue(history.contains("Согласие на обработку персональных данных")
                && history.contains("Уведомления только в портале")
                && history.contains("Документы на проверку и решения по ним"), history);

        browser.click("#languageForm\\:en");
        browser.awaitText("My profile");
        logOut();
        logIn(user, DemoUsers.PASSWORD);
        browser.open(page("/app/profile.xhtml"));
        browser.awaitText("My profile");
        assertTrue(browser.pageText().contains("You consented to the processing of your personal data"),
                browser.pageText());
    }

    @Test
    void aCoordinatorChecksAListInThePageAndAppliesIt() throws Exception {
        String anna = "people-page-anna-" + RUN + "@example.ru";
        logIn("coordinator", DemoUsers.PASSWORD);
        browser.menu("/app/onboarding.xhtml");
        browser.awaitText("Приём людей списком");

        Path broken = Files.createTempFile("onboarding", ".csv");
        Files.write(broken, (HEADER + "Новикова Анна;" + anna + ";наставник;atk-1;\n"
                + "Новиков Пётр;" + anna + ";директор;atk-1;\n").getBytes(CP1251));
        browser.driver().findElement(By.cssSelector("#onboarding\\:file_input")).sendKeys(broken.toString());
        browser.awaitText("Файл не применён: ничего не изменено.");
        String report = browser.text("#onboarding\\:report");
        assertTrue(report.contains("Адрес " + anna + " уже есть в строке 2.")
                && report.contains("Роль «директор» неизвестна"), report);

        Path good = Files.createTempFile("onboarding", ".csv");
        Files.writeString(good, HEADER + "Новикова Анна;" + anna + ";наставник;atk-1;\n", StandardCharsets.UTF_8);
        browser.driver().findElement(By.cssSelector("#onboarding\\:file_input")).sendKeys(good.toString());
        browser.awaitText("Проверено, ошибок нет.");
        assertTrue(browser.text("#onboarding\\:report").contains("новая, придёт приглашение"));
        browser.click("#onboarding\\:apply");
        browser.awaitText("Применено: приглашения отправлены, роли назначены.");
        assertTrue(browser.text("#onboarding\\:report").contains("новая, приглашение отправлено"),
                browser.text("#onboarding\\:report"));
        assertTrue(TestInfrastructure.mail().awaitLink(anna, Duration.ofSeconds(30)).contains("/realms/portal500/"));
        JsonObject fromGrant = object(api().get("/people/" + URLEncoder.encode(anna, StandardCharsets.UTF_8)
                + "/record", token("coordinator")));
        assertEquals("/64/atkarsky/atk-1", fromGrant.getString("home"));

        browser.type("#home\\:person", anna);
        browser.choose("home:homePlace", municipalityName());
        browser.click("#home\\:setHome");
        browser.awaitText("Основное место работы пользователя «" + anna + "» сохранено.");
        JsonObject set = object(api().get("/people/" + URLEncoder.encode(anna, StandardCharsets.UTF_8) + "/record",
                token("coordinator")));
        assertEquals("/64/atkarsky", set.getString("home"));
        assertEquals("COORDINATOR", set.getString("homeSource"));

        browser.type("#home\\:person", "nobody-here");
        browser.click("#home\\:setHome");
        browser.awaitText("Среди ваших людей нет «nobody-here».");
    }

    /**
     * The handover form on a phone: it offers only the roles the coordinator may hand over, asks for an empty field
     * first, takes a school chosen in «Где» without the page growing sideways, and answers in words; the upload's
     * button keeps its words. On a laptop each label stands beside (or above) its own field.
     */
    @Test
    void theHandoverFormAsksInWordsAndFitsAPhone() throws IOException {
        logIn("coordinator", DemoUsers.PASSWORD);
        browser.atWidth(390);
        try {
            browser.open(page("/app/onboarding.xhtml"));
            browser.awaitText("Передать роль");
            assertEquals(List.of("Куратор", "Эксперт", "Управленческая команда школы", "Педагог (и наставник, тьютор)"),
                    browser.options("handover:role"));
            assertEquals("Выбрать файл", browser.text("#onboarding\\:file .ui-fileupload-choose .ui-button-text"));

            browser.click("#handover\\:handOver");
            browser.awaitText("Укажите, кто передаёт роль (логин).");

            browser.type("#handover\\:from", "operator");
            browser.type("#handover\\:to", "teacher");
            browser.choose("handover:role", "Эксперт");
            browser.choose("handover:place", municipalityName() + " › " + schoolName("atk-1"));
            browser.assertNoHorizontalScroll("onboarding with a school chosen in «Где»");
            browser.click("#handover\\:handOver");
            browser.awaitText("Роль «Эксперт» не выдаётся в «" + schoolName("atk-1") + "»");
        } finally {
            browser.atWidth(1366);
        }
        browser.open(page("/app/onboarding.xhtml"));
        browser.awaitText("Передать роль");
        List<String> fields = List.of("from", "to", "role", "place");
        List<org.openqa.selenium.WebElement> labels = browser.driver().findElements(By.cssSelector("#handover label.ui-outputlabel"));
        assertEquals(fields.size(), labels.size());
        for (int i = 0; i < fields.size(); i++) {
            org.openqa.selenium.Rectangle label = labels.get(i).getRect();
            org.openqa.selenium.Rectangle field = browser.find("#handover\\:" + fields.get(i)).getRect();
            int middle = label.getY() + label.getHeight() / 2;
            boolean beside = middle >= field.getY() && middle <= field.getY() + field.getHeight()
                    && label.getX() < field.getX();
            boolean above = label.getY() + label.getHeight() <= field.getY() && label.getX() <= field.getX() + 2;
            assertTrue(beside || above, labels.get(i).getText() + " at " + label + ", its field at " + field);
            if (i > 0) {
                org.openqa.selenium.Rectangle before = browser.find("#handover\\:" + fields.get(i - 1)).getRect();
                assertFalse(middle >= before.getY() && middle <= before.getY() + before.getHeight(),
                        labels.get(i).getText() + " runs on in the line of the field before it");
            }
        }

        // A file over the limit is refused before it is sent, and no row of it stays under the button; sizes the
        // upload writes read as a Russian reader writes them.
        Path big = Files.createTempFile("big", ".csv");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(33L * 1024 * 1024);
        }
        browser.driver().findElement(By.cssSelector("#onboarding\\:file_input")).sendKeys(big.toString());
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
            String text = d.findElement(By.tagName("body")).getText();
            return text.contains("Файл больше 32 МБ") || text.contains("32,0\u00a0МБ") || text.contains("32,0 МБ");
        });
        assertFalse(browser.pageText().contains("Мб"), browser.pageText());
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d ->
                d.findElements(By.cssSelector("#onboarding\\:file .ui-fileupload-row")).isEmpty());
        assertEquals("20,0\u00a0МБ", ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return PrimeFaces.utils.formatBytes(arguments[0])", 20L * 1024 * 1024));
        Files.delete(big);
    }
}
