package ru.portal500.contests.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.it.ApiBrowserTest;
import ru.portal500.it.RealmAdmin;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo contest organiser creates a contest from the menu, adds two nominations, sets the stages' days and
 * publishes the call; its pages and, for a visitor, the call's public page fit a phone 390 px wide (no sideways scroll).
 */
class ContestBrowserIT extends ApiBrowserTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    @Test
    void theOrganiserCreatesAContestWithTwoNominationsAndPublishesIt() {
        String title = "Конкурс кейсов из браузера " + RUN;
        logIn("organiser", DemoUsers.PASSWORD);
        browser.menu("/app/contests.xhtml");
        browser.type("#contests\\:title", title);
        browser.click("#contests\\:create");
        browser.awaitUrlContaining("/app/contest.xhtml");
        browser.awaitText(title);
        String organisersPage = browser.url();

        for (String nomination : new String[] {"Управленческие практики", "Педагогические практики"}) {
            browser.type("#nomination\\:title", nomination);
            browser.click("#nomination\\:add");
            browser.awaitText("Номинация добавлена.");
        }
        browser.find("#contest\\:nominations\\:0\\:nominationTitle").clear();
        browser.click("#contest\\:nominations\\:0\\:saveNomination");
        browser.awaitText("Укажите название номинации");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Saratov"));
        int[] offsets = {0, 1, 30, 37, 51, 58};
        for (int i = 0; i < offsets.length; i++) {
            String css = "#stages\\:days\\:" + i + "\\:day_input";
            browser.type(css, today.plusDays(offsets[i]).format(DAY));
            browser.find(css).sendKeys(Keys.ESCAPE);
        }
        browser.click("#stages\\:saveStages");
        browser.awaitText("Сроки этапов сохранены.");
        browser.click("#contest\\:publish");
        browser.awaitText("Конкурс объявлен; его страница открыта всем.");
        assertTrue(browser.text("#state").contains("Объявлен"), browser.text("#state"));
        String publicPage = browser.find("#publicPage").getAttribute("href");
        assertTrue(browser.url().equals(organisersPage), "the page's address keeps the contest after its forms were"
                + " sent, so a reload shows it again: " + browser.url());
        browser.open(browser.url());
        browser.awaitText("Этапы и сроки");
        assertTrue(browser.text("#state").contains("Объявлен"), "after a reload: " + browser.text("#state"));
        browser.atWidth(390);
        browser.open(organisersPage);
        browser.awaitText("Этапы и сроки");
        browser.assertNoHorizontalScroll("the organiser's contest page");
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
        browser.open(organisersPage);
        browser.awaitText("Этапы и сроки");
        browser.type("#nomination\\:title", "Практики наставничества");
        browser.click("#nomination\\:add");
        browser.awaitText("Номинация добавлена.");
        assertEquals("Практики наставничества",
                browser.find("#contest\\:nominations\\:2\\:nominationTitle").getAttribute("value"),
                "the organiser given this contest alone adds a nomination on its page");
    }
}
