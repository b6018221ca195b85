package ru.portal500.contests.web;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import ru.portal500.contests.JudgingFixture;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.it.ApiBrowserTest;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Judging clicked through as its people do: the organiser opens judging from the contest's page, seats two jurors by
 * login (a wrong login is refused by name) and lets the portal assign the entries; a juror finds the entry from the
 * menu, scores it beside the case (a draft, then the submit, which names what is missing first), at 1366 and 390
 * px; the organiser's board then shows the submitted review, the organiser confirms the results once the untouched
 * review is withdrawn, and a visitor reads them with the protocol's SHA-256.
 */
class JudgingBrowserIT extends ApiBrowserTest {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    /** A field of the criterion at a position (0-based) of the checklist's repeat, whatever the repeat's own id. */
    private static String field(int criterion, String name) {
        return "#sheet [id$=':" + criterion + ":" + name + "']";
    }

    private void typeMark(int criterion, String mark) {
        WebElement input = browser.find(field(criterion, "scale_input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(mark);
    }

    @Test
    void theOrganiserOpensJudgingAndAssignsAndAJurorScoresInTheBrowser() {
        JudgingFixture fixture = new JudgingFixture(api(), this::token, RUN);
        String first = "bj1-" + RUN;
        String second = "bj2-" + RUN;
        fixture.juror(first);
        fixture.juror(second);
        String title = "Судейство в браузере " + RUN;
        // Two nominations, the entry in the first: a form of any nomination but the last once ignored what was typed.
        JsonObject contest = fixture.contest(title, java.util.List.of("Кейсы", "Педагогические практики"));
        long contestId = JudgingFixture.id(contest);
        String entryTitle = "Кейс для жюри " + RUN;
        fixture.admittedEntry(contestId, fixture.school(contestId), JudgingFixture.nomination(contest), entryTitle);
        fixture.closeEntries(contestId);

        browser.atWidth(1366);
        logIn("organiser", DemoUsers.PASSWORD);
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

        logOut();
        logIn(first, DemoUsers.PASSWORD);
        browser.menu("/app/judging.xhtml");
        browser.awaitText(entryTitle);
        browser.driver().findElement(By.xpath("//a[contains(., '" + entryTitle + "')]")).click();
        browser.awaitUrlContaining("/app/entry-review.xhtml?id=");
        browser.awaitText("Низкая учебная мотивация");
        String reviewPage = browser.url();
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
        browser.awaitText("Работа в банке практик: практика №");
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("практика № ?(\\d+)")
                .matcher(browser.pageText().replace('\u00a0', ' '));
        assertTrue(number.find(), browser.pageText());
        String practice = number.group(1);

        logOut();
        browser.open(page("/contest.xhtml?id=" + contestId));
        browser.awaitText("Итоги конкурса");
        assertTrue(browser.text("#awards").contains(entryTitle) && browser.text("#awards").contains("участник"),
                browser.text("#awards"));
        assertTrue(browser.text("#protocolSha256").equals(sha256), "a visitor reads the same hash");
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
