package ru.portal500.contests.web;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import ru.portal500.documents.SampleDocuments;
import ru.portal500.it.Browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Steps of a contest clicked as its people click them, shared by the contests' browser tests: the organiser creates a
 * contest, adds nominations, sets the stages' days and publishes the call; a school team enters from the call's page,
 * describes its case, names an author, attaches a file and submits; the organiser admits the entry on the entries
 * check. Each step waits for the page's own message, so that the next one starts on the page it left.
 */
final class ContestSteps {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Browser browser;
    private final UnaryOperator<String> page;

    /** @param page the address of a page of the deployed portal by its path ({@code BrowserTest.page}) */
    ContestSteps(Browser browser, UnaryOperator<String> page) {
        this.browser = browser;
        this.page = page;
    }

    /** The organiser (logged in) creates a contest from the menu; answers the address of its organiser's page. */
    String createContest(String title) {
        browser.menu("/app/contests.xhtml");
        browser.type("#contests\\:title", title);
        browser.click("#contests\\:create");
        browser.awaitUrlContaining("/app/contest.xhtml");
        browser.awaitText(title);
        return browser.url();
    }

    /** Adds a nomination on the contest's page, scored with the checklist of this label (none when null). */
    void addNomination(String title, String checklistLabel) {
        browser.type("#nomination\\:title", title);
        if (checklistLabel != null) {
            browser.choose("nomination:checklist", checklistLabel);
        }
        browser.click("#nomination\\:add");
        browser.awaitText("Номинация добавлена.");
    }

    /**
     * The label under which the contest's page offers the checklist of this id (e.g. «… (версия 1)»), read from the
     * form's own select.
     */
    String checklistLabel(long checklistId) {
        browser.find("#nomination\\:checklist");
        return browser.driver().findElement(By.cssSelector("#nomination\\:checklist_input option[value='"
                + checklistId + "']")).getAttribute("textContent").strip();
    }

    /**
     * Types the six stages' days (the call, entries open, entries close, the check, judging, results) as days after
     * {@code today}, and saves them.
     */
    void setStages(LocalDate today, int... offsets) {
        for (int i = 0; i < offsets.length; i++) {
            String css = "#stages\\:days\\:" + i + "\\:day_input";
            browser.type(css, today.plusDays(offsets[i]).format(DAY));
            browser.find(css).sendKeys(Keys.ESCAPE);
        }
        browser.click("#stages\\:saveStages");
        browser.awaitText("Сроки этапов сохранены.");
    }

    /** Publishes the call; answers the address of the contest's public page, as the organiser's page links it. */
    String publish() {
        browser.click("#contest\\:publish");
        browser.awaitText("Конкурс объявлен; его страница открыта всем.");
        assertTrue(browser.text("#state").contains("Объявлен"), browser.text("#state"));
        return browser.find("#publicPage").getAttribute("href");
    }

    /**
     * The school team (logged in) opens the call's public page and follows its «enter» link to its entries; answers
     * the entries page's address.
     */
    String enterFromCall(long contest, String contestTitle) {
        browser.open(page.apply("/contest.xhtml?id=" + contest));
        browser.awaitText(contestTitle);
        browser.click("#enter");
        browser.awaitUrlContaining("/app/entries.xhtml");
        browser.awaitText(contestTitle);
        return browser.url();
    }

    /** Opens a draft of this title (in the first nomination offered); answers the entry page's address. */
    String openDraft(String entryTitle) {
        browser.type("#open\\:0\\:openDraft\\:title", entryTitle);
        browser.click("#open\\:0\\:openDraft\\:open");
        browser.awaitUrlContaining("/app/entry.xhtml");
        browser.awaitText(entryTitle);
        return browser.url();
    }

    /** Fills the case form's problem and summary and saves the draft. */
    void describeCase(String problem, String summary) {
        browser.type("#caseForm\\:problem", problem);
        browser.type("#caseForm\\:summary", summary);
        browser.click("#caseForm\\:save");
        browser.awaitText("Заявка сохранена.");
    }

    /** Names a colleague as the entry's author and gives the caller's consent (the caller is that author). */
    void nameAuthorWhoConsents(String author) {
        browser.choose("authors:newAuthor", author);
        browser.click("#authors\\:addAuthor");
        browser.awaitText("Автор добавлен.");
        browser.click("#authors\\:consent");
        browser.awaitText("Ваше согласие записано.");
        assertTrue(browser.text("#authors\\:authorList").contains("Дано"), browser.text("#authors\\:authorList"));
    }

    /** Attaches a Word file with these paragraphs as the contest's first required file, named {@code required}. */
    void attachRequiredFile(String required, List<String> paragraphs) throws IOException {
        Path file = Files.createTempFile("case", ".docx");
        Files.write(file, SampleDocuments.docx(paragraphs));
        // The upload's own input is hidden behind its button, as a person sees it; the file is given to the input.
        browser.driver().findElement(By.cssSelector("#files\\:required\\:0\\:upload_input")).sendKeys(file.toString());
        browser.awaitText("Файл приложен.");
        assertTrue(browser.text("#files\\:fileList").contains(required), browser.text("#files\\:fileList"));
    }

    /** Submits the entry (its page open). */
    void submit() {
        browser.click("#caseForm\\:submit");
        browser.awaitText("Заявка подана.");
        assertTrue(browser.text("#state").contains("Подана"), browser.text("#state"));
    }

    /**
     * The organiser (logged in) opens the contest's entries check, the entry of this title from it, and admits it to
     * judging.
     */
    void admit(long contest, String entryTitle) {
        browser.open(page.apply("/app/contest-entries.xhtml?id=" + contest));
        browser.awaitText(entryTitle);
        browser.driver().findElement(By.xpath("//table//a[contains(@id, 'entryLink') and normalize-space()='"
                + entryTitle + "']")).click();
        browser.awaitUrlContaining("/app/entry.xhtml");
        browser.awaitText(entryTitle);
        browser.click("#check\\:admit");
        browser.click(".ui-confirmdialog-yes");
        browser.awaitText("Заявка допущена; участник получит уведомление.");
        assertTrue(browser.text("#state").contains("Допущена к экспертизе"), browser.text("#state"));
    }
}
