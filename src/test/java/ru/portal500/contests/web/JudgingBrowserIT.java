package ru.portal500.contests.web;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import ru.portal500.contests.JudgingFixture;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.it.ApiBrowserTest;
import ru.portal500.it.Await;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A contest walked through every actor in the browser, from the call to the bank entry a visitor finds. The organiser
 * creates the contest with two nominations scored with the contest checklist, sets its rules and stages and
 * publishes the call; a visitor reads the call's public page (at 390 px too); the school team enters from that page,
 * describes its case, names an author, attaches the case file and submits; the organiser admits the entry on the
 * entries check. Once entries have closed, the organiser opens judging from the contest's page, seats two jurors by
 * login (a wrong login is refused by name) and lets the portal assign the entries. During judging the portal's search
 * finds the entry as a contest case for the organiser (the hit opens the entry) and for the juror judging it (the hit
 * opens their score sheet), and not for a visitor. The juror finds the entry from the menu, scores it beside the case
 * (a draft, then the submit, which names what is missing first), at 1366 and 390 px; the organiser's board then shows
 * the submitted review, the organiser confirms the results once the untouched review is withdrawn and puts the entry
 * into the bank of practices, and a visitor reads the results with the protocol's SHA-256 and finds the practice with
 * the search.
 */
class JudgingBrowserIT extends ApiBrowserTest {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    /** A field of the criterion at a position (0-based) of the checklist's repeat, whatever the repeat's own id. */
    private static String field(int criterion, String name) {
        return "#sheet [id$=':" + criterion + ":" + name + "']";
    }

    private void typeMark(int criterion, String mark) {
        WebElement input = browser.find(field(criterion, "scale"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(mark);
    }

    /** The id in a page's address ({@code …?id=5}). */
    private static long idIn(String url) {
        return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    private void retype(String css, String value) {
        WebElement input = browser.find(css);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
    }

    /** Clicks the box of a PrimeFaces checkbox (one of a select-many's by its label, when given). */
    private void tick(String css) {
        browser.click(css + " .ui-chkbox-box");
    }

    private void tickOption(String selectId, String labelPart) {
        String input = browser.driver().findElement(By.xpath("//*[@id='" + selectId + "']//label[contains(., '"
                + labelPart + "')]")).getAttribute("for");
        browser.driver().findElement(By.xpath("//input[@id='" + input + "']/ancestor::div[contains(@class, "
                + "'ui-chkbox')][1]//div[contains(@class, 'ui-chkbox-box')]")).click();
    }

    /**
     * The organiser's rules of this contest, on its page: open to any school of the region, judged not blind with two
     * reviews an entry, the problem and a file «Описание кейса» required of an entry.
     */
    private void setJudgingRules() {
        tick("#settings\\:openToRegion");
        tick("#settings\\:blind");
        retype("#settings\\:reviews", "2");
        tickOption("settings:fields", "проблема и факторы риска");
        browser.type("#settings\\:files", "Описание кейса");
        browser.click("#settings\\:saveSettings");
        browser.awaitText("Настройки конкурса сохранены.");
    }

    /** The portal's search page for these words. */
    private String search(String words) {
        return page("/search.xhtml?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
    }

    /** The kind of item a hit of the search is, as its line under the title reads (e.g. «Конкурсный кейс · …»). */
    private String kindOfHit(String linkCss) {
        return browser.driver().findElement(By.cssSelector(linkCss))
                .findElement(By.xpath("ancestor::article[1]//div[contains(@class, 'portal-muted')]")).getText();
    }

    /** Waits until the search for these words shows the link (the index is written after the commit). */
    private void awaitHit(String what, String searchPage, String linkCss) {
        Await.until(what, Duration.ofMinutes(1), () -> {
            browser.open(searchPage);
            return !browser.driver().findElements(By.cssSelector(linkCss)).isEmpty();
        });
    }

    @Test
    void aContestWalksFromItsCallThroughEveryActorToThePracticeAVisitorFinds() throws IOException {
        JudgingFixture fixture = new JudgingFixture(api(), this::token, RUN);
        ContestSteps steps = new ContestSteps(browser, this::page);
        String first = "bj1-" + RUN;
        String second = "bj2-" + RUN;
        fixture.juror(first);
        fixture.juror(second);
        String title = "Судейство в браузере " + RUN;
        String entryTitle = "Кейс для жюри " + RUN;
        LocalDate today = JudgingFixture.TODAY;

        // The organiser makes the contest and publishes its call.
        browser.atWidth(1366);
        logIn("organiser", DemoUsers.PASSWORD);
        String organisersPage = steps.createContest(title);
        long contestId = idIn(organisersPage);
        long checklist = fixture.contestChecklist();
        String checklistLabel = steps.checklistLabel(checklist);
        // Two nominations, the entry in the first: a form of any nomination but the last once ignored what was typed.
        steps.addNomination("Кейсы", checklistLabel);
        steps.addNomination("Педагогические практики", checklistLabel);
        setJudgingRules();
        steps.setStages(today, 0, 0, 20, 21, 34, 35);
        String publicPage = steps.publish();
        JsonObject made = object(api().get("/contests/" + contestId, token("organiser")));
        assertTrue(made.getJsonObject("audience").getBoolean("regionSchools") && !made.getBoolean("blind")
                && made.getInt("reviewsPerEntry") == 2 && made.getJsonArray("requiredFields").toString()
                .contains("PROBLEM") && made.getJsonArray("requiredFiles").getString(0).equals("Описание кейса"),
                "the rules set on the page: " + made);
        assertEquals(List.of("Кейсы", "Педагогические практики"), made.getJsonArray("nominations")
                .getValuesAs(JsonObject.class).stream().map(n -> n.getString("title")).toList());
        assertTrue(made.getJsonArray("nominations").getValuesAs(JsonObject.class).stream()
                .allMatch(n -> !n.isNull("checklist") && n.getJsonNumber("checklist").longValue() == checklist),
                "each nomination scored with the contest checklist: " + made.getJsonArray("nominations"));

        // A visitor reads the call.
        logOut();
        browser.atWidth(390);
        browser.open(publicPage);
        browser.awaitText(title);
        String nominations = browser.text("#nominations");
        assertTrue(nominations.contains("Кейсы") && nominations.contains("Педагогические практики"), nominations);
        assertTrue(browser.text("#stages").contains(today.plusDays(20).format(ContestSteps.DAY)),
                browser.text("#stages"));
        browser.assertNoHorizontalScroll("the call's public page");
        browser.atWidth(1366);

        // The school team enters from the call's page.
        logIn("school", DemoUsers.PASSWORD);
        steps.enterFromCall(contestId, title);
        String entryPage = steps.openDraft(entryTitle);
        long entryId = idIn(entryPage);
        steps.describeCase("Низкая учебная мотивация", "Школа ввела час чтения.");
        steps.nameAuthorWhoConsents("Иван Директоров");
        steps.attachRequiredFile("Описание кейса", List.of(entryTitle, "Итоги года " + RUN));
        steps.submit();

        // The organiser admits it on the entries check.
        logOut();
        logIn("organiser", DemoUsers.PASSWORD);
        steps.admit(contestId, entryTitle);

        // Time passes until the entries' last day is over: the stages' days are moved back through the API, as an
        // organiser may move them, so that the entries close today rather than in three weeks.
        fixture.closeEntries(contestId);

        browser.open(page("/app/contest.xhtml?id=" + contestId));
        browser.awaitText(title);
        browser.click("#judgingLink");
        browser.awaitUrlContaining("/app/contest-judging.xhtml");
        browser.awaitText("Судейство ещё не открыто");
        browser.click("#opening\\:open");
        browser.click(".ui-confirmdialog-yes");
        browser.awaitText("Судейство открыто.");

        browser.type("#jury0\\:login", "nobody-" + RUN);
        browser.click("#jury0\\:seat");
        browser.awaitText("nobody-" + RUN);
        browser.type("#jury0\\:login", first);
        browser.click("#jury0\\:seat");
        browser.awaitText("(" + first + ")");
        // Enter in the login seats the person typed (it once pressed the first juror's «Убрать»).
        browser.type("#jury0\\:login", second);
        browser.find("#jury0\\:login").sendKeys(Keys.ENTER);
        browser.awaitText("(" + second + ")");
        assertTrue(browser.text("#jury0\\:seats").contains("(" + first + ")"), browser.text("#jury0\\:seats"));
        browser.click("#entries0\\:assign");
        browser.awaitText("Назначено оценок: 2.");
        assertTrue(browser.text("#entries0\\:board").contains(entryTitle), browser.text("#entries0\\:board"));

        // During judging the entry is a case in the portal's search for the organiser, opening the entry ...
        String caseSearch = search(entryTitle);
        String caseLink = "a[href$='/app/case.xhtml?id=" + entryId + "']";
        awaitHit("the organiser finds the entry as a contest case", caseSearch, caseLink);
        assertTrue(kindOfHit(caseLink).startsWith("Конкурсный кейс"), kindOfHit(caseLink));
        browser.click(caseLink);
        browser.awaitUrlContaining("/app/entry.xhtml?id=");
        assertEquals(entryId, idIn(browser.url()), "the organiser's hit opens the entry: " + browser.url());
        browser.awaitText(entryTitle);
        assertTrue(browser.text("#state").contains("Допущена к экспертизе"), browser.text("#state"));

        // ... not for a visitor ...
        logOut();
        browser.open(caseSearch);
        browser.find("#total");
        assertTrue(browser.driver().findElements(By.cssSelector("a[href*='/app/case.xhtml']")).isEmpty(),
                "a visitor finds no case: " + browser.pageText());
        assertFalse(browser.pageText().contains("Конкурсный кейс"), browser.pageText());

        // ... and for the juror judging it, opening their score sheet.
        logIn(first, DemoUsers.PASSWORD);
        awaitHit("the juror judging the entry finds it as a contest case", caseSearch, caseLink);
        assertTrue(kindOfHit(caseLink).startsWith("Конкурсный кейс"), kindOfHit(caseLink));
        browser.click(caseLink);
        browser.awaitUrlContaining("/app/entry-review.xhtml?id=");
        browser.awaitText("Низкая учебная мотивация");
        long foundReview = idIn(browser.url());
        assertTrue(browser.pageText().contains(entryTitle), browser.pageText());

        browser.menu("/app/judging.xhtml");
        browser.awaitText(entryTitle);
        browser.driver().findElement(By.xpath("//a[contains(., '" + entryTitle + "')]")).click();
        browser.awaitUrlContaining("/app/entry-review.xhtml?id=");
        browser.awaitText("Низкая учебная мотивация");
        String reviewPage = browser.url();
        assertEquals(idIn(reviewPage), foundReview, "the search's hit opened the juror's own score sheet");
        assertTrue(browser.text("#entrant").startsWith("Команда школы") && !browser.text("#entrant").contains("Слепое"),
                "the entrant is named when judging is not blind: " + browser.text("#entrant"));

        typeMark(0, "3");
        typeMark(1, "2");
        browser.type("#sheet\\:remarks", "Сильный кейс " + RUN);
        browser.click("#sheet\\:save");
        browser.awaitText("Черновик оценки сохранён.");
        browser.click("#sheet\\:submit");
        browser.click(".ui-confirmdialog-yes");
        browser.awaitText("Не заполнены обязательные критерии: 3, 4, 5, 6");
        typeMark(2, "2,5");
        typeMark(3, "1");
        typeMark(4, "3");
        browser.type(field(5, "comment"), "Данные мониторинга убедительны.");
        browser.click("#sheet\\:submit");
        browser.click(".ui-confirmdialog-yes");
        browser.awaitText("Оценка отправлена организатору.");
        assertTrue(browser.text("#state").contains("Оценка отправлена"), browser.text("#state"));

        browser.atWidth(390);
        browser.open(reviewPage);
        browser.awaitText(entryTitle);
        browser.assertNoHorizontalScroll("the juror's score sheet");
        browser.open(page("/app/judging.xhtml"));
        browser.awaitText(entryTitle);
        browser.assertNoHorizontalScroll("the juror's list");
        browser.atWidth(1366);

        logOut();
        logIn("organiser", DemoUsers.PASSWORD);
        browser.open(page("/app/contest-judging.xhtml?id=" + contestId));
        browser.awaitText(entryTitle);
        String board = browser.text("#entries0\\:board");
        assertTrue(board.contains("Оценка отправлена") && board.contains("Назначена"), board);
        browser.atWidth(390);
        browser.open(page("/app/contest-judging.xhtml?id=" + contestId));
        browser.awaitText(entryTitle);
        browser.assertNoHorizontalScroll("the organiser's judging page");
        browser.atWidth(1366);

        // The second juror never started: the organiser confirms once the untouched review is withdrawn.
        browser.open(page("/app/contest-judging.xhtml?id=" + contestId));
        browser.click("#results\\:confirm");
        browser.click(".ui-confirmdialog-yes");
        browser.awaitText("Утвердить итоги пока нельзя: 1 оценка ещё не отправлена");
        browser.click("#entries0\\:board [id$=':withdraw']");
        browser.awaitText("Назначение снято.");
        browser.click("#results\\:confirm");
        browser.click(".ui-confirmdialog-yes");
        try {
            browser.awaitText("Итоги утверждены и опубликованы");
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("judging-confirm");
            throw new AssertionError("no confirmation; the page says: " + browser.pageText(), e);
        }
        String sha256 = browser.text("#published code");
        assertTrue(sha256.matches("[0-9a-f]{64}"), sha256);
        browser.click("#entries0\\:board [id$=':intoBank']");
        browser.click(".ui-confirmdialog-yes");
        browser.awaitText("Работа в банке практик: практика №");
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("практика № ?(\\d+)")
                .matcher(browser.pageText().replace('\u00a0', ' '));
        assertTrue(number.find(), browser.pageText());
        String practice = number.group(1);
        // Once in the bank the entry is not offered again: its row leads to the practice instead.
        assertTrue(browser.driver().findElements(By.cssSelector("#entries0\\:board [id$=':intoBank']")).isEmpty(),
                "no second «в банк практик»");
        assertTrue(browser.text("#entries0\\:board [id$=':inBank']").replace('\u00a0', ' ').contains("практика № " + practice),
                browser.text("#entries0\\:board"));

        logOut();
        browser.open(page("/contest.xhtml?id=" + contestId));
        browser.awaitText("Итоги конкурса");
        assertTrue(browser.text("#awards").contains(entryTitle) && browser.text("#awards").contains("участник"),
                browser.text("#awards"));
        assertTrue(browser.text("#protocolSha256").equals(sha256), "a visitor reads the same hash");
        assertTrue(browser.find("#awards a[href*='practice.xhtml?id=" + practice + "']").getText().contains(entryTitle),
                "the results lead to the practice the entry became");
        browser.atWidth(390);
        browser.open(page("/contest.xhtml?id=" + contestId));
        browser.awaitText("Итоги конкурса");
        browser.assertNoHorizontalScroll("the public results");
        browser.atWidth(1366);
        // A visitor finds the new practice with the portal's search (indexed after the commit) and opens it.
        String search = page("/search.xhtml?q=" + java.net.URLEncoder.encode(entryTitle,
                java.nio.charset.StandardCharsets.UTF_8));
        ru.portal500.it.Await.until("the practice is found by a visitor's search", java.time.Duration.ofMinutes(1),
                () -> {
                    browser.open(search);
                    return !browser.driver().findElements(By.cssSelector("a[href$='practice.xhtml?id=" + practice
                            + "']")).isEmpty();
                });
        browser.click("a[href$='practice.xhtml?id=" + practice + "']");
        browser.awaitUrlContaining("/practice.xhtml?id=" + practice);
        browser.awaitText("Из конкурса");
        assertTrue(browser.text("#origin").contains(title) && browser.text("#origin").contains("участник"),
                "the practice says where it came from: " + browser.text("#origin"));
    }
}
