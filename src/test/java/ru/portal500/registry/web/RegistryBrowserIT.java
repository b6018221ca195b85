package ru.portal500.registry.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.it.BrowserTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The regional operator's identification in a real browser: plan a campaign, upload results, read
 * why each school is proposed, confirm, and find the status on the school's card; the coordinator's
 * municipality overview; forged and foreign cards refused.
 */
class RegistryBrowserIT extends BrowserTest {

    private static final String ATK1 = "МБОУ «СОШ № 1 г. Аткарска»";

    @Test
    void theOperatorPlansIdentifiesConfirmsAndSeesTheStatusOnTheCard() throws IOException {
        logIn("operator", DemoUsers.PASSWORD);
        browser.open(page("/app/campaigns.xhtml"));
        browser.find("#campaigns\\:year_input").sendKeys(Keys.chord(Keys.CONTROL, "a"), "2032");
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
}
