package ru.portal500.roadmaps.web;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.it.ApiBrowserTest;
import ru.portal500.it.Campaigns;
import ru.portal500.shared.imports.XlsxExport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A school's roadmap in the browser (issue 18): atk-1's team begins it, fills it from an XLSX plan table whose terms
 * are shown back as read before anything is saved, is told which chosen risk no measure addresses, links a measure
 * to it and submits; the curator returns it without a reason (refused in words) and with one; the team adds a measure
 * through the form and submits again; the curator confirms it; a measure moved into the past shows overdue and as
 * drift, and the coordinator's dashboard shows it red. At 390 and 1366 px the pages have no sideways scroll.
 * Campaign 2059, its monitoring dates yesterday and in a month.
 */
class RoadmapBrowserIT extends ApiBrowserTest {

    private static final int YEAR = 2059;

    @Test
    void aSchoolFillsItsRoadmapFromATableTheCuratorReturnsItThenConfirmsIt() throws IOException {
        java.time.LocalDate today = java.time.LocalDate.now();
        assertEquals(201, api().post("/regions/64/campaigns", "{\"schoolYear\":" + YEAR + ",\"name\":\"500+ "
                + YEAR + "\",\"monitoringDates\":[\"" + today.minusDays(1) + "\",\"" + today.plusDays(30) + "\"]}",
                token("operator")).statusCode());
        Campaigns campaigns = new Campaigns(api());
        campaigns.status(YEAR, "atk-1", "LOW_RESULTS");
        long school = Campaigns.schoolId("atk-1");
        String profile = "/regions/64/campaigns/" + YEAR + "/schools/atkarsky/atk-1/risk-profile";
        api().put(profile, "{\"factors\":[" + java.util.stream.IntStream.rangeClosed(1, 10)
                .mapToObj(i -> "{\"position\":" + i + ",\"significance\":\"высокая\"}")
                .collect(java.util.stream.Collectors.joining(",")) + "]}", token("school"));
        assertEquals(200, api().post(profile + "/verification", "", token("curator")).statusCode());
        assertEquals(200, api().put(profile + "/choice", "{\"chosen\":[2]}", token("school")).statusCode());
        String risk = object(api().get("/roadmaps/school/" + school + "?year=" + YEAR, token("school")))
                .getJsonArray("uncovered").getJsonObject(0).getString("title");

        logIn("school", DemoUsers.PASSWORD);
        browser.open(page("/app/roadmap.xhtml?campaign=" + YEAR));
        browser.awaitText("Дорожная карта ещё не начата.");
        assertTrue(browser.text("#uncovered").contains(risk), browser.text("#uncovered"));
        browser.click("#begin\\:beginButton");
        browser.awaitText("Дорожная карта начата.");

        Path table = Files.createTempFile("plan-", ".xlsx");
        Files.write(table, XlsxExport.of(Map.of("План", List.of(
                List.of("План-график мероприятий"),
                List.of("№", "Мероприятие", "Сроки", "Ответственные", "Результат/показатель"),
                List.of("1", "Педагогический совет по итогам ВПР", "до 30 апреля", "Директор", "Протокол"),
                List.of("2", "Курсы повышения квалификации учителей", "II квартал", "Заместитель директора по УВР",
                        "Не менее 5 учителей")))));
        browser.driver().findElement(By.cssSelector("#importForm input[type=file]")).sendKeys(table.toString());
        browser.awaitText("Проверьте, как прочитаны сроки");
        String preview = browser.text("#importForm\\:preview");
        assertTrue(preview.contains("до 30 апреля") && preview.contains("до 30.04." + YEAR)
                && preview.contains("01.04." + YEAR + " – 30.06." + YEAR), preview);
        assertTrue(browser.text("#measures").contains("Мероприятий пока нет"), "nothing saved before confirming");
        browser.click("#importForm\\:applyAdd");
        browser.awaitText("Из таблицы сохранено мероприятий: 2.");

        browser.click("#check\\:submit");
        browser.awaitText("не охватывает выбранные школой риски");
        assertTrue(browser.text("#roadmapState").contains("Черновик"), browser.text("#roadmapState"));
        browser.click("#measures\\:list\\:1\\:edit");
        browser.awaitText("Изменение мероприятия");
        browser.choose("measureForm:risk", risk);
        browser.click("#measureForm\\:save");
        browser.awaitText("Мероприятие изменено.");
        browser.click("#check\\:submit");
        browser.awaitText("Дорожная карта отправлена на проверку куратору: Сергей Кураторов.");
        assertTrue(browser.text("#roadmapState").contains("На проверке у куратора"));
        logOut();

        logIn("curator", DemoUsers.PASSWORD);
        browser.open(page("/app/roadmap.xhtml?school=" + school + "&campaign=" + YEAR));
        browser.awaitText("На проверке у куратора");
        browser.click("#check\\:return");
        browser.awaitText("Напишите комментарий.");
        assertTrue(browser.text("#roadmapState").contains("На проверке у куратора"), "nothing applied");
        browser.type("#check\\:returnReason", "Добавьте мероприятие по наставничеству молодых учителей.");
        browser.click("#check\\:return");
        browser.awaitText("Дорожная карта возвращена на доработку.");
        logOut();

        logIn("school", DemoUsers.PASSWORD);
        browser.open(page("/app/roadmap.xhtml?campaign=" + YEAR));
        browser.awaitText("На доработке");
        assertTrue(browser.text("#story").contains("наставничеству молодых учителей"), browser.text("#story"));
        browser.type("#measureForm\\:title", "Закрепить наставников за молодыми учителями");
        browser.retype("#measureForm\\:due_input", "30.05." + YEAR);
        browser.type("#measureForm\\:responsible", "Руководители методических объединений");
        browser.type("#measureForm\\:result", "Приказ о наставничестве");
        browser.click("#measureForm\\:save");
        browser.awaitText("Мероприятие добавлено.");
        assertTrue(browser.text("#measures").contains("до 30.05." + YEAR), browser.text("#measures"));
        browser.click("#check\\:submit");
        browser.awaitText("Дорожная карта отправлена на проверку");
        logOut();

        logIn("curator", DemoUsers.PASSWORD);
        browser.open(page("/app/roadmap.xhtml?school=" + school + "&campaign=" + YEAR));
        browser.click("#check\\:confirm");
        browser.click(".ui-confirmdialog-yes");
        browser.awaitText("Дорожная карта утверждена.");
        assertTrue(browser.text("#roadmapState").contains("Утверждена"));
        logOut();

        // The team moves a measure into the past: overdue, on record as drift from the confirmed version.
        logIn("school", DemoUsers.PASSWORD);
        browser.open(page("/app/roadmap.xhtml?campaign=" + YEAR));
        browser.click("#measures\\:list\\:0\\:edit");
        browser.awaitText("Изменение мероприятия");
        String yesterday = java.time.LocalDate.now().minusDays(1)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        browser.retype("#measureForm\\:due_input", yesterday);
        browser.click("#measureForm\\:save");
        browser.awaitText("Мероприятие изменено.");
        assertTrue(browser.text("#measures\\:list").contains("Просрочено"), browser.text("#measures\\:list"));
        assertTrue(browser.text("#roadmapState").contains("Изменена после утверждения"));
        String drift = browser.text("#drift");
        assertTrue(drift.contains("Перенесено") && drift.contains("до 30.04." + YEAR), drift);
        JsonObject seen = object(api().get("/roadmaps/school/" + school + "?year=" + YEAR, token("coordinator")));
        assertEquals("OVERDUE", seen.getJsonArray("measures").getJsonObject(0).getString("status"));

        for (int width : List.of(390, 1366)) {
            browser.atWidth(width);
            browser.open(page("/app/roadmap.xhtml?campaign=" + YEAR));
            browser.awaitText("Мероприятия");
            browser.assertNoHorizontalScroll("the school's roadmap at " + width + " px");
        }
        logOut();

        // The coordinator's dashboard at yesterday's monitoring date: the measure overdue, its indicator red.
        logIn("coordinator", DemoUsers.PASSWORD);
        browser.open(page("/app/monitoring.xhtml?campaign=" + YEAR));
        browser.awaitText("Просрочено мероприятий");
        assertTrue(browser.driver().findElements(By.cssSelector("#places .light-RED")).stream()
                .anyMatch(e -> e.getText().equals("1")), browser.text("#places"));
        org.openqa.selenium.WebElement onTime = browser.driver().findElements(By.cssSelector("#indicators\\:list tr"))
                .stream().filter(r -> r.getText().contains("Доля мероприятий дорожных карт")).findFirst().orElseThrow();
        assertTrue(onTime.findElement(By.cssSelector(".light-RED")).getText().strip().matches("0(,0)? %"),
                onTime.getText());
        for (int width : List.of(390, 1366)) {
            browser.atWidth(width);
            browser.open(page("/app/monitoring.xhtml?campaign=" + YEAR));
            browser.awaitText("Просрочено мероприятий");
            browser.assertNoHorizontalScroll("the coordinator's dashboard at " + width + " px");
        }
    }
}
