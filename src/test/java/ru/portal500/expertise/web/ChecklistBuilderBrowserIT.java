package ru.portal500.expertise.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.expertise.checklist.DefaultChecklists;
import ru.portal500.it.BrowserTest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checklists page in a real browser: region 64's operator sees the default checklists, edits the roadmap's in
 * the builder into a new version, is told in Russian why a checklist without criteria and a malformed file are
 * refused (nothing saved), and imports a good file; an expert of the region reads only. Other tests share the
 * database and read region 64's checklists, so this one counts versions before and after instead of assuming them,
 * and changes only the roadmap's checklist.
 */
class ChecklistBuilderBrowserIT extends BrowserTest {

    /** The row by its cell's own text: on a phone each cell also carries its column's title (stacked rows). */
    private static final String ROADMAP_ROW =
            "//*[@id='library:latest']//tbody/tr[td[text()[normalize-space()='Дорожная карта']]]";
    private static final String ROADMAP_TITLE = "Экспертиза дорожной карты школы";

    private <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** Clicks a button of the roadmap's row in the list of checklists. */
    private void inRoadmapRow(String button) {
        String id = await(d -> d.findElement(By.xpath(ROADMAP_ROW))
                .findElement(By.cssSelector("button[id$=':" + button + "']")).getAttribute("id"));
        browser.click("#" + id.replace(":", "\\:"));
    }

    /** The roadmap's newest version number as the list shows it. */
    private int latestNumber() {
        return await(d -> Integer.valueOf(d.findElement(By.xpath(ROADMAP_ROW))
                .findElement(By.cssSelector("span[id$=':number']")).getText().strip()));
    }

    private int rows(String tableId) {
        return await(d -> d.findElements(By.cssSelector("#" + tableId.replace(":", "\\:") + "_data tr[data-ri]"))
                .size());
    }

    private void awaitRows(String tableId, int count) {
        await(d -> rows(tableId) == count);
    }

    /**
     * Presses a download button the way its form would submit it, but through {@code fetch}, so that the test reads
     * the file the browser would save: the Content-Disposition header, a line break, the body.
     */
    private String download(String buttonId) {
        ru.portal500.it.Browser.Download file = browser.pressForDownload(buttonId);
        return file.disposition() + "\n" + new String(file.body(), StandardCharsets.UTF_8);
    }

    private void upload(Path file) {
        browser.driver().findElement(By.cssSelector("#import\\:file_input")).sendKeys(file.toString());
    }

    @Test
    void theOperatorSavesAnEditedChecklistAsANewVersionAndIsToldEveryProblemOfARefusedOne() throws IOException {
        logIn("operator", DemoUsers.PASSWORD);
        browser.menu("/app/checklists.xhtml");
        browser.awaitText("Экспертиза концепции развития школы");
        String list = browser.text("#library\\:latest");
        assertTrue(list.contains("Экспертиза программы антирисковых мер"), list);
        assertTrue(list.contains("Дорожная карта"), list);
        int number = latestNumber();
        inRoadmapRow("versions");
        browser.awaitText("Версии: Дорожная карта");
        int versions = rows("library:versionList");
        assertTrue(versions >= 1, "the versions are listed");

        inRoadmapRow("open");
        browser.awaitText("Открыта версия " + number);
        assertEquals(6, rows("builder:criteria"), "the roadmap's six criteria");
        String title = ROADMAP_TITLE + ", ред. " + System.currentTimeMillis() % 100_000;
        browser.type("#builder\\:title", title);
        browser.find("#builder\\:criteria\\:0\\:weight_input").sendKeys(Keys.chord(Keys.CONTROL, "a"), "3");
        browser.click("#builder\\:save");
        browser.awaitText("Сохранена версия " + (number + 1) + " чек-листа «" + title + "».");
        assertEquals(number + 1, latestNumber());
        awaitRows("library:versionList", versions + 1);
        assertTrue(browser.text("#library\\:versionList").contains(title));
        browser.awaitText("Открыта версия " + (number + 1));
        assertEquals("3", browser.find("#builder\\:criteria\\:0\\:weight_input").getAttribute("value"),
                "the builder shows the saved version");

        for (int left = rows("builder:criteria"); left > 0; left--) {
            browser.click("#builder\\:criteria\\:0\\:remove");
            awaitRows("builder:criteria", left - 1);
        }
        browser.awaitText("Критериев нет — добавьте хотя бы один.");
        browser.click("#builder\\:save");
        browser.awaitText("Чек-лист не сохранён: проблем — 1.");
        assertEquals("Чек-лист не сохранён. Что нужно исправить:\nВ чек-листе нет ни одного критерия.",
                browser.text(".checklist-problems"));
        assertEquals(number + 1, latestNumber(), "nothing saved");
        assertEquals(versions + 1, rows("library:versionList"));

        Path broken = Files.createTempFile("checklist", ".json");
        Files.writeString(broken, "{\n  \"format\": \"portal500-checklist/1\",\n  \"title\": }\n",
                StandardCharsets.UTF_8);
        upload(broken);
        browser.awaitText("Строка 3, позиция");
        String problems = browser.text(".checklist-problems");
        assertTrue(problems.contains("Строка 3, позиция") && problems.contains("Файл не является корректным JSON"),
                problems);
        assertEquals(number + 1, latestNumber(), "nothing saved");

        Path roadmap = Files.createTempFile("roadmap", ".json");
        try (InputStream in = DefaultChecklists.open("roadmap.json")) {
            Files.copy(in, roadmap, StandardCopyOption.REPLACE_EXISTING);
        }
        upload(roadmap);
        browser.awaitText("Сохранена версия " + (number + 2) + " чек-листа «" + ROADMAP_TITLE + "».");
        assertEquals(number + 2, latestNumber());
        assertTrue(browser.driver().findElements(By.cssSelector(".checklist-problems")).isEmpty(),
                "the earlier problems are gone");

        String exported = download(await(d -> d.findElement(By.xpath(ROADMAP_ROW))
                .findElement(By.cssSelector("button[id$=':download']")).getAttribute("id")));
        assertTrue(exported.lines().findFirst().orElseThrow().contains("checklist-roadmap-v" + (number + 2) + ".json"),
                exported);
        assertTrue(exported.contains("\"format\": \"portal500-checklist/1\"")
                && exported.contains("\"version\": " + (number + 2)), exported);
    }

    @Test
    void anExpertOfTheRegionReadsTheChecklistsButChangesNothing() {
        logIn("expert", DemoUsers.PASSWORD);
        assertFalse(browser.menuOffers("/app/checklists.xhtml"), "the menu is the operator's");
        browser.open(page("/app/checklists.xhtml"));
        browser.awaitText("Экспертиза концепции развития школы");
        assertTrue(browser.driver().findElements(By.id("import:file_input")).isEmpty(), "no import");
        assertTrue(browser.driver().findElements(By.id("library:create")).isEmpty(), "no new checklist");
        inRoadmapRow("open");
        browser.awaitText("Сохранять чек-листы может только региональный оператор.");
        assertTrue(browser.driver().findElements(By.id("builder:save")).isEmpty(), "no save");
    }
}
