package ru.portal500.registry.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.it.Await;
import ru.portal500.it.ApiBrowserTest;
import ru.portal500.it.Campaigns;

import jakarta.json.JsonObject;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The regional operator's identification in a real browser: plan a campaign, upload results, read
 * why each school is proposed, confirm, and find the status on the school's card; the coordinator's
 * municipality overview; forged and foreign cards refused.
 */
class RegistryBrowserIT extends ApiBrowserTest {

    private static final String ATK1 = "МБОУ «СОШ № 1 г. Аткарска»";
    private static final String ATK3 = "МБОУ «СОШ № 3 г. Аткарска»";

    /** A campaign of region 64 in which atk-1 and atk-3 are ШНОР. */
    private void campaignWithAtk1AndAtk3(int year) {
        Campaigns campaigns = new Campaigns(api());
        assertEquals(201, campaigns.plan(year).statusCode());
        campaigns.status(year, "atk-1", "LOW_RESULTS");
        campaigns.status(year, "atk-3", "LOW_RESULTS");
    }

    @Test
    void theOperatorPlansIdentifiesConfirmsAndSeesTheStatusOnTheCard() throws IOException {
        logIn("operator", DemoUsers.PASSWORD);
        browser.open(page("/app/campaigns.xhtml"));
        browser.find("#campaigns\\:year").sendKeys(Keys.chord(Keys.CONTROL, "a"), "2032");
        browser.type("#campaigns\\:name", "Программа поддержки школ");
        browser.click("#campaigns\\:plan");
        browser.awaitText("Кампания запланирована.");
        assertTrue(browser.text("#campaigns\\:list").contains("2031/32"), browser.text("#campaigns\\:list"));

        browser.open(page("/app/identification.xhtml?campaign=2032"));
        Path results = Files.createTempFile("results", ".csv");
        Files.writeString(results, "Муниципалитет (код);Код школы;Учебный год;Процедура;Предмет;"
                + "Доля неудовлетворительных, %\n"
                + "atkarsky;atk-1;2030/31;ВПР;математика;31,5\n"
                + "atkarsky;atk-1;2030/31;ОГЭ;русский язык;27\n", StandardCharsets.UTF_8);
        browser.driver().findElement(By.cssSelector("#results\\:file_input")).sendKeys(results.toString());
        browser.awaitText("Применено: добавлено 2, обновлено 0.");
        browser.awaitText("Низкие результаты по нескольким процедурам в прошлом году");
        String worksheet = browser.text("#worksheet\\:rows");
        assertTrue(worksheet.contains(ATK1), worksheet);
        assertTrue(worksheet.contains("2030/31 · ВПР · математика: 31,5 % (порог 25 %)"), worksheet);
        assertTrue(worksheet.contains("Ждёт решения"), worksheet);

        Path broken = Files.createTempFile("broken", ".csv");
        Files.writeString(broken, "Код школы;Год\natk-1;2031\n", StandardCharsets.UTF_8);
        browser.driver().findElement(By.cssSelector("#results\\:file_input")).sendKeys(broken.toString());
        browser.awaitText("Файл не применён: ничего не изменено.");
        assertTrue(browser.text("#results\\:report").contains("Нет обязательного столбца"),
                browser.text("#results\\:report"));

        browser.click("#worksheet\\:confirm");
        browser.click(".ui-confirmdialog-yes");
        browser.awaitText("Подтверждено: 1 школа получила статус ШНОР.");

        browser.driver().findElement(By.linkText(ATK1)).click();
        browser.awaitUrlContaining("/app/school.xhtml?id=");
        browser.awaitText("Программа поддержки школ (2031/32)");
        String card = browser.pageText();
        assertTrue(card.contains("ШНОР · предложена правилом выявления"), card);
        assertTrue(card.contains("31,5 % — низкий результат"), card);
    }

    /**
     * The page's three forms, each with its own bean: the rule saved as it stands (the list is recomputed), a
     * school's marks and a decision that departs from the rule, each in its dialog, shown in the worksheet.
     */
    @Test
    void theOperatorSavesTheRuleMarksASchoolAndDecidesItInTheDialogs() {
        campaignWithAtk1AndAtk3(2033);
        logIn("operator", DemoUsers.PASSWORD);
        browser.open(page("/app/identification.xhtml?campaign=2033"));
        browser.awaitText("Правило выявления региона");
        String threshold = browser.find("#rule\\:threshold_input").getAttribute("value");
        assertTrue(threshold.startsWith("25"), "the region's rule as it stands: " + threshold);
        browser.click("#rule\\:saveRule");
        browser.awaitText("Правило выявления сохранено; список пересчитан.");

        String row = "//*[@id='worksheet:rows']//tr[td[contains(normalize-space(), '" + ATK1 + "')]]";
        browser.driver().findElement(By.xpath(row + "//a[contains(@id, 'editFlags')]")).click();
        awaitDialog("flagsDialog");
        assertTrue(browser.text("#flagsForm").contains(ATK1), browser.text("#flagsForm"));
        browser.click("#flagsForm\\:unreliable .ui-chkbox-box");
        browser.type("#flagsForm\\:note", "Список Рособнадзора за 2031/32");
        browser.click("#flagsForm\\:save");
        browser.awaitText("Отметки сохранены.");
        browser.awaitText("Список Рособнадзора за 2031/32");
        String marked = browser.text("#worksheet\\:rows");
        assertTrue(marked.contains("Признаки необъективности ВПР (список Рособнадзора)"), marked);

        browser.driver().findElement(By.xpath(row + "//a[contains(@id, 'decide')]")).click();
        awaitDialog("decisionDialog");
        browser.driver().findElement(By.xpath("//*[@id='decisionForm:status']//label[text()='ШССУ']")).click();
        browser.type("#decisionForm\\:reason", "Школа в сложных социальных условиях");
        browser.click("#decisionForm\\:save");
        browser.awaitText("Решение сохранено.");
        browser.awaitText("Школа в сложных социальных условиях");
        String decided = browser.text("#worksheet\\:rows");
        assertTrue(decided.contains("ШССУ"), decided);
    }

    private void awaitDialog(String id) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /**
     * Clicks a field and types into whatever has the focus, one key at a time with a short pause, as a person
     * types: a widget that moves the focus away after a key loses the following keys, as it would for the person.
     */
    private void typeAsAPerson(String css, String text) {
        browser.click(css);
        Actions keys = new Actions(browser.driver());
        for (char c : text.toCharArray()) {
            keys.sendKeys(String.valueOf(c)).pause(Duration.ofMillis(120));
        }
        keys.perform();
    }

    private static String stageInput(int index) {
        return "[id$=':" + index + ":stage_input']";
    }

    @Test
    void theOperatorTypesStageDatesKeyByKeyAndAHalfTypedDateGetsARussianMessage() {
        logIn("operator", DemoUsers.PASSWORD);
        browser.open(page("/app/campaigns.xhtml"));
        browser.find("#campaigns\\:year").sendKeys(Keys.chord(Keys.CONTROL, "a"), "2057");
        browser.type("#campaigns\\:name", "Кампания с набранными датами");

        typeAsAPerson(stageInput(0), "30.09.2056");
        browser.find(stageInput(0)).sendKeys(Keys.ESCAPE);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d ->
                d.findElements(By.cssSelector(".ui-datepicker-panel")).stream().noneMatch(WebElement::isDisplayed));
        typeAsAPerson(stageInput(1), "31.10.2056");
        browser.find(stageInput(1)).sendKeys(Keys.ESCAPE);
        assertEquals("30.09.2056", browser.find(stageInput(0)).getAttribute("value"));
        assertEquals("31.10.2056", browser.find(stageInput(1)).getAttribute("value"));
        browser.click("#campaigns\\:plan");
        browser.awaitText("Кампания запланирована.");
        String list = browser.text("#campaigns\\:list");
        assertTrue(list.contains("Выявление ШНОР: 30.09.2056"), list);
        assertTrue(list.contains("Подготовка (координатор, кураторы, пары): 31.10.2056"), list);

        browser.open(page("/app/campaigns.xhtml"));
        typeAsAPerson(stageInput(0), "30");
        browser.click("#campaigns\\:plan");
        browser.awaitText("дата пишется в виде ДД.ММ.ГГГГ, например 30.09.2027.");
        String page = browser.pageText();
        assertFalse(page.contains("could not be understood"), page);
        assertFalse(page.contains("ui-button"), page);
        String message = browser.text("[id$=':0:stageMessage']");
        assertTrue(message.startsWith("«") && message.contains("»: «30» — такой даты нет в календаре")
                && message.endsWith("дата пишется в виде ДД.ММ.ГГГГ, например 30.09.2027."),
                "the message stands next to the field and names it: " + message);
    }

    @Test
    void forgedAndForeignCardsAreRefusedAndTheCoordinatorSeesTheMunicipality() {
        logIn("coordinator23", DemoUsers.PASSWORD);
        browser.open(page("/app/school.xhtml?id=999999"));
        browser.awaitText("Страница не найдена");
        browser.open(page("/app/school.xhtml?id=1%20or%201=1"));
        browser.awaitText("Страница не найдена");
        browser.open(page("/app/municipality.xhtml"));
        String overview = browser.pageText();
        assertTrue(overview.contains("Абинский муниципальный округ"), overview);
        assertFalse(overview.contains("Аткарский"), "another region's municipality is not shown");
        logOut();

        logIn("teacher", DemoUsers.PASSWORD);
        browser.open(page("/app/school.xhtml?id=1"));
        browser.awaitText("Доступ запрещён");
    }

    @Test
    void aCoordinatorOfTwoMunicipalitiesSeesBoth() {
        logIn("coordinator23", DemoUsers.PASSWORD);
        browser.menu("/app/municipality.xhtml");
        browser.awaitUrlContaining("/app/municipality.xhtml");
        assertEquals("Абинский муниципальный округ", browser.text("#municipalityName"));
        browser.driver().findElement(By.linkText("Крымский муниципальный округ")).click();
        browser.awaitText("Крымский муниципальный округ");
        assertEquals("Крымский муниципальный округ", browser.text("#municipalityName"));
        browser.driver().findElement(By.linkText("Абинский муниципальный округ")).click();
        browser.awaitUrlContaining("/app/municipality.xhtml?id=");
        assertEquals("Абинский муниципальный округ", browser.text("#municipalityName"));
    }

    @Test
    void aPersonWithRolesAtTwoSchoolsReachesEachSchoolsBoardAndProfile() {
        campaignWithAtk1AndAtk3(2063);
        logIn("curator", DemoUsers.PASSWORD);
        browser.open(page("/app/documents.xhtml?campaign=2063"));
        assertTrue(browser.text("#boardSchool").startsWith(ATK1), "atk-1 (curated) first: " + browser.text("#boardSchool"));
        browser.driver().findElement(By.linkText(ATK3)).click();
        browser.awaitText(ATK3 + " · ");
        assertTrue(browser.text("#boardSchool").startsWith(ATK3), browser.text("#boardSchool"));
        assertTrue(browser.url().contains("campaign=2063"), browser.url());

        browser.open(page("/app/risk-profile.xhtml?campaign=2063"));
        assertTrue(browser.text("#school").startsWith(ATK1), browser.text("#school"));
        browser.driver().findElement(By.linkText(ATK3)).click();
        browser.awaitText(ATK3 + " · ");
        assertTrue(browser.text("#school").startsWith(ATK3), browser.text("#school"));
        browser.driver().findElement(By.linkText(ATK1)).click();
        browser.awaitText(ATK1 + " · ");
    }

    @Test
    void theBoardOfASchoolThatIsNoShnorSaysSoInsteadOfFailing() {
        Campaigns campaigns = new Campaigns(api());
        assertEquals(201, campaigns.plan(2068).statusCode());
        campaigns.status(2068, "atk-1", "LOW_RESULTS");
        logIn("curator", DemoUsers.PASSWORD);
        browser.open(page("/app/documents.xhtml?campaign=2068&school=" + Campaigns.schoolId("atk-3")));
        browser.awaitText("не ШНОР и не ШССУ в кампании 2067/68: документы программы");
        assertFalse(browser.pageText().contains("Что-то пошло не так"), browser.pageText());
        browser.driver().findElement(By.linkText(ATK1)).click();
        browser.awaitText(ATK1 + " · ");
    }

    @Test
    void aDocumentOfASchoolWithoutCuratorGoesToTheCoordinatorAndThePageSaysSo() {
        campaignWithAtk1AndAtk3(2064);
        HttpResponse<String> uploaded = api().upload("/regions/64/campaigns/2064/schools/atkarsky/atk-3/documents"
                + "/CONCEPT/versions?name=" + URLEncoder.encode("Концепция.txt", StandardCharsets.UTF_8),
                "Концепция развития школы № 3.".getBytes(StandardCharsets.UTF_8), freshToken("curator"));
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        long document = object(uploaded).getJsonNumber("document").longValue();

        logIn("curator", DemoUsers.PASSWORD);
        browser.open(page("/app/document.xhtml?id=" + document));
        browser.click("#actions\\:submit");
        browser.awaitText("Документ отправлен на проверку.");
        assertTrue(browser.pageText().contains("Документ отправлен на проверку. У школы пока нет куратора, поэтому его"
                + " проверит муниципальный координатор: Марина Координаторова."), browser.pageText());

        HttpResponse<String> queue = api().get("/documents/queue", freshToken("coordinator"));
        assertEquals(200, queue.statusCode(), queue.body());
        assertTrue(array(queue).getValuesAs(JsonObject.class).stream()
                .anyMatch(d -> d.getJsonNumber("id").longValue() == document), "it waits in the coordinator's queue");
        Await.until("the coordinator is told of it", java.time.Duration.ofSeconds(30), () -> api()
                .get("/notifications", freshToken("coordinator")).body()
                .contains("/app/document.xhtml?id=" + document + "\""));
    }
}
