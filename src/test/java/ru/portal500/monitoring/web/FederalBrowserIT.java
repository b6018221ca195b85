package ru.portal500.monitoring.web;

import org.junit.jupiter.api.Test;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.it.ApiBrowserTest;
import ru.portal500.it.Campaigns;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The federal reader's roll-up in the browser (issue 18): the regions of a school year, a region opened to its
 * municipalities with the chosen indicator's value, shares with their «%», and no school's name anywhere; at 390 and
 * 1366 px no sideways scroll; a regional operator is refused the page. Campaign 2090, its monitoring date yesterday.
 */
class FederalBrowserIT extends ApiBrowserTest {

    private static final int YEAR = 2090;

    @Test
    void theFederalReaderOpensARegionToItsMunicipalitiesAndSeesNoSchool() {
        LocalDate today = LocalDate.now();
        assertEquals(201, api().post("/regions/64/campaigns", "{\"schoolYear\":" + YEAR + ",\"name\":\"500+ " + YEAR
                + "\",\"monitoringDates\":[\"" + today.minusDays(1) + "\"]}", token("operator")).statusCode());
        Campaigns campaigns = new Campaigns(api());
        campaigns.status(YEAR, "atk-1", "LOW_RESULTS");
        String school = object(api().get("/schools/" + Campaigns.schoolId("atk-1"), token("operator")))
                .getString("name");

        logIn("federal", DemoUsers.PASSWORD);
        for (int width : List.of(390, 1366)) {
            browser.atWidth(width);
            browser.open(page("/app/federal.xhtml?year=" + YEAR));
            browser.awaitText("Сводка мониторинга по регионам");
            browser.click("a[href*='region=64']");
            browser.awaitText("Муниципалитеты");
            String text = browser.pageText();
            assertTrue(text.contains("Аткарский"), text);
            assertTrue(text.contains("Доля мероприятий дорожных карт, выполненных в срок"), text);
            assertTrue(text.contains(" %"), "a share shows its sign: " + text);
            assertFalse(text.contains(school), "no school's name: " + school);
            assertFalse(text.contains("()"), "no empty brackets: " + text);
            browser.assertNoHorizontalScroll("the federal roll-up with a region open at " + width + " px");
        }
        logOut();

        logIn("operator", DemoUsers.PASSWORD);
        browser.open(page("/app/federal.xhtml?year=" + YEAR));
        browser.awaitText("Доступ запрещён");
    }
}
