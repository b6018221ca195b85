package ru.portal500.registry.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.it.ApiBrowserTest;
import ru.portal500.it.Campaigns;
import ru.portal500.shared.imports.DecodedText;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Risk profiles on the real war, MariaDB and Keycloak: the catalogue set up when a campaign is planned,
 * a profile entered by the school team and verified by its curator, refusals outside one's school or
 * municipality, survey files imported whole or not at all, and the page in a browser. Each test uses
 * its own campaign year, so that the tests do not depend on each other's order.
 */
class RiskProfileIT extends ApiBrowserTest {

    private static final String ATK_1 = "/regions/64/campaigns/%d/schools/atkarsky/atk-1/risk-profile";
    private static final String ALL_TEN = "[" + String.join(",", IntStream.rangeClosed(1, 10)
            .mapToObj(p -> "{\"position\":" + p + ",\"significance\":\"" + (p % 3 == 0 ? "высокая" : "Н") + "\"}")
            .toList()) + "]";

    private Campaigns campaigns() {
        return new Campaigns(api());
    }

    /** A planned campaign in which atk-1 is a ШНОР. */
    private void campaignWithAtk1(int year) {
        campaigns().plan(year);
        campaigns().status(year, "atk-1", "LOW_RESULTS");
    }

    private HttpResponse<String> get(String path, String user) {
        return api().get(path, freshToken(user));
    }

    private HttpResponse<String> put(String path, String json, String user) {
        return api().put(path, json, freshToken(user));
    }

    private HttpResponse<String> post(String path, String user) {
        return api().post(path, "", freshToken(user));
    }

    private HttpResponse<String> upload(int year, byte[] file, String user, boolean dryRun) {
        return api().upload("/regions/64/campaigns/" + year + "/risk-profiles/import?dryRun=" + dryRun, file,
                freshToken(user));
    }

    /** The significances of the profile, by position ("—" for none). */
    private static List<String> significances(JsonObject profile) {
        return profile.getJsonArray("factors").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("significance", "—")).toList();
    }

    private static List<String> story(JsonObject profile) {
        return profile.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("kind")).toList();
    }

    @Test
    void planningACampaignSetsUpItsCatalogueFromTheFederalListThenFromTheRegionsWording() {
        assertEquals(201, campaigns().plan(2031).statusCode());
        HttpResponse<String> federal = get("/regions/64/campaigns/2031/risk-factors", "coordinator");
        assertEquals(200, federal.statusCode(), federal.body());
        JsonArray factors = array(federal);
        assertEquals(10, factors.size());
        assertEquals("Низкий уровень оснащения школы", factors.getJsonObject(0).getString("title"));
        assertEquals("Недостаточная предметная и методическая компетентность педагогических работников",
                factors.getJsonObject(2).getString("title"));
        assertEquals(10, factors.getJsonObject(9).getInt("federalNumber"));
        assertEquals(403, get("/regions/64/campaigns/2031/risk-factors", "operator23").statusCode());

        assertEquals(201, campaigns().plan(2098).statusCode());
        String factors2098 = "/regions/64/campaigns/2098/risk-factors";
        long second = array(get(factors2098, "operator")).getJsonObject(1).getJsonNumber("id").longValue();
        long sixth = array(get(factors2098, "operator")).getJsonObject(5).getJsonNumber("id").longValue();
        HttpResponse<String> reworded = put(factors2098 + "/" + second,
                "{\"title\":\"Диффузия педагогических кадров\",\"retired\":false}", "operator");
        assertEquals(200, reworded.statusCode(), reworded.body());
        assertEquals(200, put(factors2098 + "/" + sixth, "{\"title\":\"Языковые барьеры\",\"retired\":true}",
                "operator").statusCode());
        HttpResponse<String> own = api().post(factors2098, "{\"title\":\"Удалённость школы от районного центра\"}",
                freshToken("operator"));
        assertEquals(201, own.statusCode(), own.body());
        assertEquals(11, object(own).getInt("position"));
        HttpResponse<String> blank = api().post(factors2098, "{\"title\":\"  \"}", freshToken("operator"));
        assertEquals(400, blank.statusCode());
        assertTrue(object(blank).getString("message").startsWith("Название фактора риска"), blank.body());
        assertEquals(403, api().post(factors2098, "{\"title\":\"Свой фактор\"}",
                freshToken("coordinator")).statusCode(), "coordinators read the catalogue only");

        assertEquals(201, campaigns().plan(2099).statusCode());
        List<JsonObject> copied = array(get("/regions/64/campaigns/2099/risk-factors", "operator"))
                .getValuesAs(JsonObject.class);
        assertEquals(10, copied.size(), "nine federal factors in the region's wording and its own");
        assertEquals("Диффузия педагогических кадров", copied.get(1).getString("title"));
        assertTrue(copied.stream().noneMatch(f -> f.getInt("position") == 6), "the retired factor stays behind");
        assertEquals("Удалённость школы от районного центра", copied.get(9).getString("title"));
    }

    @Test
    void theSchoolTeamEntersTheCuratorVerifiesBothChooseAndAChangeReturnsItToDraft() {
        campaignWithAtk1(2051);
        String profile = ATK_1.formatted(2051);
        JsonObject empty = object(get(profile, "school"));
        assertEquals("DRAFT", empty.getString("state"));
        assertEquals(10, empty.getJsonArray("factors").size());
        assertTrue(significances(empty).stream().allMatch("—"::equals));

        HttpResponse<String> partial = put(profile, "{\"factors\":[{\"position\":1,\"significance\":\"высокая\"}]}",
                "school");
        assertEquals(200, partial.statusCode(), partial.body());
        HttpResponse<String> incomplete = post(profile + "/verification", "curator");
        assertEquals(400, incomplete.statusCode());
        assertTrue(object(incomplete).getString("message").contains("2. Дефицит педагогических кадров"), incomplete.body());

        assertEquals(200, put(profile, "{\"factors\":" + ALL_TEN + "}", "school").statusCode());
        assertEquals(403, post(profile + "/verification", "school").statusCode(), "the school does not verify itself");
        HttpResponse<String> early = put(profile + "/choice", "{\"chosen\":[3]}", "school");
        assertEquals(400, early.statusCode(), "risks are chosen in a verified profile");

        HttpResponse<String> verified = post(profile + "/verification", "curator");
        assertEquals(200, verified.statusCode(), verified.body());
        assertEquals("VERIFIED", object(verified).getString("state"));
        assertEquals("Сергей Кураторов", object(verified).getString("verifiedBy"));

        HttpResponse<String> chosen = put(profile + "/choice", "{\"chosen\":[3,6]}", "school");
        assertEquals(200, chosen.statusCode(), chosen.body());
        assertTrue(object(chosen).getJsonArray("factors").getJsonObject(2).getBoolean("chosen"));
        assertEquals(403, put(profile + "/choice", "{\"chosen\":[3]}", "coordinator").statusCode());

        HttpResponse<String> changed = put(profile, "{\"factors\":[{\"position\":4,\"significance\":\"medium\"}]}",
                "coordinator");
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("DRAFT", object(changed).getString("state"));
        assertNull(object(changed).getString("verifiedBy", null), "the verification is undone");
        List<String> story = story(object(changed));
        assertEquals(List.of("SIGNIFICANCE", "RETURNED_TO_DRAFT"), story.subList(story.size() - 2, story.size()));
        assertTrue(story.containsAll(List.of("VERIFIED", "CHOSEN")), story.toString());

        HttpResponse<String> history = get("/regions/64/schools/atkarsky/atk-1/risk-profiles", "curator");
        assertEquals(200, history.statusCode(), history.body());
        assertTrue(object(history).getJsonArray("columns").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getInt("schoolYear") == 2051), history.body());
    }

    @Test
    void aProfileOfASchoolNobodyCuratesIsVerifiedByItsCoordinatorOrTheOperatorOnRecord() {
        campaigns().plan(2056);
        campaigns().status(2056, "atk-3", "LOW_RESULTS");
        campaigns().status(2056, "bal-2", "SOCIAL_RISK");
        String atk3 = "/regions/64/campaigns/2056/schools/atkarsky/atk-3/risk-profile";
        String bal2 = "/regions/64/campaigns/2056/schools/balashovsky/bal-2/risk-profile";
        assertEquals(200, put(atk3, "{\"factors\":" + ALL_TEN + "}", "curator").statusCode(), "atk-3's team enters it");

        logIn("coordinator", DemoUsers.PASSWORD);
        // The coordinator reaches the profile from «Мой муниципалитет», as a coordinator finds it.
        browser.open(page("/app/municipality.xhtml?campaign=2056"));
        browser.click("#statuses a[href*='risk-profile.xhtml'][href*='school=" + Campaigns.schoolId("atk-3") + "']");
        browser.awaitUrlContaining("/app/risk-profile.xhtml");
        assertEquals("Черновик", browser.text("#state"));
        browser.click("#profile\\:verify");
        browser.awaitText("Профиль проверен.");
        assertTrue(browser.text("#state").startsWith("Проверен — Марина Координаторова"),
                "atk-3 has no curator: its coordinator verified, and the page says who: " + browser.text("#state"));
        JsonObject verified = object(get(atk3, "curator"));
        assertEquals("VERIFIED", verified.getString("state"));
        assertEquals("Марина Координаторова", verified.getString("verifiedBy"));
        assertEquals(200, put(atk3 + "/choice", "{\"chosen\":[2]}", "curator").statusCode(),
                "so the team can choose its risks, and its antirisk programmes become due");

        assertEquals(200, put(bal2, "{\"factors\":" + ALL_TEN + "}", "operator").statusCode());
        assertEquals(404, post(bal2 + "/verification", "coordinator").statusCode(), "not another municipality's");
        HttpResponse<String> byOperator = post(bal2 + "/verification", "operator");
        assertEquals(200, byOperator.statusCode(), byOperator.body());
        assertEquals("Ольга Операторова", object(byOperator).getString("verifiedBy"));

        String audit = get("/audit?type=RISK_PROFILE_VERIFIED&actor=coordinator", "operator").body();
        assertTrue(audit.contains("/64/atkarsky/atk-3"), audit);
    }

    @Test
    void otherSchoolsAndMunicipalitiesAreRefused() {
        campaignWithAtk1(2052);
        campaigns().status(2052, "atk-3", "SOCIAL_RISK");
        campaigns().status(2052, "bal-2", "LOW_RESULTS");
        String atk3 = "/regions/64/campaigns/2052/schools/atkarsky/atk-3/risk-profile";
        String bal2 = "/regions/64/campaigns/2052/schools/balashovsky/bal-2/risk-profile";
        assertEquals(404, get(atk3, "school").statusCode(), "another school is not even there");
        assertEquals(404, get(bal2, "coordinator").statusCode(), "another municipality's school neither");
        assertEquals(404, get(ATK_1.formatted(2052), "operator23").statusCode(), "another region's operator");
        assertEquals(404, put(bal2, "{\"factors\":" + ALL_TEN + "}", "school").statusCode());
        assertEquals(200, put(atk3, "{\"factors\":" + ALL_TEN + "}", "curator").statusCode(),
                "the curator is atk-3's school team");
        assertEquals(403, post(atk3 + "/verification", "curator").statusCode(), "but not its curator");
        assertEquals(404, get("/regions/64/schools/balashovsky/bal-2/risk-profiles", "school").statusCode());
        assertEquals(404, get("/regions/64/campaigns/2052/schools/atkarsky/atk-1/risk-profile", "teacher")
                .statusCode());
        assertEquals(404, get(ATK_1.formatted(2097), "school").statusCode(), "no such campaign");
    }

    @Test
    void surveyFilesAreImportedWholeOrNotAtAll() {
        campaignWithAtk1(2053);
        campaigns().status(2053, "atk-3", "OTHER");
        campaigns().status(2053, "bal-2", "SOCIAL_RISK");
        String header = "Муниципалитет (код);Код школы;" + String.join(";",
                IntStream.rangeClosed(1, 10).mapToObj(String::valueOf).toList()) + "\n";
        byte[] good = (header + "atkarsky;atk-1;В;С;Н;в;с;н;высокая;средняя;низкая;High\n"
                + "balashovsky;bal-2;н;н;н;н;н;н;н;н;н;н\n").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> dryRun = upload(2053, good, "operator", true);
        assertEquals(200, dryRun.statusCode(), dryRun.body());
        assertFalse(object(dryRun).getBoolean("applied"));
        assertEquals(2, object(dryRun).getInt("created"));
        assertTrue(significances(object(get(ATK_1.formatted(2053), "school"))).stream().allMatch("—"::equals),
                "a dry run writes nothing");

        byte[] cp1251 = ("Код муниципалитета;Код школы;Низкий уровень оснащения школы;2;3;4;5;6;7;8;9;"
                + "Низкая учебная мотивация обучающихся\natkarsky;atk-1;Высокая;Средняя;Низкая;Н;Н;Н;Н;Н;Н;Высокая\n")
                .getBytes(DecodedText.CP1251);
        HttpResponse<String> coordinators = upload(2053, cp1251, "coordinator", false);
        assertEquals(200, coordinators.statusCode(), coordinators.body());
        assertEquals(1, object(coordinators).getInt("created"));
        JsonObject imported = object(get(ATK_1.formatted(2053), "school"));
        assertEquals(List.of("HIGH", "MEDIUM", "LOW", "LOW", "LOW", "LOW", "LOW", "LOW", "LOW", "HIGH"),
                significances(imported));
        assertEquals("IMPORTED", story(imported).get(0));

        HttpResponse<String> notMine = upload(2053, good, "coordinator", false);
        assertEquals(422, notMine.statusCode());
        JsonObject balashov = object(notMine).getJsonArray("problems").getJsonObject(0);
        assertEquals(3, balashov.getInt("line"));
        assertEquals("Муниципалитет (код)", balashov.getString("column"));
        assertEquals("Муниципалитета «balashovsky» нет среди тех, которыми вы управляете.", balashov.getString("message"));

        byte[] bad = ("Муниципалитет (код);Код школы;1;2\n"
                + "atkarsky;atk-1;низкая;низкая\n"
                + "atkarsky;atk-99;в;в\n"
                + "atkarsky;atk-3;в;в\n"
                + "atkarsky;atk-1;очень;в\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> refused = upload(2053, bad, "operator", false);
        assertEquals(422, refused.statusCode(), refused.body());
        List<String> problems = object(refused).getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getInt("line") + " " + p.getString("column") + ": " + p.getString("message")).toList();
        assertEquals(List.of(
                "3 Код школы: Школы «atk-99» нет в справочнике этого муниципалитета (или она вне вашей территории).",
                "4 Код школы: Школа «atk-3» не ШНОР и не ШССУ в этой кампании.",
                "5 1: «очень» — не значимость: высокая, средняя или низкая (В, С, Н)."), problems);
        assertEquals(significances(imported), significances(object(get(ATK_1.formatted(2053), "school"))),
                "line 2 was good, and was not applied either");
        HttpResponse<String> unknownColumn = upload(2053, "Муниципалитет (код);Код школы;11\natkarsky;atk-1;в\n"
                .getBytes(StandardCharsets.UTF_8), "operator", false);
        assertEquals(422, unknownColumn.statusCode());
        assertEquals("Неизвестный столбец «11».", object(unknownColumn).getJsonArray("problems").getJsonObject(0)
                .getString("message"));

        assertEquals(200, post(ATK_1.formatted(2053) + "/verification", "curator").statusCode());
        HttpResponse<String> again = upload(2053, good, "operator", false);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(1, object(again).getInt("updated"));
        JsonObject reopened = object(get(ATK_1.formatted(2053), "school"));
        assertEquals("DRAFT", reopened.getString("state"), "a verified profile the file changed is a draft again");
        assertTrue(story(reopened).contains("RETURNED_TO_DRAFT"));
        HttpResponse<String> other = get("/regions/64/campaigns/2053/schools/atkarsky/atk-3/risk-profile", "curator");
        assertEquals(400, other.statusCode());
        assertEquals("Школа «МБОУ «СОШ № 3 г. Аткарска»» не ШНОР и не ШССУ в кампании 2052/53: рисковый профиль "
                + "для неё не ведётся.", object(other).getString("message"));
        assertEquals(403, upload(2053, good, "school", false).statusCode());
        assertEquals(422, upload(2053, new byte[0], "operator", false).statusCode());
    }

    @Test
    void theCuratorCompletesVerifiesAndChoosesOnThePageWithItsChart() {
        campaignWithAtk1(2054);
        String nine = ALL_TEN.replace(",{\"position\":10,\"significance\":\"Н\"}", "");
        assertEquals(200, put(ATK_1.formatted(2054), "{\"factors\":" + nine + "}", "school").statusCode());
        logIn("curator", DemoUsers.PASSWORD);
        browser.open(page("/app/risk-profile.xhtml?campaign=2054&school=" + Campaigns.schoolId("atk-1")));
        assertTrue(browser.text("#school").startsWith("МБОУ «СОШ № 1 г. Аткарска»"));
        assertEquals("Черновик", browser.text("#state"));

        browser.choose("profile:factors:9:significance", "низкая");
        browser.click("#profile\\:save");
        browser.awaitText("Значимость факторов сохранена.");
        browser.click("#profile\\:verify");
        browser.awaitText("Профиль проверен.");
        assertTrue(browser.text("#state").startsWith("Проверен — Сергей Кураторов"), browser.text("#state"));

        browser.click("#profile\\:factors\\:2\\:chosen .ui-chkbox-box");
        browser.click("#profile\\:choose");
        browser.awaitText("Выбор рисков сохранён.");
        org.openqa.selenium.WebElement canvas = browser.find(".risk-profile-chart canvas");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", canvas);
        browser.screenshot("RiskProfileIT-chart");
        String chart = canvas.getAttribute("aria-label");
        assertTrue(chart.contains("10. Низкая учебная мотивация обучающихся: низкая"), chart);
        assertTrue(browser.text("#campaigns").contains("низкая"), "the profile across campaigns");
        assertTrue(browser.text("#story").contains("3. Недостаточная предметная и методическая компетентность "
                + "педагогических работников: выбран для работы"), browser.text("#story"));

        browser.open(page("/app/risk-profile.xhtml?campaign=2054&school=" + Campaigns.schoolId("krm-5")));
        browser.awaitText("Страница не найдена");
        assertFalse(browser.pageText().contains("Крымск"), "a school of another region, not even its name");
    }

    /** A history CSV through the API, in the language asked for (none: Russian). */
    private String historyCsv(String path, String user, String language) throws Exception {
        HttpResponse<byte[]> response = api().download(path, freshToken(user), language);
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void theCampaignsDecisionsAndTheProfilesStoryDownloadAsCsvInTheReadersLanguage() throws Exception {
        campaigns().plan(2095);
        String status = "/regions/64/campaigns/2095/schools/atkarsky/atk-1/status";
        assertEquals(200, put(status, "{\"status\":\"LOW_RESULTS\",\"reason\":\"Список Рособнадзора 2095\"}",
                "operator").statusCode());
        HttpResponse<String> changed = put(status, "{\"status\":\"SOCIAL_RISK\",\"reason\":\"Социальный паспорт\"}",
                "operator");
        assertEquals(200, changed.statusCode(), changed.body());
        HttpResponse<String> refused = put(status, "{\"status\":\"LOW_RESULTS\"}", "operator");
        assertEquals(400, refused.statusCode(), "not proposed, no reason: refused, so no line");
        assertEquals("Правило выявления не предлагает эту школу: чтобы отнести её к ШНОР, укажите причину.",
                object(refused).getString("message"));
        assertEquals(200, put("/regions/64/campaigns/2095/schools/balashovsky/bal-2/status",
                "{\"status\":\"CURATOR_SCHOOL\"}", "operator").statusCode());

        String decisions = "/regions/64/campaigns/2095/decisions/history.csv";
        String russian = historyCsv(decisions, "coordinator", null);
        assertTrue(russian.startsWith("\uFEFFВремя (МСК+1);Кто;Логин;Что;Изменение;Было;Стало;Причина\r\n"), russian);
        assertTrue(russian.contains(";Ольга Операторова;operator;Аткарский муниципальный район › "
                + "МБОУ «СОШ № 1 г. Аткарска»;Решение о статусе школы;не задано;ШНОР;Список Рособнадзора 2095\r\n"), russian);
        assertTrue(russian.contains(";Решение о статусе школы;ШНОР;ШССУ;Социальный паспорт\r\n"), russian);
        assertEquals(3, russian.split("\r\n").length,
                "the heading and atk-1's two decisions: the refused one is not there, bal-2 is another municipality's");
        String english = historyCsv(decisions, "operator", "en");
        assertTrue(english.startsWith("\uFEFFTime (MSK+1);Who;Login;Subject;Change;Before;After;Reason\r\n"), english);
        assertTrue(english.contains(";School status decided;Low results (ШНОР);Difficult social conditions (ШССУ);"
                + "Социальный паспорт\r\n"), english);
        assertFalse(english.contains("SOCIAL_RISK"), "no raw names: " + english);
        assertTrue(english.contains(";Curator school;\r\n"), "the operator reads the whole region: " + english);
        assertEquals(403, get(decisions, "operator23").statusCode(), "another region's operator");
        assertEquals(403, get(decisions, "teacher").statusCode(), "a teacher of no territory");

        String profile = ATK_1.formatted(2095);
        assertEquals(200, put(profile, "{\"factors\":[{\"position\":1,\"significance\":\"высокая\"}]}", "school")
                .statusCode());
        assertEquals(200, put(profile, "{\"factors\":[{\"position\":1,\"significance\":\"низкая\"}]}", "school")
                .statusCode());
        String story = historyCsv(profile + "/history.csv", "school", null);
        assertTrue(story.contains(";Иван Директоров;school;1. "), story);
        assertTrue(story.contains(": высокая → низкая;высокая;низкая;\r\n"), "the factor's change, before and after: " + story);
        String englishStory = historyCsv(profile + "/history.csv", "school", "en");
        assertTrue(englishStory.contains(";high;low;\r\n"), englishStory);
        assertTrue(englishStory.contains(": not set → high;not set;high;\r\n"), "a first significance: " + englishStory);
        int outsider = get(profile + "/history.csv", "teacher").statusCode();
        assertTrue(outsider == 403 || outsider == 404, "a teacher of no territory: " + outsider);

        logIn("operator", DemoUsers.PASSWORD);
        browser.open(page("/app/identification.xhtml?campaign=2095"));
        browser.awaitText("Выгрузить историю решений (CSV)");
        browser.open(page("/app/risk-profile.xhtml?campaign=2095&school=" + Campaigns.schoolId("atk-1")));
        browser.awaitText("Выгрузить историю (CSV)");
    }
}
