package ru.portal500.it;

import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.portal500.devenv.DemoUsers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The yearly cycle of one campaign walked on the pages by every actor, as a newcomer does it: each demo user logs in
 * on Keycloak's page, opens a page by its address or by a link on another page's content (never through the menu
 * bar), types and clicks. The regional operator plans the campaign, imports assessment results (a UTF-8 file and a
 * Windows-1251 one), confirms the school, pairs it with a curator school and names its curator; the school team fills
 * its risk profile and the curator verifies it; the school uploads its concept and submits it, the curator returns it
 * with a comment, the school uploads a new version and resubmits, the curator approves; the operator sets up a round
 * with a checklist of every criterion type and assigns the expert, who scores every criterion and submits the
 * conclusion; the school downloads its conclusion (a PDF with its name) and the operator reads the round's report
 * (the page and the XLSX). Campaign 2077 (school year 2076/77), results of 2075/76; the school's concept of
 * campaign 2078 waits in the curator's queue beside it.
 */
class YearlyCycleBrowserIT extends BrowserTest {

    private static final int YEAR = 2077;
    private static final int OTHER_YEAR = 2078;
    private static final String CAMPAIGN = "Цикл 500+ 2076/77 в браузере";
    private static final String SCHOOL = "МБОУ «СОШ № 1 г. Аткарска»";
    private static final String CURATOR_SCHOOL = "МБОУ «СОШ № 3 г. Аткарска»";
    private static final String CONCEPT = "Концепция развития";
    private static final String ROUND = "Региональная экспертиза концепций 2076/77";
    private static final String RETURN_COMMENT = "Добавьте целевые показатели по математике на 2077 год";
    private static final Charset CP1251 = Charset.forName("windows-1251");

    private enum CriterionType { SCALE, YES_NO, CHOICE, COMMENT }

    @Test
    void oneCampaignWalksThroughEveryActorOnThePages() throws Exception {
        logIn("operator", DemoUsers.PASSWORD);
        planTheCampaign();
        importResultsInUtf8AndWindows1251();
        confirmTheIdentifiedSchool();
        pairWithACuratorSchoolAndNameTheCurator();
        logOut();

        logIn("school", DemoUsers.PASSWORD);
        fillTheRiskProfile();
        String document = uploadAndSubmitTheConcept();
        logOut();
        theSchoolsConceptOfAnotherCampaignWaitsToo();

        logIn("curator", DemoUsers.PASSWORD);
        verifyTheRiskProfile();
        returnTheConceptWithAComment();
        logOut();

        logIn("school", DemoUsers.PASSWORD);
        uploadANewVersionAndResubmit(document);
        logOut();

        logIn("curator", DemoUsers.PASSWORD);
        approveTheConcept(document);
        logOut();

        logIn("operator", DemoUsers.PASSWORD);
        String round = setUpARoundWithEveryCriterionTypeAndAssignTheExpert();
        logOut();

        logIn("expert", DemoUsers.PASSWORD);
        scoreEveryCriterionAndSubmitTheConclusion();
        logOut();

        logIn("school", DemoUsers.PASSWORD);
        downloadTheSchoolsConclusion(document);
        logOut();

        logIn("operator", DemoUsers.PASSWORD);
        readTheRoundsReport(round);
    }

    // --- the regional operator: plan, import, confirm, pair ---

    private void planTheCampaign() {
        browser.open(page("/app/campaigns.xhtml"));
        browser.find("#campaigns\\:year").sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(YEAR));
        browser.type("#campaigns\\:name", CAMPAIGN);
        browser.click("#campaigns\\:plan");
        browser.awaitText("Кампания запланирована.");
        assertTrue(browser.text("#campaigns\\:list").contains(CAMPAIGN), browser.text("#campaigns\\:list"));
        // From the campaign's row to its identification, as the page offers it.
        browser.driver().findElement(By.xpath("//*[@id='campaigns:list']//tr[td[contains(normalize-space(), '" + CAMPAIGN
                + "')]]//a[contains(@href, 'identification.xhtml')]")).click();
        browser.awaitUrlContaining("/app/identification.xhtml?campaign=" + YEAR);
        browser.awaitText(CAMPAIGN);
    }

    private void importResultsInUtf8AndWindows1251() throws IOException {
        String header = "Муниципалитет (код);Код школы;Учебный год;Процедура;Предмет;Доля неудовлетворительных, %\n";
        Path utf8 = Files.createTempFile("results-utf8", ".csv");
        Files.writeString(utf8, header + "atkarsky;atk-1;2075/76;ВПР;математика;31,5\n", StandardCharsets.UTF_8);
        browser.driver().findElement(By.cssSelector("#results\\:file_input")).sendKeys(utf8.toString());
        browser.awaitText("Применено: добавлено 1, обновлено 0.");

        // The same table saved by Excel on Windows: Windows-1251, the Russian words must read as they were typed.
        Path cp1251 = Files.createTempFile("results-cp1251", ".csv");
        Files.write(cp1251, (header + "atkarsky;atk-1;2075/76;ОГЭ;русский язык;27\n").getBytes(CP1251));
        browser.driver().findElement(By.cssSelector("#results\\:file_input")).sendKeys(cp1251.toString());
        browser.awaitText("Низкие результаты по нескольким процедурам в прошлом году");
        String worksheet = browser.text("#worksheet\\:rows");
        assertTrue(worksheet.contains(SCHOOL), worksheet);
        assertTrue(worksheet.contains("2075/76 · ВПР · математика: 31,5 % (порог 25 %)"), worksheet);
        assertTrue(worksheet.contains("2075/76 · ОГЭ · русский язык: 27 % (порог 25 %)"),
                "the Windows-1251 file's words: " + worksheet);
        assertTrue(worksheet.contains("Ждёт решения"), worksheet);
    }

    private void confirmTheIdentifiedSchool() {
        browser.click("#worksheet\\:confirm");
        browser.click(".ui-confirmdialog-yes");
        browser.awaitText("Подтверждено: 1 школа получила статус ШНОР.");
    }

    private void pairWithACuratorSchoolAndNameTheCurator() {
        browser.open(page("/app/pairs.xhtml"));
        browser.choose("pairs:campaign", CAMPAIGN);
        String row = "//*[@id='pairs:rows']//tr[td[contains(normalize-space(), '" + SCHOOL + "')]]";
        clickIn(row, "button.choose-curator");
        browser.awaitText(CURATOR_SCHOOL + " — Аткарский муниципальный район");
        browser.choose("pairForm:curatorSchool", CURATOR_SCHOOL + " — Аткарский муниципальный район");
        browser.click("#pairForm\\:submit");
        browser.awaitText("Пара для школы «" + SCHOOL + "» сформирована.");
        clickIn(row, "button.helpers");
        browser.awaitText("Назначить помощника");
        browser.pickSuggestion("helpersForm:person", "Кураторов", "curator");
        browser.click("#helpersForm\\:name");
        browser.awaitText("Сергей Кураторов назначен(а) помощником пары.");
        assertTrue(browser.text("#helpersForm\\:named").contains("Сергей Кураторов"), browser.text("#helpersForm\\:named"));
        browser.click("#helpersDialog .ui-dialog-titlebar-close");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.invisibilityOfElementLocated(
                        By.id("helpersDialog_modal")));
        assertTrue(browser.text("#pairs\\:rows").contains("Сергей Кураторов"), "the pair names its curator: "
                + browser.text("#pairs\\:rows"));
    }

    // --- the school team and the curator: the risk profile ---

    private void fillTheRiskProfile() {
        browser.open(page("/app/risk-profile.xhtml?campaign=" + YEAR));
        browser.awaitText(SCHOOL + " · " + CAMPAIGN);
        List<String> significance = List.of("высокая", "средняя", "низкая");
        for (int factor = 0; factor < 10; factor++) {
            browser.choose("profile:factors:" + factor + ":significance", significance.get(factor % 3));
        }
        browser.click("#profile\\:save");
        browser.awaitText("Значимость факторов сохранена.");
    }

    private void verifyTheRiskProfile() {
        browser.open(page("/app/risk-profile.xhtml?campaign=" + YEAR));
        browser.awaitText(SCHOOL + " · " + CAMPAIGN);
        browser.click("#profile\\:verify");
        browser.awaitText("Профиль проверен.");
        assertTrue(browser.text("#state").contains("Сергей Кураторов"), browser.text("#state"));
        // The curator and the school choose the risks to work on in the verified profile.
        browser.click("#profile\\:factors\\:0\\:chosen .ui-chkbox-box");
        browser.click("#profile\\:factors\\:3\\:chosen .ui-chkbox-box");
        browser.click("#profile\\:choose");
        browser.awaitText("Выбор рисков сохранён.");
    }

    // --- the documents: upload, submit, return, resubmit, approve ---

    private String uploadAndSubmitTheConcept() throws IOException {
        browser.open(page("/app/documents.xhtml?campaign=" + YEAR));
        browser.awaitText(SCHOOL + " · " + CAMPAIGN);
        Path file = Files.createTempFile("concept", ".docx");
        Files.write(file, Docx.docx("Концепция развития школы № 1 г. Аткарска",
                "Миссия: качество образования для каждого ученика."));
        browser.driver().findElement(By.xpath("//*[@id='board:owed']//tr[td[1][contains(normalize-space(), '" + CONCEPT
                + "')]]//input[@type='file']")).sendKeys(file.toString());
        browser.awaitText("загружен; текст будет извлечён");
        browser.driver().findElement(By.linkText(CONCEPT)).click();
        browser.awaitUrlContaining("/app/document.xhtml?id=");
        String document = browser.url();
        browser.click("#actions\\:submit");
        browser.awaitText("Документ отправлен на проверку куратору: ");
        assertTrue(browser.pageText().contains("Сергей Кураторов"), browser.pageText());
        return document;
    }

    /**
     * The same school's concept of the next campaign, submitted as well (as the school would, through the API): the
     * curator's queue then holds two concepts of the school, as it does in a real year, and the curator must tell
     * them apart on the page.
     */
    private void theSchoolsConceptOfAnotherCampaignWaitsToo() {
        PortalApi api = new PortalApi(base);
        Campaigns campaigns = new Campaigns(api);
        assertEquals(201, campaigns.plan(OTHER_YEAR).statusCode());
        campaigns.status(OTHER_YEAR, "atk-1", "LOW_RESULTS");
        String school = KeycloakTokens.accessToken("school");
        HttpResponse<String> uploaded = api.upload("/regions/64/campaigns/" + OTHER_YEAR
                + "/schools/atkarsky/atk-1/documents/CONCEPT/versions?name="
                + URLEncoder.encode("Концепция 2078.docx", StandardCharsets.UTF_8),
                Docx.docx("Концепция развития на 2077/78 учебный год"), school);
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        long other = ((JsonObject) PortalApi.json(uploaded)).getJsonNumber("document").longValue();
        assertEquals(200, api.post("/documents/" + other + "/submission", "", school).statusCode());
    }

    /** The curator opens this campaign's concept of the school from the queue, telling it from other campaigns'. */
    private void openTheConceptFromTheQueue() {
        browser.open(page("/app/document-queue.xhtml"));
        browser.awaitText(CONCEPT);
        List<WebElement> rows = browser.driver().findElements(By.xpath("//*[@id='queue']//tr[td[contains("
                + "normalize-space(), '" + SCHOOL + "')] and td[contains(normalize-space(), '" + CAMPAIGN + "')]]"
                + "//a[normalize-space()='" + CONCEPT + "']"));
        assertEquals(1, rows.size(), "the queue tells this campaign's concept from the next one's: "
                + browser.text("#queue"));
        rows.get(0).click();
        browser.awaitUrlContaining("/app/document.xhtml?id=");
        browser.awaitText(CAMPAIGN);
    }

    private void returnTheConceptWithAComment() {
        openTheConceptFromTheQueue();
        browser.type("#actions\\:reason", RETURN_COMMENT);
        browser.click("#actions\\:return");
        browser.click(".ui-confirmdialog-yes");
        browser.awaitText("Документ возвращён на доработку.");
        assertTrue(browser.text("#comments").contains(RETURN_COMMENT), browser.text("#comments"));
    }

    private void uploadANewVersionAndResubmit(String document) throws IOException {
        // The school finds the returned concept on its board.
        browser.open(page("/app/documents.xhtml?campaign=" + YEAR));
        browser.awaitText(SCHOOL + " · " + CAMPAIGN);
        assertTrue(browser.text("#board\\:owed").contains("На доработке"), browser.text("#board\\:owed"));
        browser.driver().findElement(By.linkText(CONCEPT)).click();
        browser.awaitUrl(document);
        assertTrue(browser.text("#comments").contains(RETURN_COMMENT), "the curator's comment: " + browser.text("#comments"));
        Path file = Files.createTempFile("concept-v2", ".docx");
        Files.write(file, Docx.docx("Концепция развития школы № 1 г. Аткарска",
                "Миссия: качество образования для каждого ученика.",
                "Целевой показатель 2077: доля неудовлетворительных результатов ВПР по математике не выше 15 %."));
        browser.driver().findElement(By.cssSelector("#versions\\:upload_input")).sendKeys(file.toString());
        browser.awaitText("загружен; текст будет извлечён");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .withMessage("version 2 in the list")
                .until(d -> d.findElements(By.cssSelector("#versions\\:list_data tr")).size() == 2);
        browser.click("#actions\\:submit");
        browser.awaitText("Документ отправлен на проверку куратору: ");
        assertTrue(browser.text("#documentState").contains("На проверке"), browser.text("#documentState"));
    }

    private void approveTheConcept(String document) {
        openTheConceptFromTheQueue();
        assertEquals(document, browser.url());
        browser.click("#actions\\:approve");
        browser.click(".ui-confirmdialog-yes");
        browser.awaitText("Документ согласован.");
        assertTrue(browser.text("#documentState").contains("Согласован"), browser.text("#documentState"));
    }

    // --- the expertise: a round, the expert's scores, the conclusion, the report ---

    private String setUpARoundWithEveryCriterionTypeAndAssignTheExpert() {
        // The checklist of concepts, opened in the builder, has a criterion of every type.
        browser.open(page("/app/checklists.xhtml"));
        browser.awaitText("Экспертиза концепции развития школы");
        clickIn("//*[@id='library:latest']//tbody/tr[td[contains(normalize-space(), '" + CONCEPT + "')]]", "button[id$=':open']");
        browser.awaitText("Открыта версия");
        List<String> types = browser.driver().findElements(By.cssSelector("#builder\\:criteria [id$=':type_label']"))
                .stream().map(WebElement::getText).toList();
        for (String type : List.of("Шкала баллов", "Да / нет", "Выбор варианта", "Комментарий (без баллов)")) {
            assertTrue(types.contains(type), "the checklist has a criterion «" + type + "»: " + types);
        }

        browser.open(page("/app/expertise.xhtml?campaign=" + YEAR));
        browser.awaitText("Новая экспертиза");
        browser.choose("rounds:kind", "Региональная");
        browser.type("#rounds\\:title", ROUND);
        String checklist = browser.options("rounds:checklist").stream()
                .filter(o -> o.startsWith("Экспертиза концепции")).findFirst().orElseThrow();
        browser.choose("rounds:checklist", checklist);
        browser.type("#rounds\\:due_input", LocalDate.now().plusDays(14).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        browser.find("#rounds\\:due_input").sendKeys(Keys.ESCAPE);
        browser.click("#rounds\\:create");
        browser.awaitText("Экспертиза создана.");
        browser.driver().findElement(By.linkText(ROUND)).click();
        browser.awaitUrlContaining("/app/expertise-round.xhtml?id=");
        String round = browser.url();

        String candidate = browser.options("round:document").stream().filter(o -> o.startsWith(SCHOOL)).findFirst()
                .orElseThrow(() -> new AssertionError("the approved concept is offered: " + browser.options("round:document")));
        browser.choose("round:document", candidate);
        browser.choose("round:expert", "Елена Экспертова");
        browser.click("#round\\:assign");
        browser.awaitText("Назначено рецензий: 1.");
        assertTrue(browser.text("#round\\:documents").contains("Елена Экспертова"), browser.text("#round\\:documents"));
        return round;
    }

    private void scoreEveryCriterionAndSubmitTheConclusion() {
        browser.open(page("/app/expertise.xhtml"));
        browser.awaitText("Мои экспертизы");
        browser.driver().findElement(By.xpath("//*[@id='mine']//tr[td[contains(normalize-space(), '" + ROUND + "')]]//a")).click();
        browser.awaitUrlContaining("/app/review.xhtml?id=");
        browser.awaitText(ROUND);

        int criteria = browser.driver().findElements(By.cssSelector("#sheet fieldset.portal-criterion")).size();
        assertTrue(criteria > 0, "the checklist's criteria are on the page");
        Set<CriterionType> seen = EnumSet.noneOf(CriterionType.class);
        for (int i = 0; i < criteria; i++) {
            CriterionType type = typeOf(i);
            switch (type) {
                // The first mark with a decimal comma, as a Russian keyboard types it.
                case SCALE -> typeMark(i, seen.contains(CriterionType.SCALE) ? "2" : "1,5");
                case YES_NO -> browser.click("#sheet label[for$=':" + i + ":yesNo:0']");
                case CHOICE -> browser.click("#sheet label[for$=':" + i + ":choice:0']");
                case COMMENT -> browser.type(field(i, "comment"), "Раздел о рисках согласован с куратором");
            }
            seen.add(type);
        }
        assertEquals(EnumSet.allOf(CriterionType.class), seen, "every criterion type is scored on the page");
        browser.type("#sheet\\:recommendations", "Провести вебинар для учителей математики");
        browser.click("#sheet\\:save");
        browser.awaitText("Черновик сохранён.");

        browser.click("#sheet\\:submit");
        browser.click(".ui-confirmdialog-yes");
        browser.awaitText("Заключение отправлено.");
        assertEquals("Отправлена", browser.text("#state"));
        assertTrue(browser.text("#sheet\\:totals").contains("Соответствует"), browser.text("#sheet\\:totals"));
    }

    private void downloadTheSchoolsConclusion(String document) throws IOException {
        browser.open(page("/app/documents.xhtml?campaign=" + YEAR));
        browser.awaitText(SCHOOL + " · " + CAMPAIGN);
        browser.driver().findElement(By.linkText(CONCEPT)).click();
        browser.awaitUrl(document);
        browser.awaitText("Экспертные заключения");
        String conclusions = browser.text("#conclusions");
        assertTrue(conclusions.contains(ROUND) && conclusions.contains("Соответствует"), conclusions);
        String href = browser.find("#conclusions a").getAttribute("href");
        Browser.Download pdf = browser.fetch(href);
        assertEquals(200, pdf.status(), new String(pdf.body(), StandardCharsets.UTF_8));
        assertEquals("application/pdf", pdf.type().split(";")[0]);
        try (PDDocument read = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(read).replaceAll("\\s+", " ");
            assertTrue(text.contains(SCHOOL), "the school's name in its conclusion: " + text);
        }
    }

    private void readTheRoundsReport(String round) throws IOException {
        browser.open(round);
        browser.awaitText(ROUND);
        String progress = browser.text("#progress");
        assertTrue(progress.contains("1 / 1 (100 %)"), progress);
        String documents = browser.text("#round\\:documents");
        assertTrue(documents.contains(SCHOOL) && documents.contains("Елена Экспертова: Отправлена")
                && documents.contains("Соответствует"), documents);

        Browser.Download xlsx = browser.pressForDownload("round:export");
        assertEquals(200, xlsx.status(), new String(xlsx.body(), StandardCharsets.UTF_8));
        assertTrue(xlsx.disposition().contains(".xlsx"), xlsx.disposition());
        StringBuilder cells = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.append(cell.toString()).append(' ');
                    }
                }
            }
        }
        assertTrue(cells.toString().contains(SCHOOL) && cells.toString().contains("Елена Экспертова"), cells.toString());
        assertFalse(browser.pageText().contains("Что-то пошло не так"), browser.pageText());
    }

    // --- helpers of this walk ---

    /** Clicks an element (by CSS) inside the row found by an XPath, whatever the row's generated ids. */
    private void clickIn(String rowXpath, String css) {
        String id = new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class)
                .until(d -> d.findElement(By.xpath(rowXpath)).findElement(By.cssSelector(css)).getAttribute("id"));
        browser.click("#" + id.replace(":", "\\:"));
    }

    private CriterionType typeOf(int criterion) {
        if (present(field(criterion, "scale"))) {
            return CriterionType.SCALE;
        }
        if (present(field(criterion, "yesNo"))) {
            return CriterionType.YES_NO;
        }
        if (present(field(criterion, "choice"))) {
            return CriterionType.CHOICE;
        }
        return CriterionType.COMMENT;
    }

    private boolean present(String css) {
        return !browser.driver().findElements(By.cssSelector(css)).isEmpty();
    }

    /** A field of the criterion at a position (0-based) of the checklist's repeat. */
    private static String field(int criterion, String name) {
        return "#sheet [id$=':" + criterion + ":" + name + "']";
    }

    /** Types a mark as a person does: into the number field, replacing what it showed. */
    private void typeMark(int criterion, String mark) {
        WebElement input = browser.find(field(criterion, "scale"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(mark);
    }
}
