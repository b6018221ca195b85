package ru.portal500.registry.web;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.it.ApiBrowserTest;
import ru.portal500.it.Campaigns;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The next school year in the browser (issue 18, item 11). In 2048/49 atk-1 and bal-2 are ШНОР, atk-1 is paired
 * with atk-3 and its curator, and atk-1's roadmap has two measures not done. The operator rolls the campaign over
 * from the campaigns page (asked first), lands on the worksheet against last year and records bal-2 leaving the
 * programme (refused without words for «Другое»); the coordinator confirms atk-1's pair with its curator ticked; the
 * school begins its 2049/50 roadmap, takes one carried measure with new dates (refused in last year's) and drops the
 * other (refused without a note), and reads last year's roadmap, archived, without a button to change it. At 390 and
 * 1366 px the new pages have no sideways scroll. Campaigns 2049 and 2050.
 */
class RolloverBrowserIT extends ApiBrowserTest {

    private static final int YEAR = 2049;

    @Test
    void theOperatorRollsTheYearOverTheCoordinatorConfirmsThePairTheSchoolTakesItsMeasures() {
        assertEquals(201, api().post("/regions/64/campaigns", "{\"schoolYear\":" + YEAR + ",\"name\":\"Программа 500+ "
                + "2048/49\"}", token("operator")).statusCode());
        Campaigns campaigns = new Campaigns(api());
        campaigns.status(YEAR, "atk-1", "LOW_RESULTS");
        campaigns.status(YEAR, "bal-2", "LOW_RESULTS");
        String pairs = "/regions/64/campaigns/" + YEAR + "/pairs";
        long pair = object(api().post(pairs, "{\"municipality\":\"atkarsky\",\"school\":\"atk-1\","
                + "\"curatorMunicipality\":\"atkarsky\",\"curatorSchool\":\"atk-3\"}", token("coordinator")))
                .getJsonNumber("id").longValue();
        assertEquals(200, api().post(pairs + "/" + pair + "/helpers", "{\"function\":\"CURATOR\",\"username\":"
                + "\"curator\"}", token("coordinator")).statusCode());
        long school = Campaigns.schoolId("atk-1");
        long roadmap = object(api().post("/roadmaps/school/" + school + "?year=" + YEAR, "", token("school")))
                .getJsonNumber("id").longValue();
        for (String[] m : List.of(new String[] {"Курсы повышения квалификации учителей математики", "2049-04-30"},
                new String[] {"Школьная служба медиации", "2049-05-25"})) {
            assertEquals(201, api().post("/roadmaps/" + roadmap + "/measures", "{\"title\":\"" + m[0] + "\",\"due\":\""
                    + m[1] + "\",\"responsible\":\"Заместитель директора\"}", token("school")).statusCode());
        }

        logIn("operator", DemoUsers.PASSWORD);
        browser.open(page("/app/campaigns.xhtml"));
        browser.awaitText("Программа 500+ 2048/49");
        WebElement row = browser.driver().findElements(By.cssSelector("#campaigns\\:list tbody tr")).stream()
                .filter(r -> r.getText().contains("Программа 500+ 2048/49")).findFirst().orElseThrow();
        row.findElement(By.cssSelector("button[id$=':rollover']")).click();
        browser.awaitText("Кампания 2048/49 перейдёт в архив");
        browser.click(".ui-confirmdialog-yes");
        browser.awaitText("Кампания 2048/49 в архиве. Кампания 2049/50 готова; пар ждут подтверждения: 1.");
        assertTrue(browser.url().contains("/app/rollover.xhtml"), browser.url());
        String lines = browser.text("#rollover\\:lines");
        assertTrue(lines.contains("МОУ «СОШ № 2 г. Балашова»") || lines.contains("Балашов"), lines);
        assertTrue(lines.contains("больше не предлагается"), lines);

        browser.choose("rollover:leavingSchool", bal2Label());
        browser.choose("rollover:leavingReason", "Другое");
        browser.click("#rollover\\:leave");
        browser.awaitText("Для причины «Другое» напишите, почему школа выходит из программы.");
        browser.type("#rollover\\:leavingWords", "Школа присоединена к лицею № 1, программа продолжается там");
        browser.click("#rollover\\:leave");
        browser.awaitText("Выход школы из программы записан.");
        assertTrue(browser.text("#rollover\\:lines").contains("Вышла из программы: Другое"),
                browser.text("#rollover\\:lines"));
        assertEquals("OTHER", array(api().get("/regions/64/campaigns/" + (YEAR + 1) + "/rollover", token("operator")))
                .getValuesAs(JsonObject.class).stream().filter(l -> l.getString("school").contains("Балашов"))
                .findFirst().orElseThrow().getString("leaving"));
        for (int width : List.of(390, 1366)) {
            browser.atWidth(width);
            browser.open(page("/app/rollover.xhtml?year=" + (YEAR + 1)));
            browser.awaitText("Пары прошлого года");
            browser.assertNoHorizontalScroll("the rollover worksheet at " + width + " px");
        }
        logOut();

        // The new year's statuses are the operator's on the identification page; atk-1 is ШНОР again.
        campaigns.status(YEAR + 1, "atk-1", "LOW_RESULTS");
        logIn("coordinator", DemoUsers.PASSWORD);
        browser.open(page("/app/rollover.xhtml?year=" + (YEAR + 1)));
        browser.awaitText("Пары прошлого года");
        assertFalse(browser.pageText().contains("Школы программы: прошлый год"), "the worksheet is the operator's");
        assertTrue(browser.text("#rollover\\:pairs").contains("ждёт подтверждения"), browser.text("#rollover\\:pairs"));
        browser.click("#rollover\\:pairs\\:0\\:confirmPair");
        browser.awaitText("Пара сформирована заново.");
        assertTrue(browser.text("#rollover\\:pairs").contains("подтверждена"), browser.text("#rollover\\:pairs"));
        JsonObject formed = array(api().get("/regions/64/campaigns/" + (YEAR + 1) + "/pairs", token("coordinator")))
                .getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonObject("school").getString("code").equals("atk-1")).findFirst().orElseThrow();
        assertTrue(formed.toString().contains("\"curator\""), "the curator kept: " + formed);
        logOut();

        logIn("school", DemoUsers.PASSWORD);
        browser.open(page("/app/roadmap.xhtml?campaign=" + (YEAR + 1)));
        browser.awaitText("Дорожная карта ещё не начата.");
        browser.click("#begin\\:beginButton");
        browser.awaitText("Незавершённые мероприятия 2048/49");
        assertTrue(browser.text("#carried").contains("Курсы повышения квалификации учителей математики"));
        browser.click("#carriedList\\:carriedTable\\:0\\:decideCarried");
        browser.awaitText("Принять с новыми сроками");
        browser.retype("#carriedForm\\:carriedDue_input", "30.06.2049");
        browser.click("#carriedForm\\:takeCarried");
        browser.awaitText("не раньше 01.09.2049");
        browser.retype("#carriedForm\\:carriedDue_input", "15.09.2050");
        browser.click("#carriedForm\\:takeCarried");
        browser.awaitText("не позже 31.08.2050");
        browser.retype("#carriedForm\\:carriedDue_input", "20.12.2049");
        browser.click("#carriedForm\\:takeCarried");
        browser.awaitText("Мероприятие перенесено в дорожную карту этого года.");
        assertTrue(browser.text("#measures").contains("до 20.12.2049"), browser.text("#measures"));
        browser.click("#carriedList\\:carriedTable\\:1\\:decideCarried");
        browser.awaitText("Почему не переносится");
        browser.click("#carriedForm\\:dropCarried");
        browser.awaitText("Напишите, почему мероприятие не переносится.");
        browser.type("#carriedForm\\:carriedNote", "Служба медиации работает с сентября");
        browser.click("#carriedForm\\:dropCarried");
        browser.awaitText("Мероприятие не перенесено.");
        String carried = browser.text("#carried");
        assertTrue(carried.contains("перенесено") && carried.contains("не перенесено")
                && carried.contains("Служба медиации работает с сентября"), carried);
        for (int width : List.of(390, 1366)) {
            browser.atWidth(width);
            browser.open(page("/app/roadmap.xhtml?campaign=" + (YEAR + 1)));
            browser.awaitText("Незавершённые мероприятия 2048/49");
            browser.assertNoHorizontalScroll("the roadmap with carried measures at " + width + " px");
        }

        browser.driver().findElement(By.linkText("2048/49")).click();
        browser.awaitText("в архиве: дорожную карту можно читать, но не менять");
        assertTrue(browser.text("#measures").contains("Школьная служба медиации"), browser.text("#measures"));
        assertTrue(browser.driver().findElements(By.cssSelector("#measureForm, #check\\:submit, [id$=':edit']"))
                .isEmpty(), "nothing to change in an archived year");
    }

    private String bal2Label() {
        return browser.options("rollover:leavingSchool").stream().filter(o -> o.contains("Балашов")).findFirst()
                .orElseThrow();
    }
}
