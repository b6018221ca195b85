package ru.portal500.contests.web;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import ru.portal500.contests.JudgingFixture;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.it.ApiBrowserTest;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A nomination short of the minimum, decided on in the browser once entries have closed: the judging page shows it at
 * risk with the decision's form (at 1366 and 390 px); the decision without a reason is refused and nothing changes;
 * merged with a reason, its entry goes on in the other nomination, the page and the public page say what became of it.
 */
class NominationClosureBrowserIT extends ApiBrowserTest {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    /** The labels of the decision's choices under the nomination at a position of the page. */
    private List<String> choices(int nomination) {
        return browser.driver().findElements(By.cssSelector("[id='closure" + nomination + ":decision'] label")).stream()
                .map(l -> l.getText().strip()).toList();
    }

    @Test
    void theOrganiserMergesANominationShortOfTheMinimumWithAReason() {
        JudgingFixture fixture = new JudgingFixture(api(), this::token, RUN);
        String title = "Слияние номинаций " + RUN;
        JsonObject contest = fixture.contest(title, List.of("Малая номинация", "Основная номинация"));
        long contestId = JudgingFixture.id(contest);
        String entryTitle = "Кейс малой номинации " + RUN;
        fixture.admittedEntry(contestId, fixture.school(contestId), JudgingFixture.nomination(contest), entryTitle);
        fixture.closeEntries(contestId);

        browser.atWidth(390);
        logIn("organiser", DemoUsers.PASSWORD);
        browser.open(page("/app/"));
        browser.awaitUrlContaining("/app/dashboard.xhtml");
        browser.open(page("/app/contest-judging.xhtml?id=" + contestId));
        browser.awaitText("Номинация под угрозой: работ 1, нужно не меньше 5.");
        browser.assertNoHorizontalScroll("the judging page with the decision on a nomination");
        browser.assertNothingOverlaps("the judging page with the decision on a nomination");
        browser.atWidth(1366);
        browser.open(page("/app/contest-judging.xhtml?id=" + contestId));
        browser.awaitText("Номинация под угрозой");

        assertEquals(List.of("Отменить номинацию", "Объединить с номинацией «Основная номинация»"), choices(0),
                "cancel, or merge into the other open nomination");
        browser.click("#closure0\\:close");
        browser.click(".ui-confirmdialog-yes");
        browser.awaitText("Выберите решение: объединить номинацию с другой или отменить её.");
        browser.driver().findElement(By.xpath("//*[@id='closure0:decision']//label[text()='Объединить с номинацией"
                + " «Основная номинация»']")).click();
        browser.click("#closure0\\:close");
        browser.click(".ui-confirmdialog-yes");
        browser.awaitText("Укажите причину");
        assertTrue(browser.pageText().contains("Малая номинация") && browser.find("#closure0\\:close").isDisplayed(),
                "nothing changed without a reason");

        browser.type("#closure0\\:reason", "Подано меньше пяти работ; «Малая» и «Основная» близки по теме");
        browser.click("#closure0\\:close");
        browser.click(".ui-confirmdialog-yes");
        browser.awaitText("Номинация объединена с другой");
        browser.awaitText("Номинация «Малая номинация» объединена с номинацией «Основная номинация»: Подано меньше"
                + " пяти работ");
        assertTrue(browser.text("#entries0\\:board").contains(entryTitle),
                "the entry goes on in the other nomination: " + browser.text("#entries0\\:board"));
        assertEquals(List.of("Отменить номинацию"), choices(0),
                "the nomination left is still short of the minimum, and can only be cancelled now");

        logOut();
        browser.open(page("/contest.xhtml?id=" + contestId));
        browser.awaitText(title);
        assertTrue(browser.text("#nominations").contains("Основная номинация")
                && !browser.text("#nominations").contains("Малая номинация"), browser.text("#nominations"));
        browser.awaitText("Номинация «Малая номинация» объединена с номинацией «Основная номинация»");
    }
}
