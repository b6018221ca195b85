package ru.portal500.contests.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.it.ApiBrowserTest;
import ru.portal500.it.RealmAdmin;
import ru.portal500.it.TestInfrastructure;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo contest organiser creates a contest from the menu, adds two nominations, sets the stages' days and
 * publishes the call; its pages and, for a visitor, the call's public page fit a phone 390 px wide (no sideways scroll;
 * no button's «+» over its words, nothing over anything). Then what a walker found clicking as the organiser:
 * impossible dates, numbers out of range and over-long text are told, not silently changed; a deep link survives the
 * login; a Russian text file is served with its charset; a forged id shows «not found» to the caller still logged in.
 */
class ContestBrowserIT extends ApiBrowserTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    @Test
    void theOrganiserCreatesAContestWithTwoNominationsAndPublishesIt() {
        String title = "Конкурс кейсов из браузера " + RUN;
        ContestSteps steps = steps();
        logIn("organiser", DemoUsers.PASSWORD);
        String organisersPage = steps.createContest(title);

        for (String nomination : new String[] {"Управленческие практики", "Педагогические практики"}) {
            steps.addNomination(nomination, null);
        }
        browser.find("#contest\\:nominations\\:0\\:nominationTitle").clear();
        browser.click("#contest\\:nominations\\:0\\:saveNomination");
        browser.awaitText("Укажите название номинации");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Saratov"));
        steps.setStages(today, 0, 1, 30, 37, 51, 58);
        String publicPage = steps.publish();
        assertTrue(browser.url().equals(organisersPage), "the page's address keeps the contest after its forms were"
                + " sent, so a reload shows it again: " + browser.url());
        browser.open(browser.url());
        browser.awaitText("Этапы и сроки");
        assertTrue(browser.text("#state").contains("Объявлен"), "after a reload: " + browser.text("#state"));
        browser.atWidth(390);
        browser.open(organisersPage);
        browser.awaitText("Этапы и сроки");
        browser.assertNoHorizontalScroll("the organiser's contest page");
        browser.assertNothingOverlaps("the organiser's contest page");
        browser.open(page("/app/contests.xhtml"));
        browser.awaitText(title);
        browser.assertNoHorizontalScroll("the organiser's list of contests");
        browser.atWidth(1280);
        browser.open(organisersPage);
        browser.awaitText("Этапы и сроки");

        logOut();
        browser.atWidth(390);
        browser.open(publicPage);
        browser.awaitText(title);
        String nominations = browser.text("#nominations");
        assertTrue(nominations.contains("Управленческие практики") && nominations.contains("Педагогические практики"),
                nominations);
        assertTrue(browser.text("#stages").contains(today.plusDays(30).format(DAY)), browser.text("#stages"));
        browser.assertNoHorizontalScroll("the contest's public page");

        String lead = "contest-lead-web-" + RUN;
        RealmAdmin.createUser(lead, "Лев", "Приглашённый");
        String id = organisersPage.replaceAll(".*[?&]id=(\\d+).*", "$1");
        assertEquals(204, api().post("/grants", "{\"username\":\"" + lead + "\",\"role\":\"contest-organiser\","
                + "\"scope\":\"/64/_contests/" + id + "\"}", token("organiser")).statusCode());
        browser.atWidth(1280);
        logIn(lead, DemoUsers.PASSWORD);
        assertTrue(browser.menuOffers("/app/contest.xhtml?id=" + id),
                "the menu's «Конкурсы» leads the organiser given this contest alone to its page");
        browser.open(organisersPage);
        browser.awaitText("Этапы и сроки");
        browser.type("#nomination\\:title", "Практики наставничества");
        browser.click("#nomination\\:add");
        browser.awaitText("Номинация добавлена.");
        assertEquals("Практики наставничества",
                browser.find("#contest\\:nominations\\:2\\:nominationTitle").getAttribute("value"),
                "the organiser given this contest alone adds a nomination on its page");
    }

    /** A contest taking entries today, open to every school of region 64, asking for a problem and a case file. */
    private long contestTakingEntries(String title) {
        jakarta.json.JsonObject created = object(api().post("/contests", "{\"region\":\"64\",\"schoolYear\":2027,"
                + "\"title\":\"" + title + "\"}", token("organiser")));
        long id = created.getJsonNumber("id").longValue();
        long version = object(api().put("/contests/" + id, "{\"openToRegion\":true,\"requiredFields\":[\"PROBLEM\"],"
                + "\"requiredFiles\":[\"Описание кейса\"],\"version\":" + created.getJsonNumber("version") + "}",
                token("organiser"))).getJsonNumber("version").longValue();
        version = object(api().post("/contests/" + id + "/nominations", "{\"title\":\"Управленческие практики\","
                + "\"version\":" + version + "}", token("organiser"))).getJsonNumber("version").longValue();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Saratov"));
        version = object(api().put("/contests/" + id + "/stages", "{\"entriesOpen\":\"" + today + "\",\"entriesClose\":\""
                + today.plusDays(30) + "\",\"eligibilityCheck\":\"" + today.plusDays(37) + "\",\"judging\":\""
                + today.plusDays(51) + "\",\"results\":\"" + today.plusDays(58) + "\",\"version\":" + version + "}",
                token("organiser"))).getJsonNumber("version").longValue();
        assertEquals(200, api().post("/contests/" + id + "/call", "{\"version\":" + version + "}", token("organiser"))
                .statusCode());
        return id;
    }

    @Test
    void aSchoolEntersFromTheCallsPageAndTheOrganiserReturnsTheEntryForCompletion() throws java.io.IOException {
        String contestTitle = "Конкурс для заявок из браузера " + RUN;
        long contest = contestTakingEntries(contestTitle);
        String entryTitle = "Читательский марафон " + RUN;
        ContestSteps steps = steps();
        logIn("school", DemoUsers.PASSWORD);
        String entriesPage = steps.enterFromCall(contest, contestTitle);
        browser.atWidth(390);
        browser.open(entriesPage);
        browser.awaitText(contestTitle);
        browser.assertNoHorizontalScroll("the school's entries");
        browser.assertNothingOverlaps("the school's entries");
        browser.atWidth(1280);
        browser.open(entriesPage);
        browser.awaitText(contestTitle);
        String entryPage = steps.openDraft(entryTitle);

        steps.describeCase("Низкая мотивация к чтению в 5–7 классах",
                "Ежедневные 20 минут чтения и читательские дневники.");
        steps.nameAuthorWhoConsents("Иван Директоров");
        browser.click("#caseForm\\:submit");
        browser.awaitText("не приложен файл «Описание кейса»");

        steps.attachRequiredFile("Описание кейса", java.util.List.of(entryTitle,
                "Итоги года: рост читательской грамотности."));
        browser.atWidth(390);
        browser.open(entryPage);
        browser.awaitText(entryTitle);
        browser.assertNoHorizontalScroll("the entrant's draft with its uploads");
        browser.assertNothingOverlaps("the entrant's draft with its uploads");
        browser.atWidth(1280);
        browser.open(entryPage);
        browser.awaitText(entryTitle);
        steps.submit();
        browser.atWidth(390);
        browser.open(entryPage);
        browser.awaitText(entryTitle);
        browser.assertNoHorizontalScroll("the entrant's entry page");
        browser.atWidth(1280);

        logOut();
        logIn("organiser", DemoUsers.PASSWORD);
        browser.open(page("/app/contest-entries.xhtml?id=" + contest));
        browser.awaitText(entryTitle);
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(org.openqa.selenium.By.id("waiting")).getText().endsWith(": 1"));
        } catch (org.openqa.selenium.TimeoutException e) {
            String source = browser.driver().getPageSource();
            int at = Math.max(0, source.indexOf("id=\"waiting\""));
            throw new AssertionError(browser.url() + ": " + browser.text("#waiting") + " in a new contest of one entry: "
                    + browser.text("#entries") + "\n" + source.substring(Math.max(0, at - 300),
                    Math.min(source.length(), at + 300)), e);
        }
        browser.click("#entries\\:0\\:entryLink");
        browser.awaitUrlContaining("/app/entry.xhtml");
        browser.type("#check\\:reason", "Опишите, как измеряли рост читательской грамотности.");
        String due = LocalDate.now(ZoneId.of("Europe/Saratov")).plusDays(5).format(DAY);
        browser.type("#check\\:due_input", due);
        browser.find("#check\\:due_input").sendKeys(Keys.ESCAPE);
        browser.click("#check\\:return");
        browser.click(".ui-confirmdialog-yes");
        browser.awaitText("Заявка возвращена на доработку; участник получит уведомление.");

        logOut();
        logIn("school", DemoUsers.PASSWORD);
        browser.open(entryPage);
        browser.awaitText("Опишите, как измеряли рост читательской грамотности.");
        assertTrue(browser.text("#decision").contains(due), browser.text("#decision"));
        assertTrue(browser.text("#state").contains("Возвращена на доработку"), browser.text("#state"));
    }

    /**
     * An id that is no number, or a number of nothing the caller may see, in the address of a contest's page or an
     * entry's: the same «not found» page, in the portal's frame with the caller logged in (a forged id showed the
     * logged-out header, as if the login were lost).
     */
    @Test
    void aForgedOrUnknownIdShowsTheSameNotFoundPageToTheLoggedInCaller() {
        logIn("organiser", DemoUsers.PASSWORD);
        String expected = null;
        for (String path : new String[] {"/app/contest.xhtml?id=999999999", "/app/contest.xhtml?id=x",
                "/app/entry.xhtml?id=abc", "/app/entry.xhtml?id=999999999", "/app/contest-entries.xhtml?id=1x",
                "/app/school.xhtml?id=abc"}) {
            browser.open(page(path));
            String title = browser.text("#errorTitle");
            if (expected == null) {
                expected = title;
            }
            assertEquals(expected, title, path);
            assertEquals("Анна Организаторова", browser.text("#callerName"), path + ": the logged-in header");
            assertTrue(browser.driver().findElements(org.openqa.selenium.By.id("login")).isEmpty(),
                    path + ": no «Войти» for a logged-in caller");
            assertTrue(browser.menuOffers("/app/contests.xhtml"), path + ": the caller's own menu");
            assertEquals(404, browser.fetch(page(path)).status(), path);
        }
        assertTrue(expected.matches("\\P{IsLatin}+"), "Russian words: " + expected);
    }

    /** Creates a contest from the menu as the region's organiser (logged in) and returns its page's address. */
    private String newContest(String title) {
        return steps().createContest(title);
    }

    private ContestSteps steps() {
        return new ContestSteps(browser, this::page);
    }

    /** Waits until the page shows one of the words, and returns its text. */
    private String awaitEither(String... words) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> java.util.Arrays.stream(words).anyMatch(w -> browser.pageText().contains(w)));
        return browser.pageText();
    }

    /** 31.02.2027 is no day: refused with the stage named, nothing saved (it was saved as 28.02.2027). */
    @Test
    void anImpossibleDayIsRefusedNamingTheStageAndNothingIsSaved() {
        logIn("organiser", DemoUsers.PASSWORD);
        String page = newContest("Конкурс с датой, которой нет " + RUN);
        browser.type("#stages\\:days\\:1\\:day_input", "31.02.2027");
        browser.find("#stages\\:days\\:1\\:day_input").sendKeys(Keys.ESCAPE);
        browser.click("#stages\\:saveStages");
        String text = awaitEither("Сроки этапов сохранены.", "«31.02.2027» — такой даты нет в календаре");
        assertFalse(text.contains("Сроки этапов сохранены."), "an impossible day is not saved: " + text);
        assertTrue(text.contains("«Начало приёма заявок»: «31.02.2027» — такой даты нет в календаре"), text);
        browser.open(page);
        browser.awaitText("Этапы и сроки");
        assertEquals("", browser.find("#stages\\:days\\:1\\:day_input").getAttribute("value"), "nothing saved");
    }

    /**
     * −5 and 99999999 in the number fields are refused with the allowed range, not turned into 5 and 100; «1,5» is
     * refused as no whole number, not made 15.
     */
    @Test
    void numbersOutOfRangeAreRefusedWithTheRangeAndNothingIsSaved() {
        logIn("organiser", DemoUsers.PASSWORD);
        String page = newContest("Конкурс с числами вне границ " + RUN);
        retype("#settings\\:minEntries", "-5");
        retype("#settings\\:reviews", "99999999");
        retype("#settings\\:divergence", "1,5");
        browser.click("#settings\\:saveSettings");
        String text = awaitEither("Настройки конкурса сохранены.", "допустимо целое число");
        assertFalse(text.contains("Настройки конкурса сохранены."), "nothing saved: " + text);
        assertTrue(text.contains("«Минимум заявок в номинации»: допустимо целое число от 1 до 100, введено -5."), text);
        assertTrue(text.contains("«Оценок жюри на заявку»: допустимо целое число от 1 до 10, введено 99999999."), text);
        assertTrue(text.contains("«Допустимое расхождение итоговых баллов (баллов)»: нужно целое число, например 5;"
                + " «1,5» — не целое число."), "a comma is not dropped (1,5 made 15): " + text);
        browser.open(page);
        browser.awaitText("Этапы и сроки");
        assertEquals("5", browser.find("#settings\\:minEntries").getAttribute("value"), "nothing saved");
    }

    /** A title typed past its 500 characters is not cut off unseen: the field says it is full. */
    @Test
    void aFieldFullUpToItsLimitSaysSo() {
        logIn("organiser", DemoUsers.PASSWORD);
        newContest("Конкурс с длинным названием " + RUN);
        browser.type("#settings\\:title", "Д".repeat(510));
        browser.awaitText("500 из 500 знаков: больше в это поле не входит.");
        assertEquals(500, browser.find("#settings\\:title").getAttribute("value").length());
    }

    /** A contest's page opened logged out leads, after Keycloak's login, to that page with its query, not the desk. */
    @Test
    void aLinkOpenedLoggedOutLeadsToItsPageAfterTheLogin() {
        logIn("organiser", DemoUsers.PASSWORD);
        String page = newContest("Конкурс по ссылке " + RUN);
        logOut();
        browser.open(page);
        browser.awaitUrlContaining(TestInfrastructure.keycloak().issuer());
        browser.logInOnKeycloak("organiser", DemoUsers.PASSWORD);
        browser.awaitUrlContaining("/app/");
        browser.find("#mainMenu");
        assertEquals(page, browser.url(), "the page asked for, with its query string");
    }

    /** Regulations written in Windows-1251 (Notepad's Russian) are served as text/plain with that charset. */
    @Test
    void russianTextRegulationsAreServedWithTheirCharset() throws IOException {
        logIn("organiser", DemoUsers.PASSWORD);
        String page = newContest("Конкурс с положением в тексте " + RUN);
        Path file = Files.createTempDirectory("regulations").resolve("Положение.txt");
        String words = "Положение о конкурсе «Панорама методических кейсов»: заявки принимаются до 30 ноября.";
        Files.write(file, words.getBytes(Charset.forName("windows-1251")));
        browser.driver().findElement(org.openqa.selenium.By.cssSelector("#regulations\\:upload_input"))
                .sendKeys(file.toString());
        browser.awaitText("Положение.txt");
        String id = page.replaceAll(".*[?&]id=(\\d+).*", "$1");
        HttpResponse<byte[]> served = api().download("/contests/" + id + "/regulations", token("organiser"));
        assertEquals(200, served.statusCode());
        String type = served.headers().firstValue("Content-Type").orElse("");
        assertEquals("text/plain;charset=windows-1251", type.replace(" ", "").toLowerCase(java.util.Locale.ROOT)
                .replace("charset=\"windows-1251\"", "charset=windows-1251"), type);
        assertEquals(words, new String(served.body(), Charset.forName("windows-1251")));
    }

    private void retype(String css, String value) {
        org.openqa.selenium.WebElement input = browser.find(css);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
    }
}
