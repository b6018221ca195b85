package ru.portal500.identity.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import ru.portal500.devenv.DemoUsers;
import ru.portal500.it.BrowserTest;
import ru.portal500.it.TestInfrastructure;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A coordinator invites a person by e-mail with a role in one school; Keycloak mails the link; the
 * person sets a password, logs in and sees exactly that school — and nothing to administer.
 */
class InvitationBrowserIT extends BrowserTest {

    private static final String EMAIL = "anna.novikova@demo.portal500.ru";
    private static final String NEW_PASSWORD = "Novikova-2026";
    private static final String SCHOOL = "МБОУ «СОШ № 3 г. Аткарска»";

    @Test
    void aCoordinatorInvitesATeacherWhoThenSeesExactlyHerSchool() {
        logIn("coordinator", DemoUsers.PASSWORD);
        browser.open(page("/app/people.xhtml"));
        assertTrue(browser.text("#people\\:holders").contains("Иван Директоров"), "the school team of atk-1 is listed");

        browser.type("#people\\:email", EMAIL);
        browser.type("#people\\:firstName", "Анна");
        browser.type("#people\\:lastName", "Новикова");
        browser.choose("people:inviteRole", "Управленческая команда школы");
        browser.choose("people:inviteScope", SCHOOL);
        browser.click("#people\\:invite");
        browser.awaitText("Приглашение отправлено на " + EMAIL);
        assertTrue(browser.text("#people\\:holders").contains("Анна Новикова"), "the new person holds the role");
        browser.screenshot("people");
        logOut();

        // The mail Keycloak sent: its one-time link lets her choose a password.
        browser.open(TestInfrastructure.mail().awaitLink(EMAIL, Duration.ofSeconds(30)));
        if (!browser.driver().findElements(By.cssSelector("#password-new")).isEmpty()
                || !browser.driver().findElements(By.linkText("» Нажмите здесь, чтобы продолжить")).isEmpty()) {
            browser.driver().findElements(By.linkText("» Нажмите здесь, чтобы продолжить")).forEach(l -> l.click());
        }
        browser.type("#password-new", NEW_PASSWORD);
        browser.type("#password-confirm", NEW_PASSWORD);
        browser.click("[type=submit]");
        browser.awaitText("обновлена");

        logIn(EMAIL, NEW_PASSWORD);
        assertEquals("Здравствуйте, Анна Новикова!", browser.text("#greeting"));
        assertEquals("Управленческая команда школы", browser.text("#roles"));
        assertTrue(browser.text("#places").contains(SCHOOL), browser.text("#places"));
        assertFalse(browser.menuOffers("/app/people.xhtml"), "nothing to administer");

        browser.open(page("/app/people.xhtml"));
        assertEquals("Доступ запрещён", browser.text("#errorTitle"));
    }
}
